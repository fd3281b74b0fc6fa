import FactCheckCore
import Foundation
import TestSupport
import Testing

/// An article and a review full of text that means something in one format or another.
@Suite("Hostile text in every report format")
struct HostileTextReportTests {
  static let article =
    "The mayor said <script>alert(\"x\")</script> & \"quotes\" | pipes, and commas were fine.\n\n"
    + "🙂 The \u{202E}reversed\u{202C} report counted 12 tanks. A third claim with &lt;b&gt; stays literal.\n"
  static let note =
    "Note <script>alert('n')</script>, \"quoted\", a | pipe,\nnew line, \u{202E}evil\u{202C} `code` *bold* "
    + "[link](http://x) &amp; &lt;tag&gt;\n# not a heading"
  static let caveat = "=SUM(A1) \"caveat\", with | pipe"
  static let evidence = ["https://example.org/a?b=1&c='2'", "javascript:alert(1)"]

  let workspace: TemporaryWorkspace
  let bench: Workbench

  init() throws {
    workspace = try TemporaryWorkspace(articles: ["001_hostile.txt": Self.article])
    bench = try ReportWorkspace.workbench(workspace, reviewer: "Eve \"<b>\" O'Hara")
    for number in 1...3 {
      try bench.updateReview(of: number, in: "001_hostile.txt", summary: "test") { review in
        review.status = .disputed
        review.note = Self.note
        review.caveats.append(Caveat(text: Self.caveat, origin: .reviewer))
        review.evidence = Self.evidence
      }
    }
  }

  private func claimTexts(_ bench: Workbench) throws -> [String] {
    try bench.review("001_hostile.txt").claims.map(\.text)
  }

  @Test("Markdown: nothing becomes markup, every table row keeps its columns")
  func markdown() throws {
    let text = try ReportWorkspace.render(bench, .markdown).text
    #expect(!text.contains("<script>"))
    #expect(text.contains("\\<script\\>alert(\"x\")\\</script\\>"))
    #expect(text.contains("a \\| pipe,<br>new line, ⟨U+202E⟩evil⟨U+202C⟩ \\`code\\` \\*bold\\* \\[link\\](http://x)"))
    #expect(text.contains("\\&amp; \\&lt;tag\\&gt;<br>\\# not a heading"))
    #expect(!text.unicodeScalars.contains("\u{202E}"))
    #expect(text.contains("<https://example.org/a?b=1&c='2'>"))
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| <a id=\"claim-001-") }
    #expect(rows.count == 3)
    for row in rows {
      let characters = Array(row)
      let separators = characters.indices.filter { characters[$0] == "|" && ($0 == 0 || characters[$0 - 1] != "\\") }
      #expect(separators.count == 8, "\(row)")
    }
  }

  @Test("HTML: well formed, every text and attribute shows exactly what was written, nothing runs")
  func html() throws {
    let text = try ReportWorkspace.render(bench, .html).text
    #expect(!text.contains("<script>alert"))
    #expect(!text.contains("href=\"javascript:"))
    let page = try XMLTree(text)
    let marks = page.root.all("mark")
    #expect(marks.count == 3)
    for mark in marks {
      #expect(mark.attributes["title"]?.contains("Note: " + Self.note) == true)
      #expect(mark.attributes["title"]?.contains("Caveat (reviewer): " + Self.caveat) == true)
    }
    #expect(marks[0].text == "The mayor said <script>alert(\"x\")</script> & \"quotes\" | pipes, and commas were fine.")
    #expect(marks[2].text == "A third claim with &lt;b&gt; stays literal.")
    #expect(page.root.all("bdi").contains { $0.text.contains("\u{202E}reversed\u{202C}") })
    let notes = page.root.all("li").filter { $0.classes.contains("note") }
    #expect(notes.map { $0.all("q").first?.text } == (try claimTexts(bench)))
    #expect(notes.allSatisfy { $0.all("dd").contains { $0.text.contains(Self.note) } })
    let links = page.root.all("a").compactMap { $0.attributes["href"] }
    #expect(links.contains(Self.evidence[0]))
    #expect(!links.contains(Self.evidence[1]))
    #expect(page.root.all("script").allSatisfy { $0.attributes["type"] == "application/ld+json" })
  }

  @Test("CSV: RFC 4180 records that give back every field exactly; formulas are defused")
  func csv() throws {
    let records = try CSVRecords.parse(try ReportWorkspace.render(bench, .csv).text)
    #expect(records.count == 4)
    #expect(records.allSatisfy { $0.count == records[0].count })
    let header = records[0]
    func field(_ record: [String], _ name: String) throws -> String {
      record[try #require(header.firstIndex(of: name))]
    }
    #expect(try records.dropFirst().map { try field($0, "text") } == (try claimTexts(bench)))
    for record in records.dropFirst() {
      #expect(try field(record, "note") == Self.note)
      #expect(try field(record, "reviewer_caveats") == "'" + Self.caveat)
      #expect(try field(record, "evidence") == Self.evidence.joined(separator: "\n"))
      #expect(try field(record, "reviewer") == "Eve \"<b>\" O'Hara")
    }
  }

  @Test("JSON, ClaimReview and Web Annotation give back the text exactly; JSON-LD has no markup characters")
  func json() throws {
    let claims = try claimTexts(bench)
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(try ReportWorkspace.render(bench, .json).text.utf8))
        as? [String: Any])
    let stored = try #require(((json["articles"] as? [[String: Any]])?.first?["claims"]) as? [[String: Any]])
    #expect(stored.map { $0["text"] as? String } == claims)
    #expect(stored.allSatisfy { $0["note"] as? String == Self.note })

    let claimReview = try ReportWorkspace.render(bench, .claimReview).text
    #expect(!claimReview.contains("<") && !claimReview.contains(">") && !claimReview.contains("&"))
    let reviews = try #require(
      (try JSONSerialization.jsonObject(with: Data(claimReview.utf8)) as? [String: Any])?["@graph"]
        as? [[String: Any]])
    #expect(reviews.map { ($0["itemReviewed"] as? [String: Any])?["text"] as? String } == claims)
    #expect(reviews.allSatisfy { $0["reviewBody"] as? String == Self.note })

    let annotations = try ReportWorkspace.render(bench, .webAnnotation).text
    #expect(!annotations.contains("<") && !annotations.contains(">"))
    let items = try #require(
      ((try JSONSerialization.jsonObject(with: Data(annotations.utf8)) as? [String: Any])?["first"]
        as? [String: Any])?["items"] as? [[String: Any]])
    let scalars = Array(Self.article.unicodeScalars)
    for item in items {
      let selectors = try #require((item["target"] as? [String: Any])?["selector"] as? [[String: Any]])
      let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
      let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
      let start = try #require(position["start"] as? Int)
      let end = try #require(position["end"] as? Int)
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[start..<end])
      #expect(String(slice) == quote["exact"] as? String)
      let bodies = try #require(item["body"] as? [[String: Any]])
      #expect(bodies.contains { $0["purpose"] as? String == "commenting" && $0["value"] as? String == Self.note })
    }
    // The third claim starts after the emoji: code points, not UTF-16 units.
    let third = try #require(items.last)
    let position = try #require(
      ((third["target"] as? [String: Any])?["selector"] as? [[String: Any]])?.last)
    let thirdStart = try #require(position["start"] as? Int)
    #expect(Self.article.utf16.count - Self.article.unicodeScalars.count == 1)
    #expect(String(String.UnicodeScalarView(scalars[thirdStart...]).prefix(7)) == "A third")
  }
}
