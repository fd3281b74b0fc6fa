import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Workbench and the disk: failed saves, changes made elsewhere")
struct WorkbenchDiskTests {
  static let file = "001_fixture.txt"
  static let name = "001_fixture"

  private func workspace() throws -> TemporaryWorkspace {
    try TemporaryWorkspace(articles: [Self.file: Fixtures.article, "002_other.txt": "Rain fell on Tuesday.\n"])
  }

  private func workbench(_ temp: TemporaryWorkspace, store: AnnotationStore? = nil) throws -> Workbench {
    let workspace = try Workspace.discover(from: temp.root)
    let fixed = Date(timeIntervalSince1970: 1_767_225_600)
    return Workbench(
      workspace: workspace, reviewer: "Ada", store: store ?? AnnotationStore(workspace: workspace), clock: { fixed })
  }

  /// The number of the claim whose text contains `words`.
  private func number(_ words: String, in bench: Workbench) throws -> Int {
    try #require(try bench.review(Self.file).claims.first { $0.text.contains(words) }).number
  }

  private func stored(_ temp: TemporaryWorkspace) throws -> ArticleAnnotations? {
    guard let text = temp.read("annotations/\(Self.name).json") else { return nil }
    return try AnnotationCodec.decode(Array(text.utf8), file: "x")
  }

