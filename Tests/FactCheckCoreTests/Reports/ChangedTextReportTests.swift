import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("Reports of verdicts given to words changed since")
struct ChangedTextReportTests {
  @Test("every format flags the verdict; the exports leave it out, said so, until it is given again")
  func flaggedAndLeftOut() throws {
    let workspace = try TemporaryWorkspace(articles: [Fixtures.budgetFile: Fixtures.budget])
    let bench = try ReportWorkspace.workbench(workspace)
    try bench.giveVerdict(.verified, to: 1, in: Fixtures.budgetFile, summary: "verify 1")
    try bench.giveVerdict(.disputed, to: 4, in: Fixtures.budgetFile, summary: "dispute 4")
    try workspace.write(
      "seeds/" + Fixtures.budgetFile,
      Fixtures.budget.replacingOccurrences(of: "grew by 4% in 2025", with: "grew by 6% in 2025"))

    let report = try ReportWorkspace.workbench(workspace).report(articles: [], options: ReportOptions())
    let was = "The ministry said the budget grew by 4% in 2025."
    let markdown = ReportRenderer.render(report, as: .markdown).text
    #expect(markdown.contains("⚠ text changed since the verdict (it was “\(was)”); ✓ verified"))
    let csv = try CSVRecords.parse(ReportRenderer.render(report, as: .csv).text)
    #expect(csv[0].last == "reviewed_text")
    #expect(csv.dropFirst().map { $0.last } == [was, "", "", ""])
    #expect(ReportRenderer.render(report, as: .json).text.contains("\"reviewed_text\": \"\(was)\""))
    let page = try XMLTree(ReportRenderer.render(report, as: .html).text)
    let note = try #require(page.root.all("li").first { $0.classes.contains("changed") })
    #expect(note.text.contains("⚠ text changed since the verdict"))
    #expect(note.text.contains("“\(was)”"))

    for format in [ReportFormat.claimReview, .webAnnotation] {
      let export = ReportRenderer.render(report, as: format)
      for member in ["\"claimReviewed\": \"The ministry", "\"exact\": \"The ministry"] {
        #expect(!export.text.contains(member), "\(format) publishes the verdict on changed words")
      }
      #expect(export.text.contains("The minister resigned on Friday"))
      #expect(
        export.notices.contains {
          $0.hasPrefix("1 verdict given to words changed since left out of the")
            && $0.hasSuffix("(001:1); give it again in the shell to publish")
        })
    }

    // Given again: published, flagged nowhere.
    let again = try ReportWorkspace.workbench(workspace)
    try again.giveVerdict(.verified, to: 1, in: Fixtures.budgetFile, summary: "verify 1")
    let after = try again.report(articles: [], options: ReportOptions())
    #expect(!ReportRenderer.render(after, as: .markdown).text.contains("changed since"))
    let export = ReportRenderer.render(after, as: .claimReview)
    #expect(export.notices.isEmpty)
    #expect(export.text.contains("\"claimReviewed\": \"The ministry said the budget grew by 6% in 2025.\""))
  }
}
