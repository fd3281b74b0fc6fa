import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("W3C Web Annotation export")
struct WebAnnotationReportTests {
  @Test("a collection of one annotation per claim with a verdict; selectors find the quote by code points")
  func structure() throws {
    let bench = ReportWorkspace.shipped()
    let report = try bench.report(articles: [], options: ReportOptions())
    let text = ReportRenderer.render(report, as: .webAnnotation).text
    let collection = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
    #expect(collection["type"] as? String == "AnnotationCollection")
    #expect((collection["id"] as? String)?.hasPrefix("urn:uuid:") == true)
    let page = try #require(collection["first"] as? [String: Any])
    #expect(page["type"] as? String == "AnnotationPage")
    let items = try #require(page["items"] as? [[String: Any]])
    #expect(collection["total"] as? Int == items.count)
    #expect(items.count == 31)
    #expect(Set(items.compactMap { $0["id"] as? String }).count == items.count)
    let articles = Dictionary(uniqueKeysWithValues: report.articles.map { ($0.file, $0.text) })
    for item in items {
      #expect(item["type"] as? String == "Annotation")
      #expect(item["motivation"] as? String == "assessing")
      #expect((item["created"] as? String)?.hasSuffix("Z") == true)
      #expect((item["creator"] as? [String: Any])?["name"] as? String == "factcheck demo")
      let bodies = try #require(item["body"] as? [[String: Any]])
      let verdict = try #require(bodies.first)
      #expect(verdict["purpose"] as? String == "assessing")
      #expect(["verified", "unverified", "disputed"].contains(verdict["value"] as? String))
      #expect(bodies.allSatisfy { ["TextualBody", "SpecificResource"].contains($0["type"] as? String) })
      let target = try #require(item["target"] as? [String: Any])
      let source = try #require(target["source"] as? [String: Any])
      #expect((source["id"] as? String)?.hasPrefix("ni:///sha-256;") == true)
      let file = try #require(source["label"] as? String)
      let article = try #require(articles[file])
      let selectors = try #require(target["selector"] as? [[String: Any]])
      let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
      let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
      let span = TextSpan(start: try #require(position["start"] as? Int), end: try #require(position["end"] as? Int))
      #expect(article[span] == quote["exact"] as? String)
      let prefix = try #require(quote["prefix"] as? String)
      let suffix = try #require(quote["suffix"] as? String)
      #expect(article[TextSpan(start: span.start - prefix.unicodeScalars.count, end: span.start)] == prefix)
      #expect(article[TextSpan(start: span.end, end: span.end + suffix.unicodeScalars.count)] == suffix)
    }
  }
}
