import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Workbench")
struct WorkbenchTests {
  static let file = "001_154fe191a45418ec.txt"
  static let name = "001_154fe191a45418ec"

  private func workbench(_ workspace: TemporaryWorkspace, at time: TimeInterval = 1_767_225_600) throws -> Workbench {
    let fixed = Date(timeIntervalSince1970: time)
    return Workbench(
      workspace: try Workspace.discover(from: workspace.root), reviewer: "Ada", clock: { fixed })
  }

  @Test("a verdict is saved at once, with reviewer, time, anchor and the article's hash")
  func verdictSaved() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp)
    try bench.updateReview(of: 9, in: Self.file, summary: "unverify 9") {
      $0.status = .unverified
      $0.note = "the publication could not verify"
    }
    let stored = try AnnotationCodec.decode(Array(try Data(contentsOf: temp.annotationFile(Self.name))), file: "x")
    let claim = try #require(stored.claims.first)
    #expect(stored.claims.count == 1)
    #expect(claim.review.status == .unverified)
    #expect(claim.review.reviewer == "Ada")
    #expect(claim.review.updated == "2026-01-01T00:00:00Z")
    #expect(claim.anchor.quote == "The International Business Times could not independently verify the claims.")
    #expect(stored.articleSHA256 == Article.sha256(of: Repository.seedBytes(Self.file)))
  }

  @Test("an unchanged review writes nothing and keeps its time")
  func unchangedReviewWritesNothing() throws {
    let temp = try TemporaryWorkspace()
    try workbench(temp, at: 1_000_000_000).updateReview(of: 3, in: Self.file, summary: "v") { $0.status = .verified }
    let url = temp.annotationFile(Self.name)
    let before = try FileManager.default.attributesOfItem(atPath: url.path)
    let bytes = try Data(contentsOf: url)
    let later = try workbench(temp, at: 2_000_000_000)
    let (_, outcome) = try later.updateReview(of: 3, in: Self.file, summary: "v") { $0.status = .verified }
    #expect(!outcome.wrote)
    #expect(try Data(contentsOf: url) == bytes)
    let after = try FileManager.default.attributesOfItem(atPath: url.path)
    #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int)
    #expect(later.history.undoCount == 0)
  }

  @Test("one verdict changes only that claim's lines")
  func minimalDiff() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp, at: 1_000_000_000)
    for number in [2, 5, 9] {
      try bench.updateReview(of: number, in: Self.file, summary: "v") { $0.status = .verified }
    }
    let before = try #require(temp.read("annotations/\(Self.name).json")).split(separator: "\n")
    try workbench(temp, at: 2_000_000_000).updateReview(of: 5, in: Self.file, summary: "d") { $0.status = .disputed }
    let after = try #require(temp.read("annotations/\(Self.name).json")).split(separator: "\n")
    #expect(before.count == after.count)
    let changed = zip(before, after).filter { $0 != $1 }.map { String($0.1) }
    #expect(changed.sorted() == ["      \"status\": \"disputed\",", "      \"updated\": \"2033-05-18T03:33:20Z\""])
  }

  @Test("undo and redo work across articles, more than 100 steps deep, saving each step")
  func undoRedo() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp)
    let files = Repository.seedFiles
    for step in 0..<120 {
      let file = files[step % files.count]
      try bench.updateReview(of: 1, in: file, summary: "note \(step)") { $0.note = "step \(step)" }
    }
    for _ in 0..<115 { try bench.undo() }
    // 5 steps remain: one per article, each article's first note.
    for (offset, file) in files.enumerated() {
      let review = try bench.review(file)
      #expect(review.claims[0].review.note == "step \(offset)")
      let onDisk = try AnnotationCodec.decode(
        Array(try Data(contentsOf: temp.annotationFile(Article.name(ofFile: file)))), file: "x")
      #expect(onDisk.claims.first?.review.note == "step \(offset)")
    }
    for _ in 0..<5 { try bench.undo() }
    #expect(temp.annotationFiles.isEmpty)
    #expect(throws: ReviewError.nothingToUndo) { try bench.undo() }
    for _ in 0..<120 { try bench.redo() }
    #expect(try bench.review(files[119 % files.count]).claims[0].review.note == "step 119")
    #expect(throws: ReviewError.nothingToRedo) { try bench.redo() }
  }

  @Test("a new change after undo clears redo")
  func changeClearsRedo() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp)
    try bench.updateReview(of: 1, in: Self.file, summary: "a") { $0.status = .verified }
    try bench.undo()
    try bench.updateReview(of: 2, in: Self.file, summary: "b") { $0.status = .verified }
    #expect(throws: ReviewError.nothingToRedo) { try bench.redo() }
  }

  @Test("a claim can be added by quoting text the splitter missed, and undone")
  func addClaim() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp)
    let before = try bench.review(Self.file).claims.count
    let (claim, _, _) = try bench.addClaim(quoting: "did not SPECIFY  when or where", in: Self.file)
    #expect(claim.annotation.origin == .added)
    #expect(claim.text == "did not specify when or where")
    #expect(try bench.review(Self.file).claims.count == before + 1)
    #expect(throws: ReviewError.alreadyAClaim(number: claim.number)) {
      try bench.addClaim(quoting: "did not specify when or where", in: Self.file)
    }
    #expect(throws: ReviewError.quoteNotFound("no such words anywhere")) {
      try bench.addClaim(quoting: "no such words anywhere", in: Self.file)
    }
    try bench.undo()
    #expect(try bench.review(Self.file).claims.count == before)
    #expect(temp.annotationFiles.isEmpty)
  }

  @Test("a curly-quoted sentence can be added with straight quotes")
  func addWithStraightQuotes() throws {
    let temp = try TemporaryWorkspace()
    let (claim, _, _) = try workbench(temp).addClaim(quoting: "\"drugged up\" superhuman troops", in: Self.file)
    #expect(claim.text == "“drugged up” superhuman troops")
  }

  @Test("dismissing keeps the claim, marked, and out of the progress count")
  func dismiss() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp)
    let total = try bench.review(Self.file).progress.total
    try bench.updateReview(of: 17, in: Self.file, summary: "dismiss") { $0.dismissed = true }
    let review = try bench.review(Self.file)
    #expect(review.claims[16].review.dismissed)
    #expect(review.progress.total == total - 1)
    #expect(review.progress.dismissed == 1)
    try bench.updateReview(of: 17, in: Self.file, summary: "restore") { $0.dismissed = false }
    #expect(temp.annotationFiles.isEmpty)
  }

  @Test("a broken annotation file opens read-only and is never overwritten")
  func brokenFileReadOnly() throws {
    let temp = try TemporaryWorkspace()
    let broken = "{\n  \"format\": \"factcheck-annotations/1\",\n  \"claims\": [\n"
    try temp.write("annotations/\(Self.name).json", broken)
    let bench = try workbench(temp)
    let review = try bench.review(Self.file)
    guard case .brokenAnnotations(let error)? = review.readOnly else {
      Issue.record("not read-only")
      return
    }
    #expect(error.description == "annotations/\(Self.name).json:4:1: unexpected end of file, expected a value")
    #expect(throws: StorageError.self) {
      try bench.updateReview(of: 1, in: Self.file, summary: "v") { $0.status = .verified }
    }
    #expect(temp.read("annotations/\(Self.name).json") == broken)
    #expect(bench.history.undoCount == 0)
  }

  @Test("a change made on disk by someone else is merged, not overwritten")
  func mergesExternalChanges() throws {
    let temp = try TemporaryWorkspace()
    let first = try workbench(temp)
    let second = try workbench(temp)
    try first.updateReview(of: 1, in: Self.file, summary: "a") { $0.status = .verified }
    _ = try second.review(Self.file)
    try first.updateReview(of: 2, in: Self.file, summary: "b") { $0.status = .disputed }
    let (_, outcome) = try second.updateReview(of: 3, in: Self.file, summary: "c") { $0.status = .unverified }
    #expect(outcome.mergedExternalChanges)
    #expect(outcome.conflicts.isEmpty)
    let stored = try AnnotationCodec.decode(Array(try Data(contentsOf: temp.annotationFile(Self.name))), file: "x")
    #expect(stored.claims.map(\.review.status) == [.verified, .disputed, .unverified])
  }

  @Test("two verdicts on the same claim from two shells are both kept as a conflict")
  func concurrentConflict() throws {
    let temp = try TemporaryWorkspace()
    let first = try workbench(temp)
    let second = try workbench(temp)
    _ = try second.review(Self.file)
    try first.updateReview(of: 4, in: Self.file, summary: "a") { $0.status = .verified }
    let (claim, outcome) = try second.updateReview(of: 4, in: Self.file, summary: "b") { $0.status = .disputed }
    #expect(outcome.conflicts == [claim.id])
    let stored = try AnnotationCodec.decode(Array(try Data(contentsOf: temp.annotationFile(Self.name))), file: "x")
    #expect(stored.claims.first?.review.status == .disputed)
    #expect(stored.claims.first?.review.conflict?.theirs.status == .verified)
  }

  @Test("undo and redo leave alone a claim someone else changed since, and drop that step")
  func undoRedoKeepOthersChanges() throws {
    let temp = try TemporaryWorkspace()
    let ada = try workbench(temp)
    try ada.updateReview(of: 9, in: Self.file, summary: "verify 9") { $0.status = .verified }
    try ada.updateReview(of: 10, in: Self.file, summary: "verify 10") { $0.status = .verified }
    let bo = Workbench(workspace: try Workspace.discover(from: temp.root), reviewer: "Bo")
    try bo.updateReview(of: 10, in: Self.file, summary: "dispute 10") { $0.status = .disputed }
    _ = ada.refreshFromDisk()
    #expect(throws: ReviewError.changedSince(action: "undo", claim: "10", by: "Bo")) { try ada.undo() }
    #expect(try ada.review(Self.file).claim(number: 10)?.review.status == .disputed)
    // The stale step is dropped: the next undo reaches Ada's verdict on claim 9.
    #expect(try ada.undo().step.summary == "verify 9")
    #expect(try ada.review(Self.file).claim(number: 9)?.review.status == .unreviewed)
    #expect(try ada.review(Self.file).claim(number: 10)?.review.status == .disputed)

    // Redo: Ada undoes her verdict on claim 9, Bo then gives one; redoing Ada's would replace it.
    let other = try TemporaryWorkspace()
    let first = try workbench(other)
    try first.updateReview(of: 9, in: Self.file, summary: "verify 9") { $0.status = .verified }
    try first.undo()
    let second = Workbench(workspace: try Workspace.discover(from: other.root), reviewer: "Bo")
    try second.updateReview(of: 9, in: Self.file, summary: "dispute 9") { $0.status = .disputed }
    _ = first.refreshFromDisk()
    #expect(throws: ReviewError.changedSince(action: "redo", claim: "9", by: "Bo")) { try first.redo() }
    #expect(try first.review(Self.file).claim(number: 9)?.review.status == .disputed)
    #expect(
      ReviewError.changedSince(action: "redo", claim: "9", by: "Bo").description
        == "claim 9 was changed since by Bo; that step cannot be redone and is dropped (change the claim directly)")
    #expect(first.history.redoCount == 0)
  }

  @Test("an added quote is found as whole words before it is found inside a word")
  func addedQuoteAtWordBoundaries() throws {
    let temp = try TemporaryWorkspace(articles: ["a.txt": "Russian troops entered the town. Russia denied it.\n"])
    let bench = try workbench(temp)
    let (claim, _, _) = try bench.addClaim(quoting: "Russia", in: "a.txt")
    #expect(claim.text == "Russia")
    #expect(claim.annotation.anchor.span == TextSpan(start: 33, end: 39))
    // Only inside a word: still found there, as before.
    let (inside, _, _) = try bench.addClaim(quoting: "roop", in: "a.txt")
    #expect(inside.annotation.anchor.span == TextSpan(start: 9, end: 13))
  }

  @Test("a later merge reports only the conflicts it adds, not one already open here")
  func laterMergeReportsNewConflictsOnly() throws {
    let temp = try TemporaryWorkspace()
    let first = try workbench(temp)
    let second = try workbench(temp)
    _ = try second.review(Self.file)
    try first.updateReview(of: 4, in: Self.file, summary: "a") { $0.status = .verified }
    let (open, clash) = try second.updateReview(of: 4, in: Self.file, summary: "b") { $0.status = .disputed }
    #expect(clash.conflicts == [open.id])
    // The first shell changes another claim; the second's next save merges that and finds claim 4 in conflict
    // already, on its own side.
    try first.updateReview(of: 5, in: Self.file, summary: "c") { $0.status = .verified }
    let (_, later) = try second.updateReview(of: 6, in: Self.file, summary: "d") { $0.status = .unverified }
    #expect(later.mergedExternalChanges)
    #expect(later.conflicts.isEmpty)
    let stored = try AnnotationCodec.decode(Array(try Data(contentsOf: temp.annotationFile(Self.name))), file: "x")
    #expect(stored.claims.filter { $0.review.conflict != nil }.map(\.id) == [open.id])
    #expect(stored.claims.count == 3)
  }

  @Test("an edited article keeps verdicts on claims that moved, and orphans what vanished")
  func editedArticle() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp)
    try bench.updateReview(of: 9, in: Self.file, summary: "a") { $0.status = .unverified }
    try bench.updateReview(of: 13, in: Self.file, summary: "b") { $0.status = .verified }
    var text = try #require(temp.read("seeds/\(Self.file)"))
    text =
      "A new first paragraph.\n\n"
      + text.replacingOccurrences(
        of: "Mamulashvii also said corruption in the Russian army is helping Ukrainians fight back in the war.",
        with: "")
    try temp.write("seeds/\(Self.file)", text)
    let review = try workbench(temp).review(Self.file)
    let moved = try #require(review.claims.first { $0.review.status == .unverified })
    #expect(moved.text == "The International Business Times could not independently verify the claims.")
    #expect(review.anchoring.moved.map(\.id) == [moved.id])
    #expect(review.orphans.map(\.review.status) == [.verified])
    #expect(review.progress.orphans == 1)
  }
}

