import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Status scanner")
struct StatusScannerTests {
  static let file = Repository.seedFiles[1]
  static let name = Article.name(ofFile: file)
  static let other = Repository.seedFiles[2]
  static let third = Repository.seedFiles[3]
  static let fourth = Repository.seedFiles[4]
  static let zeroth = Repository.seedFiles[0]

  private func workbench(_ temp: TemporaryWorkspace) throws -> Workbench {
    Workbench(
      workspace: try Workspace.discover(from: temp.root), reviewer: "Ada", clock: { Date(timeIntervalSince1970: 0) })
  }

  /// The statuses as the scanner gives them, and as opening every article in a fresh workbench gives them.
  private func bothWays(_ temp: TemporaryWorkspace) throws -> (scanned: [ArticleStatus], opened: [ArticleStatus]) {
    let fresh = try workbench(temp)
    var cache = SummaryCache()
    let scanned = try StatusScanner(workspace: fresh.workspace).statuses(of: fresh.articleFiles(), cache: &cache)
      .statuses
    let opened = try fresh.articleFiles().map { try ArticleStatus(fresh.review($0)) }
    return (scanned, opened)
  }

  @Test("with no reviews, every article's status is the one opening it gives")
  func unreviewed() throws {
    let temp = try TemporaryWorkspace()
    let (scanned, opened) = try bothWays(temp)
    #expect(scanned == opened)
    #expect(scanned.count == Repository.seedFiles.count)
  }

  @Test("verdicts, a dismissal and an added claim are counted as opening the article counts them")
  func reviewed() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp)
    try bench.updateReview(of: 3, in: Self.file, summary: "v") { $0.status = .verified }
    try bench.updateReview(of: 9, in: Self.file, summary: "u") { $0.status = .unverified }
    try bench.updateReview(of: 4, in: Self.file, summary: "d") { $0.dismissed = true }
    try bench.updateReview(of: 2, in: Self.other, summary: "x") { $0.status = .disputed }
    var (scanned, opened) = try bothWays(temp)
    #expect(scanned == opened)
    #expect(scanned[1].progress.reviewed == 2)
    #expect(scanned[1].progress.dismissed == 1)

    let stored = try AnnotationCodec.decode(Array(try Data(contentsOf: temp.annotationFile(Self.name))), file: "x")
    let bytes = Repository.seedBytes(Self.file)
    let summary = ArticleSummary(bytes: bytes, sha256: Article.sha256(of: bytes))
    #expect(StatusScanner.progress(of: stored, summary: summary, bytes: bytes) == scanned[1].progress)

    _ = try bench.addClaim(quoting: "could not independently verify the claims", in: Self.file)
    (scanned, opened) = try bothWays(temp)
    #expect(scanned == opened)
  }

  @Test("an edited article, a damaged anchor, a damaged file and a bad byte are counted as opening gives them")
  func unusual() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp)
    for number in [3, 5, 9] {
      try bench.updateReview(of: number, in: Self.file, summary: "v") { $0.status = .verified }
    }
    try bench.updateReview(of: 1, in: Self.third, summary: "v") { $0.status = .verified }
    try bench.updateReview(of: 1, in: Self.fourth, summary: "v") { $0.status = .verified }

    // The first article edited: a sentence reworded, another removed.
    var text = String(decoding: Repository.seedBytes(Self.file), as: UTF8.self)
    text = text.replacingOccurrences(of: "could not independently verify", with: "was unable to verify")
    try temp.write("seeds/\(Self.file)", text)
    // A quote edited by hand in the third article's file.
    let thirdFile = "annotations/\(Article.name(ofFile: Self.third)).json"
    let third = try #require(temp.read(thirdFile))
    let firstQuote = try #require(third.range(of: "\"quote\": \""))
    var edited = third
    edited.insert(contentsOf: "Not ", at: firstQuote.upperBound)
    try temp.write(thirdFile, edited)
    // The fourth article's file damaged; the first article given an invalid byte.
    try temp.write("annotations/\(Article.name(ofFile: Self.fourth)).json", "{ \"format\": ")
    let zeroth = temp.seeds.appendingPathComponent(Self.zeroth)
    try Data(Repository.seedBytes(Self.zeroth) + [0xC3]).write(to: zeroth)

    let (scanned, opened) = try bothWays(temp)
    #expect(scanned == opened)
    #expect(scanned[1].progress.reviewed == 3)
    #expect(scanned[4].readOnly != nil)
    #expect(scanned[0].readOnly != nil)
  }

  @Test("the cache is filled once, holds the tally of each reviewed article, and gives the same statuses again")
  func cacheFilled() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp)
    try bench.updateReview(of: 3, in: Self.file, summary: "v") { $0.status = .verified }
    let scanner = StatusScanner(workspace: bench.workspace)
    var cache = SummaryCache()
    let first = try scanner.statuses(of: bench.articleFiles(), cache: &cache)
    #expect(cache.count == Repository.seedFiles.count)
    let key = try #require(first.tallyKeys.first)
    #expect(first.tallyKeys.count == 1)
    #expect(cache[tally: key] == first.statuses[1].progress)
    let second = try scanner.statuses(of: bench.articleFiles(), cache: &cache)
    #expect(first.statuses == second.statuses)

    // Another verdict: a new annotation file, so a new tally.
    try bench.updateReview(of: 4, in: Self.file, summary: "v") { $0.status = .disputed }
    let third = try scanner.statuses(of: bench.articleFiles(), cache: &cache)
    #expect(third.tallyKeys != first.tallyKeys)
    #expect(third.statuses[1].progress.count(.disputed) == 1)
    #expect(third.statuses[1].progress == ArticleStatus(try bench.review(Self.file)).progress)
  }

  @Test("an article that cannot be read fails the scan with its name")
  func unreadable() throws {
    let temp = try TemporaryWorkspace()
    let bench = try workbench(temp)
    let files = try bench.articleFiles()
    try FileManager.default.removeItem(at: temp.seeds.appendingPathComponent(files[1]))
    var cache = SummaryCache()
    #expect(throws: WorkspaceError.self) {
      try StatusScanner(workspace: bench.workspace).statuses(of: files, cache: &cache)
    }
  }
}