  @Test("a save that fails (disk full) is not acknowledged: memory, file and undo history are unchanged")
  func failedSave() throws {
    let temp = try workspace()
    let failing = Switch()
    let workspace = try Workspace.discover(from: temp.root)
    let writer = AtomicFile.Writer { descriptor, buffer in
      if failing.isOn {
        errno = ENOSPC
        return -1
      }
      return AtomicFile.Writer.system.write(descriptor, buffer)
    }
    let bench = try workbench(temp, store: AnnotationStore(workspace: workspace, writer: writer))
    let cost = try number("41 million", in: bench)
    try bench.updateReview(of: cost, in: Self.file, summary: "verify") { $0.status = .verified }
    let before = try #require(temp.read("annotations/\(Self.name).json"))
    failing.isOn = true
    let mayor = try number("insurance premiums", in: bench)
    #expect(throws: StorageError.self) {
      try bench.updateReview(of: mayor, in: Self.file, summary: "dispute") { $0.status = .disputed }
    }
    #expect(try bench.review(Self.file).claim(number: mayor)?.review.status == .unreviewed)
    #expect(temp.read("annotations/\(Self.name).json") == before)
    #expect(bench.history.undoCount == 1)
    #expect(temp.annotationFiles == ["\(Self.name).json"])
    failing.isOn = false
    try bench.updateReview(of: mayor, in: Self.file, summary: "dispute") { $0.status = .disputed }
    #expect(try stored(temp)?.claims.map(\.review.status) == [.verified, .disputed])
  }

  @Test("changes saved by another session are noticed, listed by claim, and shown")
  func noticesOtherSession() throws {
    let temp = try workspace()
    let first = try workbench(temp)
    let second = try workbench(temp)
    let cost = try number("41 million", in: second)
    #expect(second.refreshFromDisk().isEmpty)
    try first.updateReview(of: cost, in: Self.file, summary: "v") { $0.status = .verified }
    let id = try #require(try first.review(Self.file).claim(number: cost)).id
    #expect(second.refreshFromDisk() == [.annotationsChanged(articleFile: Self.file, claimIDs: [id])])
    #expect(try second.review(Self.file).claim(number: cost)?.review.status == .verified)
    #expect(second.refreshFromDisk().isEmpty)
    // Its own saves are not reported back to a session.
    try second.updateReview(of: cost, in: Self.file, summary: "n") { $0.note = "from the budget" }
    #expect(second.refreshFromDisk().isEmpty)
  }

  @Test("a claim changed elsewhere and then here is kept both ways as a conflict, even after a refresh")
  func conflictAfterRefresh() throws {
    let temp = try workspace()
    let first = try workbench(temp)
    let second = try workbench(temp)
    let mayor = try number("insurance premiums", in: second)
    try first.updateReview(of: mayor, in: Self.file, summary: "v") { $0.status = .verified }
    _ = second.refreshFromDisk()
    let (claim, outcome) = try second.updateReview(of: mayor, in: Self.file, summary: "d") { $0.status = .disputed }
    #expect(outcome.conflicts == [claim.id])
    let saved = try #require(try stored(temp)?.claims.first)
    #expect(saved.review.status == .disputed)
    #expect(saved.review.conflict?.theirs.status == .verified)
  }

  @Test("an article rewritten on disk is re-read and its claims found again")
  func articleRewritten() throws {
    let temp = try workspace()
    let bench = try workbench(temp)
    let cost = try number("41 million", in: bench)
    try bench.updateReview(of: cost, in: Self.file, summary: "v") { $0.status = .verified }
    try temp.write("seeds/\(Self.file)", "Update: the barrier opened today.\n\n" + Fixtures.article)
    let changes = bench.refreshFromDisk()
    guard case .articleChanged(let file, let anchoring)? = changes.first, changes.count == 1 else {
      Issue.record("expected one article change, got \(changes)")
      return
    }
    #expect(file == Self.file)
    #expect(anchoring.articleChanged)
    #expect(anchoring.moved.count == 1 && anchoring.moved[0].method == .exactQuote)
    let moved = try #require(try bench.review(Self.file).claims.first { $0.review.status == .verified })
    #expect(moved.text.contains("41 million"))
  }

  @Test("an article removed on disk is closed; new and removed articles are noticed")
  func articleRemoved() throws {
    let temp = try workspace()
    let bench = try workbench(temp)
    #expect(try bench.articleFiles() == [Self.file, "002_other.txt"])
    _ = try bench.review("002_other.txt")
    try FileManager.default.removeItem(at: temp.seeds.appendingPathComponent("002_other.txt"))
    try temp.write("seeds/003_new.txt", "Snow is forecast.\n")
    let changes = bench.refreshFromDisk()
    #expect(changes.contains(.articleListChanged(added: ["003_new.txt"], removed: ["002_other.txt"])))
    #expect(
      changes.contains {
        if case .articleRemoved("002_other.txt", _) = $0 { return true }
        return false
      })
    #expect(try bench.articleFiles() == [Self.file, "003_new.txt"])
  }

  @Test("an annotation file damaged by someone else makes the article read-only; the damage is left alone")
  func damagedElsewhere() throws {
    let temp = try workspace()
    let bench = try workbench(temp)
    let cost = try number("41 million", in: bench)
    try bench.updateReview(of: cost, in: Self.file, summary: "v") { $0.status = .verified }
    try temp.write("annotations/\(Self.name).json", "{ \"format\": ")
    _ = bench.refreshFromDisk()
    #expect(try bench.review(Self.file).readOnly != nil)
    #expect(throws: StorageError.self) {
      try bench.updateReview(of: cost, in: Self.file, summary: "d") { $0.status = .disputed }
    }
    #expect(temp.read("annotations/\(Self.name).json") == "{ \"format\": ")
  }

  @Test("a file damaged between the last look and a save is not overwritten; the save says why")
  func damagedDuringSave() throws {
    let temp = try workspace()
    let bench = try workbench(temp)
    let cost = try number("41 million", in: bench)
    try bench.updateReview(of: cost, in: Self.file, summary: "v") { $0.status = .verified }
    try temp.write("annotations/\(Self.name).json", "[1, 2")
    do {
      try bench.updateReview(of: cost, in: Self.file, summary: "d") { $0.status = .disputed }
      Issue.record("the save went through")
    } catch let error as StorageError {
      #expect(
        error.description
          == "cannot save annotations/\(Self.name).json: it was changed on disk and cannot be read "
          + "(annotations/\(Self.name).json:1:6: unexpected end of file in an array); nothing was overwritten")
    }
    #expect(temp.read("annotations/\(Self.name).json") == "[1, 2")
    #expect(try bench.review(Self.file).claim(number: cost)?.review.status == .verified)
  }
}

/// A flag shared with a writer called from the code under test.
final class Switch: @unchecked Sendable {
  private let lock = NSLock()
  private var state = false

  var isOn: Bool {
    get { lock.withLock { state } }
    set { lock.withLock { state = newValue } }
  }
}
