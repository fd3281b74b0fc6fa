import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("What a report contains")
struct VerificationReportTests {
  @Test("the summary counts the corpus; articles keep file order; dismissed claims are named, not listed")
  func summary() throws {
    let report = try ReportWorkspace.shipped().report(articles: [], options: ReportOptions())
    #expect(report.articles.map(\.shortName) == ["000", "001", "002", "003", "004"])
    #expect(report.summary.articles == 5)
    #expect(report.summary.progress.reviewed == 31)
    #expect(report.summary.progress.count(.disputed) == 5)
    #expect(report.summary.progress.dismissed == 10)
    #expect(report.summary.reviewers == ["factcheck demo"])
    #expect(report.summary.lastUpdated == "2026-11-21T00:00:00Z")
    let article = try #require(report.articles.first { $0.shortName == "001" })
    #expect(article.dismissed.map(\.reference.number) == [8, 9, 15, 16, 17])
    #expect(!article.claims.contains { $0.review.dismissed })
    #expect(article.claims.count == article.progress.total)
    #expect(article.date == nil)
    #expect(report.articles[0].date == "2022-03-10")
    #expect(report.articles[0].publisher == "CNN")
  }

  @Test("claims link the figures that disagree with them and the statements that oppose them, across articles")
  func links() throws {
    let report = try ReportWorkspace.shipped().report(articles: ["002"], options: ReportOptions())
    #expect(report.articles.count == 1)
    let deaths = try #require(report.allClaims.first { $0.text.contains("498 of its troops") })
    let figures = deaths.links.filter { $0.kind == .figure }
    #expect(Set(figures.map(\.target.article)) == ["001", "002", "004"])
    #expect(figures.contains { $0.summary.hasPrefix("about 9,000 combat losses — the Ukrainian MoD") })
    #expect(figures.contains { $0.summary.hasPrefix("38,550 soldiers (lost) — the Ministry of Defense of Ukraine") })
    // Links reach articles left out of the report; only claims in it get anchors.
    #expect(report.anchor(of: deaths.reference) == "claim-002-11")
    let elsewhere = try #require(figures.first { $0.target.article == "001" })
    #expect(report.anchor(of: elsewhere.target) == nil)
    let whole = try ReportWorkspace.shipped().report(articles: [], options: ReportOptions())
    let admission = try #require(whole.allClaims.first { $0.text.hasPrefix("The Russian Defense Ministry confirmed") })
    #expect(admission.links.contains { $0.kind == .opposing && $0.summary.hasPrefix("Putin denies") })
  }

  @Test("--reviewed lists only claims with a verdict; unknown articles are errors")
  func selection() throws {
    let bench = ReportWorkspace.shipped()
    let report = try bench.report(articles: ["4", "000", "004"], options: ReportOptions(reviewedOnly: true))
    #expect(report.articles.map(\.shortName) == ["000", "004"])
    #expect(report.allClaims.allSatisfy { $0.isReviewed })
    #expect(report.allClaims.count == 4)
    #expect(throws: WorkspaceError.self) { try bench.report(articles: ["nine"], options: ReportOptions()) }
  }

  @Test("an orphaned claim stays in every format, flagged; a claim in conflict is left out of the JSON-LD, said so")
  func orphansAndConflicts() throws {
    let workspace = try TemporaryWorkspace(articles: [Fixtures.budgetFile: Fixtures.budget])
    let bench = try ReportWorkspace.workbench(workspace)
    try bench.updateReview(of: 2, in: Fixtures.budgetFile, summary: "t") {
      $0.status = .disputed
      $0.note = "the cut was 9 million"
    }
    try bench.updateReview(of: 3, in: Fixtures.budgetFile, summary: "t") { $0.status = .verified }
    // Give claim 3 a competing review, as a merge would, and take claim 2's sentence out of the article.
    let url = workspace.annotationFile("001_budget")
    var stored = try AnnotationCodec.decode(Array(try Data(contentsOf: url)), file: "x")
    var claims = stored.claims
    let third = try #require(claims.firstIndex { $0.anchor.quote.hasPrefix("The report") })
    claims[third].review.conflict = ReviewConflict(theirs: Review(status: .disputed, reviewer: "Bo"))
    stored.replaceClaims(claims)
    try Data(AnnotationCodec.encode(stored).utf8).write(to: url)
    try workspace.write(
      "seeds/" + Fixtures.budgetFile,
      Fixtures.budget.replacingOccurrences(of: "Critics said spending on schools fell by 12 million euros. ", with: ""))

    let fresh = try ReportWorkspace.workbench(workspace)
    let report = try fresh.report(articles: [], options: ReportOptions(reviewedOnly: true))
    let orphan = try #require(report.allClaims.first { $0.isOrphaned })
    #expect(orphan.reference.number == nil)
    #expect(orphan.text == "Critics said spending on schools fell by 12 million euros.")
    #expect(report.summary.progress.orphans == 1)
    #expect(report.summary.progress.conflicts == 1)

    let markdown = ReportRenderer.render(report, as: .markdown).text
    #expect(markdown.contains("orphan \(orphan.reference.id) | ⚠ orphaned (no longer in the text); ✗ disputed |"))
    #expect(markdown.contains("⚠ conflict: verified (Ada) vs disputed (Bo)"))
    let csv = try CSVRecords.parse(ReportRenderer.render(report, as: .csv).text)
    let orphaned = try #require(csv[0].firstIndex(of: "orphaned"))
    #expect(csv.dropFirst().filter { $0[orphaned] == "true" }.count == 1)
    #expect(ReportRenderer.render(report, as: .json).text.contains("\"orphaned\": true"))
    let page = try XMLTree(ReportRenderer.render(report, as: .html).text)
    #expect(page.root.all("li").contains { $0.classes.contains("orphaned") && $0.text.contains("Critics said") })
    // With --reviewed, only the listed claim with its text still in the article is highlighted.
    #expect(page.root.all("mark").map(\.text) == ["The report was published on Monday by the national audit office."])

    let annotations = ReportRenderer.render(report, as: .webAnnotation)
    #expect(annotations.notices.contains { $0.hasPrefix("1 claim in conflict left out of the Web Annotation export") })
    #expect(annotations.notices.contains { $0.hasPrefix("1 orphaned claim exported by its quote only") })
    let items = try #require(
      ((try JSONSerialization.jsonObject(with: Data(annotations.text.utf8)) as? [String: Any])?["first"]
        as? [String: Any])?["items"] as? [[String: Any]])
    #expect(items.count == 1)
    let selectors = try #require((items[0]["target"] as? [String: Any])?["selector"] as? [[String: Any]])
    #expect(selectors.map { $0["type"] as? String } == ["TextQuoteSelector"])
    let claimReview = ReportRenderer.render(report, as: .claimReview)
    #expect(claimReview.notices.first?.contains("(001:2); settle it with 'resolve'") == true)
  }
}