@Suite("The publication's caveats in reviews")
struct PublicationCaveatStorageTests {
  private static let file = "001_154fe191a45418ec.txt"

  @Test("a claim's first change records the publication's caveats covering it; taking it back drops them")
  func recorded() throws {
    let temp = try TemporaryWorkspace()
    let bench = Workbench(
      workspace: try Workspace.discover(from: temp.root), reviewer: "Ada", clock: { Date(timeIntervalSince1970: 0) })
    let claim = try #require(try bench.review(Self.file).claim(number: 6))
    #expect(claim.review.caveats.isEmpty)
    #expect(
      claim.publicationCaveats.map(\.cue) == [
        "whose identity was not revealed", "did not specify", "could not independently verify",
      ])
    let (saved, _) = try bench.updateReview(of: 6, in: Self.file, summary: "u") { $0.status = .unverified }
    #expect(saved.review.caveats.map(\.origin) == [.article, .article, .article])
    #expect(saved.review.caveats.first?.text.hasPrefix("The woman, whose identity") == true)
    try bench.updateReview(of: 6, in: Self.file, summary: "m") { $0.status = .unreviewed }
    #expect(temp.annotationFiles.isEmpty)
    try bench.updateReview(of: 8, in: Self.file, summary: "d") { $0.dismissed = true }
    #expect(try bench.review(Self.file).claim(number: 8)?.review.caveats.isEmpty == true)
  }
}
