import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Annotation diff")
struct AnnotationDiffTests {
  private let file = Fixtures.budgetFile

  private func workbench(_ sandbox: GitSandbox, reviewer: String = "Ada") throws -> Workbench {
    let fixed = Date(timeIntervalSince1970: 1_767_225_600)
    return Workbench(workspace: try Workspace.discover(from: sandbox.root), reviewer: reviewer, clock: { fixed })
  }

  /// The number of the claim starting with `prefix` in the working tree.
  private func number(_ prefix: String, _ bench: Workbench) throws -> Int {
    try #require(try bench.review(file).claims.first { $0.text.hasPrefix(prefix) }).number
  }

  private func change(_ prefix: String, in sandbox: GitSandbox, _ edit: (inout Review) -> Void) throws {
    let bench = try workbench(sandbox)
    try bench.updateReview(of: try number(prefix, bench), in: file, summary: "test", edit)
  }

  private func diff(_ sandbox: GitSandbox, from revision: String = "HEAD") throws -> [AnnotationDiff.ArticleChanges] {
    let workspace = try Workspace.discover(from: sandbox.root)
    let old = try AnnotationSnapshot.revision(revision, in: try sandbox.repository(), workspace: workspace)
    return AnnotationDiff.compare(old, AnnotationSnapshot.workingTree(workspace))
  }

  @Test("verdicts, notes, caveats, evidence, new reviews, dismissals and taken-back reviews are reported")
  func kinds() throws {
    let sandbox = try GitSandbox(articles: [file: Fixtures.budget])
    try change("The ministry", in: sandbox) { $0.status = .unverified }
    try change("Critics", in: sandbox) {
      $0.status = .verified
      $0.evidence = ["https://example.org/a"]
    }
    try change("The report", in: sandbox) { $0.status = .disputed }
    try sandbox.commitAll("first review")
    try change("The ministry", in: sandbox) {
      $0.status = .disputed
      $0.note = "the audit office says 2%"
    }
    try change("Critics", in: sandbox) {
      $0.evidence = ["https://example.org/b"]
      $0.caveats = [Caveat(text: "one side's figure", origin: .reviewer)]
    }
    try change("The report", in: sandbox) { $0.status = .unreviewed }
    try change("The minister", in: sandbox) { $0.dismissed = true }
    let articles = try diff(sandbox)
    #expect(articles.map(\.name) == ["001_budget"])
    let claims = try #require(articles.first?.claims)
    let bench = try workbench(sandbox)
    #expect(
      try claims.map(\.number) == [
        number("The ministry", bench), number("Critics", bench), number("The report", bench),
        number("The minister", bench),
      ])
    #expect(claims.map(\.kind) == [.changed, .changed, .removed, .added])
    #expect(claims[0].fields == [.status, .note])
    #expect(claims[0].before?.review.status == .unverified)
    #expect(claims[0].after?.review.status == .disputed)
    #expect(claims[1].fields == [.caveats, .evidence])
    #expect(claims[2].before?.review.status == .disputed)
    #expect(claims[3].dismissed)
    let stat = try #require(articles.first?.stat)
    #expect(stat.changed == 2)
    #expect(stat.removed == 1)
    #expect(stat.dismissed == 1)
    #expect(stat.added == 0)
  }

  @Test("a reviewed claim whose sentence leaves the article is orphaned, even with its review unchanged")
  func orphaned() throws {
    let sandbox = try GitSandbox(articles: [file: Fixtures.budget])
    try change("The minister", in: sandbox) { $0.status = .verified }
    try sandbox.commitAll("review")
    let edited = Fixtures.budget.replacingOccurrences(
      of: "The minister resigned on Friday after two years in office.", with: "The minister stayed.")
    try sandbox.workspace.write("seeds/\(file)", edited)
    let claims = try #require(try diff(sandbox).first?.claims)
    #expect(claims.count == 1)
    #expect(claims.first?.orphaned == true)
    #expect(claims.first?.fields.isEmpty == true)
    #expect(claims.first?.number == nil)
    #expect(claims.first?.numberBefore != nil)
  }

  @Test("identical revisions have no differences; unreadable files are reported")
  func unchangedAndUnreadable() throws {
    let sandbox = try GitSandbox(articles: [file: Fixtures.budget])
    try change("Critics", in: sandbox) { $0.status = .verified }
    try sandbox.commitAll("review")
    #expect(try diff(sandbox).isEmpty)
    try sandbox.workspace.write("annotations/001_budget.json", "<<<<<<< HEAD\n")
    let articles = try diff(sandbox)
    #expect(articles.first?.problems.count == 1)
    #expect(articles.first?.problems.first?.hasPrefix("cannot read annotations/001_budget.json:1:1") == true)
  }
}
