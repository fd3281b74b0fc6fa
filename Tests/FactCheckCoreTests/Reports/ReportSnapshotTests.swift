import FactCheckCore
import Foundation
import TestSupport
import Testing

/// Golden files: the report of the shipped annotations in every format, under `Snapshots/`.
///
/// After a deliberate change, re-record them with `FACTCHECK_RECORD=1 swift test --filter ReportSnapshot` and
/// review the diff. Only the JSON report carries check-worthiness scores, so a new scoring model changes
/// `report.json` alone; the others depend on the review, the claims' texts and their sources.
@Suite("Report golden files")
struct ReportSnapshotTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
  static let recording = ProcessInfo.processInfo.environment["FACTCHECK_RECORD"] == "1"

  static let files: [(ReportFormat, String)] = [
    (.markdown, "report.md"), (.html, "report.html"), (.csv, "report.csv"), (.json, "report.json"),
    (.claimReview, "report.claimreview.jsonld"), (.webAnnotation, "report.webannotation.jsonld"),
  ]

  @Test("the shipped review, in every format, is what the golden file holds", arguments: files)
  func golden(format: ReportFormat, file: String) throws {
    let report = try ReportWorkspace.shipped().report(articles: [], options: ReportOptions())
    let text = ReportRenderer.render(report, as: format).text
    let url = Self.folder.appendingPathComponent(file)
    if Self.recording {
      try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return
    }
    let expected = try #require(
      try? String(contentsOf: url, encoding: .utf8),
      "missing \(file): record it with FACTCHECK_RECORD=1 swift test --filter ReportSnapshot")
    guard text != expected else { return }
    let (got, want) = (text.components(separatedBy: "\n"), expected.components(separatedBy: "\n"))
    let line = (0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count)
    Issue.record(
      """
      \(file) differs from the report at line \(line + 1):
        golden: \(line < want.count ? want[line] : "(end)")
        now:    \(line < got.count ? got[line] : "(end)")
      If the change is intended, re-record with FACTCHECK_RECORD=1 swift test --filter ReportSnapshot
      """)
  }

  @Test("the same review always gives the same bytes")
  func deterministic() throws {
    for (format, _) in Self.files {
      let first = ReportRenderer.render(
        try ReportWorkspace.shipped().report(articles: [], options: ReportOptions()), as: format)
      let second = ReportRenderer.render(
        try ReportWorkspace.shipped().report(articles: [], options: ReportOptions()), as: format)
      #expect(first == second, "\(format)")
    }
  }
}
