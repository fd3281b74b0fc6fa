import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("Reports made article by article: the same text as a report made at once")
struct StreamedReportTests {
  /// The JSON-LD embedded in an HTML page.
  private func embedded(_ html: String) throws -> String {
    let opening = try #require(html.range(of: "<script type=\"application/ld+json\">"))
    let closing = try #require(html.range(of: "</script>", range: opening.upperBound..<html.endIndex))
    return String(html[opening.upperBound..<closing.lowerBound])
  }

  @Test("the HTML page embeds, piece by piece, exactly the ClaimReview export", arguments: [0, 1, 31])
  func embeddedClaimReview(verdicts: Int) throws {
    let temp = try TemporaryWorkspace()
    let bench = verdicts == 31 ? ReportWorkspace.shipped() : try ReportWorkspace.workbench(temp)
    if verdicts == 1 {
      let file = try bench.resolveArticle("002")
      try bench.updateReview(of: 11, in: file, summary: "verify 11") { $0.status = .verified }
    }
    let report = try bench.report(articles: [], options: ReportOptions())
    let pieces = Array(ReportRenderer.stream(report, as: .html).chunks)
    #expect(pieces.count > 2)
    let html = pieces.joined()
    #expect(html == ReportRenderer.render(report, as: .html).text)
    let export = ReportRenderer.render(report, as: .claimReview).text
    #expect(try embedded(html) == export)
    let graph =
      try #require(
        try JSONSerialization.jsonObject(with: Data(export.utf8)) as? [String: Any])["@graph"] as? [Any]
    #expect(graph?.count == verdicts)
  }

  @Test("a report made from snapshots reads the same as one made from reviews, in every format")
  func snapshotsAndReviews() throws {
    let bench = ReportWorkspace.shipped()
    let files = try bench.articleFiles()
    let reviews = try files.map { try bench.review($0) }
    for options in [ReportOptions(), ReportOptions(reviewedOnly: true, baseURL: "https://example.org/r")] {
      let fromSnapshots = try ReportWorkspace.shipped().report(articles: ["002", "004"], options: options)
      let fromReviews = VerificationReport(
        reviews: reviews, selected: [files[2], files[4]], options: options)
      for format in ReportFormat.allCases {
        #expect(
          ReportRenderer.render(fromSnapshots, as: format).text == ReportRenderer.render(fromReviews, as: format).text)
      }
    }
  }

  @Test("Markdown, CSV and JSON are written article by article, JSON exactly as its writer writes it whole")
  func textFormatsInPieces() throws {
    let shipped = try ReportWorkspace.shipped().report(articles: [], options: ReportOptions())
    let none = VerificationReport(reviews: [], selected: nil, options: ReportOptions())
    for report in [shipped, none] {
      for format in [ReportFormat.markdown, .csv, .json] {
        let (pieces, notices) = ReportRenderer.stream(report, as: format)
        #expect(notices.isEmpty)
        // The head, a batch of articles (the five shipped ones), the end (CSV has none).
        #expect(Array(pieces).count == (format == .csv ? 1 : 2) + (report.articles.isEmpty ? 0 : 1), "\(format)")
        #expect(pieces.joined() == ReportRenderer.render(report, as: format).text)
      }
      let json = ReportRenderer.stream(report, as: .json).chunks.joined()
      let parsed = try JSONParser.parse(Array(json.utf8))
      #expect(json == JSONWriter.document(parsed.value))
    }
  }

  @Test("the JSON-LD exports are written article by article, with their notices, and hold no item when none is due")
  func jsonLDInPieces() throws {
    let shipped = try ReportWorkspace.shipped().report(articles: [], options: ReportOptions())
    let none = VerificationReport(reviews: [], selected: nil, options: ReportOptions())
    for report in [shipped, none] {
      for format in [ReportFormat.claimReview, .webAnnotation] {
        let (pieces, notices) = ReportRenderer.stream(report, as: format)
        let whole = ReportRenderer.render(report, as: format)
        #expect(pieces.joined() == whole.text)
        #expect(notices == whole.notices)
        #expect(Array(pieces).count == (report.articles.isEmpty ? 1 : 2), "\(format)")
        let object = try #require(
          try JSONSerialization.jsonObject(with: Data(whole.text.utf8)) as? [String: Any])
        let items =
          format == .claimReview
          ? object["@graph"] as? [Any] : (object["first"] as? [String: Any])?["items"] as? [Any]
        #expect(items?.isEmpty == report.articles.isEmpty)
        if format == .webAnnotation { #expect(object["total"] as? Int == items?.count) }
      }
    }
  }

  @Test("an annotation file that cannot be read is named in every format's notices: its reviews are missing")
  func unreadableAnnotations() throws {
    let temp = try TemporaryWorkspace()
    let bench = try ReportWorkspace.workbench(temp)
    try bench.updateReview(of: 11, in: try bench.resolveArticle("002"), summary: "verify 11") { $0.status = .verified }
    let name = try #require(Repository.annotationFiles.first { $0.hasPrefix("002") })
    try temp.write("annotations/\(name)", "{\n  \"article\": {\n")
    let report = try ReportWorkspace.workbench(temp).report(articles: [], options: ReportOptions())
    for format in ReportFormat.allCases {
      let notices = ReportRenderer.stream(report, as: format).notices
      #expect(notices.first?.hasPrefix("annotations/\(name):3:1 cannot be used") == true, "\(format)")
      #expect(notices.first?.hasSuffix("none of the reviews of 002 (repair the file, then report again)") == true)
      #expect(ReportRenderer.render(report, as: format).notices == notices)
    }
    let shipped = try ReportWorkspace.shipped().report(articles: [], options: ReportOptions())
    #expect(ReportRenderer.stream(shipped, as: .html).notices.isEmpty)
  }

  @Test("articles without links skip the search; the overviews match the articles")
  func unlinked() throws {
    let report = try ReportWorkspace.shipped().report(articles: [], options: ReportOptions())
    #expect(report.articles.contains { article in article.claims.contains { !$0.links.isEmpty } })
    #expect(report.articles.unlinked.allSatisfy { article in article.claims.allSatisfy(\.links.isEmpty) })
    for (overview, article) in zip(report.articles.overviews, report.articles) {
      #expect(overview.file == article.file)
      #expect(overview.title == article.title)
      #expect(overview.progress == article.progress)
      #expect(overview.anchor == article.anchor)
      #expect(overview.sha256 == article.sha256)
    }
  }

  @Test("with only reviewed claims listed, links to unreviewed claims have no anchor; reviewed ones keep theirs")
  func anchorsOfListedClaims() throws {
    let report = try ReportWorkspace.shipped().report(articles: [], options: ReportOptions(reviewedOnly: true))
    let whole = try ReportWorkspace.shipped().report(articles: [], options: ReportOptions())
    let targets = whole.allClaims.flatMap(\.links).map(\.target)
    #expect(!targets.isEmpty)
    let listed = Set(report.allClaims.map(\.reference))
    for target in targets {
      #expect((report.anchor(of: target) != nil) == listed.contains(target))
      #expect(whole.anchor(of: target) != nil)
    }
    #expect(targets.contains { !listed.contains($0) })
  }

  @Test("a report whose files change while it is made is not written: the file it would replace is untouched")
  func changedWhileWriting() throws {
    let temp = try TemporaryWorkspace()
    let bench = try ReportWorkspace.workbench(temp)
    let report = try bench.report(articles: [], options: ReportOptions())
    let target = temp.root.appendingPathComponent("report.html")
    try Data("the previous report\n".utf8).write(to: target)
    let file = try bench.resolveArticle("002")
    // Another reviewer saves a verdict while the report is being made.
    try ReportWorkspace.workbench(temp, reviewer: "Bo").updateReview(of: 11, in: file, summary: "verify 11") {
      $0.status = .verified
    }
    let chunks = ReportRenderer.stream(report, as: .html).chunks
    #expect(throws: StorageError.changedWhileReading(articles: ["002"])) {
      try Workbench.writeReport(chunks: chunks, to: target.path, relativeTo: temp.root, check: report.changes.check)
    }
    #expect(temp.read("report.html") == "the previous report\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: temp.root.path).filter { $0.hasPrefix(".") }
    #expect(leftovers.isEmpty)

    let fresh = try ReportWorkspace.workbench(temp).report(articles: [], options: ReportOptions())
    let written = try Workbench.writeReport(
      chunks: ReportRenderer.stream(fresh, as: .html).chunks, to: target.path, relativeTo: temp.root,
      check: fresh.changes.check)
    #expect(written.path == target.path)
    #expect(temp.read("report.html")?.contains("Verification report") == true)
  }
}
