import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("Article snapshots: a review made again from the files as read once")
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
    for made in [snapshot.review(), snapshot.review()] {
      #expect(made.article.sha256 == read.article.sha256)
      #expect(made.claims.map(\.text) == read.claims.map(\.text))
      #expect(made.claims.map(\.review) == read.claims.map(\.review))
      #expect(made.claims.map(\.analysis.score) == read.claims.map(\.analysis.score))
      #expect(made.claim(number: 2)?.review.status == .disputed)
      #expect(made.readOnly == nil)
    }
  }

  @Test("changes on disk after the snapshot do not reach it: article text and annotation file are as read")
  func isolatedFromDisk() throws {
    let temp = try workspace()
    let snapshot = try workbench(temp).snapshot(Self.file)
    try workbench(temp).updateReview(of: 1, in: Self.file, summary: "verify 1") { $0.status = .verified }
    try temp.write("seeds/\(Self.file)", "Something else entirely happened on Monday.\n")
    let made = snapshot.review()
    #expect(made.claims.allSatisfy { $0.review.status == .unreviewed })
    #expect(made.article.text.string == Fixtures.article)
  }

  @Test("a broken annotation file is kept as found: the review made from the snapshot is read-only")
  func brokenFile() throws {
    let temp = try workspace()
    try temp.write("annotations/001_fixture.json", "{ not json")
    let made = try workbench(temp).snapshot(Self.file).review()
    #expect(made.readOnly != nil)
    #expect(made.claims.allSatisfy { $0.review.status == .unreviewed })
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
