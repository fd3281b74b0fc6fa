import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("Article snapshots: a review made again from the files read once, and changes to them noticed")
struct ArticleSnapshotTests {
  static let file = "001_fixture.txt"

  private func workspace() throws -> TemporaryWorkspace {
    try TemporaryWorkspace(articles: [Self.file: Fixtures.article, "002_other.txt": "Rain fell on Tuesday.\n"])
  }

  private func workbench(_ temp: TemporaryWorkspace, reviewer: String = "Ada") throws -> Workbench {
    let fixed = Date(timeIntervalSince1970: 1_767_225_600)
    return Workbench(workspace: try Workspace.discover(from: temp.root), reviewer: reviewer, clock: { fixed })
  }

  @Test("a snapshot's review is the review the workbench reads, verdicts included, every time it is made")
  func sameReview() throws {
    let temp = try workspace()
    try workbench(temp).updateReview(of: 2, in: Self.file, summary: "dispute 2") {
      $0.status = .disputed
      $0.note = "two sources disagree"
    }
    let snapshot = try workbench(temp, reviewer: "Bo").snapshot(Self.file)
    let read = try workbench(temp, reviewer: "Bo").review(Self.file)
    #expect(!snapshot.made().changed)
    for made in [snapshot.review(), snapshot.review()] {
      #expect(made.article.sha256 == read.article.sha256)
      #expect(made.claims.map(\.text) == read.claims.map(\.text))
      #expect(made.claims.map(\.review) == read.claims.map(\.review))
      #expect(made.claims.map(\.analysis.score) == read.claims.map(\.analysis.score))
      #expect(made.claim(number: 2)?.review.status == .disputed)
      #expect(made.readOnly == nil)
    }
  }

  @Test("a change on disk after the snapshot is noticed: the article, its annotation file, one added or removed")
  func noticesChanges() throws {
    let temp = try workspace()
    try workbench(temp).updateReview(of: 2, in: Self.file, summary: "dispute 2") { $0.status = .disputed }
    let snapshot = try workbench(temp).snapshot(Self.file)
    let other = try workbench(temp).snapshot("002_other.txt")
    #expect(!snapshot.made().changed)
    #expect(!other.made().changed)
    try workbench(temp).updateReview(of: 1, in: Self.file, summary: "verify 1") { $0.status = .verified }
    let made = snapshot.made()
    #expect(made.changed)
    #expect(made.review.claim(number: 1)?.review.status == .verified)
    try workbench(temp).updateReview(of: 1, in: "002_other.txt", summary: "verify 1") { $0.status = .verified }
    #expect(other.made().changed)  // An annotation file where there was none.

    let again = try workbench(temp).snapshot(Self.file)
    try temp.write("seeds/\(Self.file)", "Something else entirely happened on Monday.\n")
    #expect(again.made().changed)
    try FileManager.default.removeItem(at: temp.seeds.appendingPathComponent(Self.file))
    let gone = again.made()
    #expect(gone.changed)
    #expect(gone.review.claims.isEmpty)
  }

  @Test("the changes noticed while making reviews are gathered by article, and checking them throws")
  func gathered() throws {
    let temp = try workspace()
    let snapshots = try [Self.file, "002_other.txt"].map { try workbench(temp).snapshot($0) }
    let changes = SnapshotChanges()
    _ = snapshots.map(changes.review)
    #expect(changes.changed.isEmpty)
    try changes.check()
    try temp.write("annotations/001_fixture.json", "{ not json")
    _ = snapshots.map(changes.review)
    #expect(changes.changed == ["001"])
    #expect(throws: StorageError.changedWhileReading(articles: ["001"])) { try changes.check() }
  }

  @Test("a broken annotation file is kept as found: the review made from the snapshot is read-only")
  func brokenFile() throws {
    let temp = try workspace()
    try temp.write("annotations/001_fixture.json", "{ not json")
    let snapshot = try workbench(temp).snapshot(Self.file)
    let made = snapshot.made()
    #expect(made.review.readOnly != nil)
    #expect(!made.changed)
    #expect(made.review.claims.allSatisfy { $0.review.status == .unreviewed })
    try temp.write("annotations/001_fixture.json", "{ still not json")
    #expect(snapshot.made().changed)
  }

  @Test("the snapshot of an open article is its review as it is in the workbench")
  func openArticle() throws {
    let temp = try workspace()
    let bench = try workbench(temp)
    try bench.updateReview(of: 3, in: Self.file, summary: "verify 3") { $0.status = .verified }
    try FileManager.default.removeItem(at: temp.seeds.appendingPathComponent(Self.file))
    let made = try bench.snapshot(Self.file).review()
    #expect(made.claim(number: 3)?.review.status == .verified)
  }
}
