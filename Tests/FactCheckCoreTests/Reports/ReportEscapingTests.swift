import Foundation
import Plot
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Escaping untrusted text, format by format")
struct ReportEscapingTests {
  @Test("Markdown: syntax characters are escaped, controls made visible, line breaks kept in cells")
  func markdown() {
    #expect(MarkdownText.inline("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>")
    #expect(MarkdownText.cell("a | b\nc") == "a \\| b<br>c")
    #expect(
      MarkdownText.inline("*bold* _it_ `code` [x](y) ~s~ !") == "\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](y) \\~s\\~ \\!")
    #expect(MarkdownText.inline("# heading") == "\\# heading")
    #expect(MarkdownText.inline("- item") == "\\- item")
    #expect(MarkdownText.inline("12. item") == "12\\. item")
    #expect(MarkdownText.inline("in 2022. Then") == "in 2022. Then")
    #expect(MarkdownText.inline("&lt;b&gt; & co") == "\\&lt;b\\&gt; & co")
    #expect(MarkdownText.inline("evil \u{202E}txt\u{202C}") == "evil ⟨U+202E⟩txt⟨U+202C⟩")
    #expect(MarkdownText.inline("bell\u{07}") == "bell⟨U+0007⟩")
    #expect(MarkdownText.evidence("https://example.org/a?b=1") == "<https://example.org/a?b=1>")
    #expect(MarkdownText.evidence("javascript:alert(1)") == "javascript:alert(1)")
  }

  @Test("HTML: Plot's text keeps entities, so ampersands are escaped first; attributes are escaped completely")
  func html() {
    let text: Node<HTML.BodyContext> = HTMLText.text("<b>&lt;i&gt; & \"q\"</b>")
    #expect(text.render() == "&lt;b&gt;&amp;lt;i&amp;gt; &amp; \"q\"&lt;/b&gt;")
    // Plot alone would keep "&lt;" as an entity and show "<i>":
    #expect(Node<HTML.BodyContext>.text("&lt;i&gt;").render() == "&lt;i&gt;")
    #expect(HTMLText.attributeValue("a\" onmouseover=\"x' <b> &") == "a&quot; onmouseover=&quot;x&#39; &lt;b&gt; &amp;")
    let isolated: Node<HTML.BodyContext> = HTMLText.text("a \u{202E}b")
    #expect(isolated.render() == "<bdi>a \u{202E}b</bdi>")
    #expect(HTMLText.cleaned("a\u{0}b\u{1B}c\u{85}d\tok\n") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\tok\n")
  }

  @Test("CSV: RFC 4180 quoting; text that a spreadsheet would run as a formula is defused")
  func csv() throws {
    #expect(CSVField.quoted("plain") == "plain")
    #expect(CSVField.quoted("a, b") == "\"a, b\"")
    #expect(CSVField.quoted("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(CSVField.quoted("two\nlines") == "\"two\nlines\"")
    #expect(CSVField.text("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(CSVField.text("+1") == "'+1")
    #expect(CSVField.text("@cmd") == "'@cmd")
    let record = ["a", "b, c", "d \"e\"", "f\ng"].map(CSVField.quoted).joined(separator: ",") + "\r\n"
    #expect(try CSVRecords.parse(record) == [["a", "b, c", "d \"e\"", "f\ng"]])
  }

  @Test("JSON-LD: markup characters become escapes, so the JSON can sit inside a script element")
  func jsonLD() throws {
    let text = JSONLDText.document(.object(["note": JSONNode(.string("</script><b>&"))]))
    #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
    let decoded = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]
    #expect(decoded?["note"] == "</script><b>&")
  }

  @Test("identifiers: ni URIs name the article's hash, UUIDs are stable and well formed")
  func identifiers() {
    // 30 zero bytes, then 0xFB 0xFF: base64 "…AAA+/8=", base64url without padding "…AAA-_8".
    let hash = String(repeating: "0", count: 60) + "fbff"
    #expect(JSONLDText.namedInformation(sha256: hash) == "ni:///sha-256;" + String(repeating: "A", count: 40) + "-_8")
    let uuid = JSONLDText.uuid("x")
    #expect(uuid == JSONLDText.uuid("x"))
    #expect(uuid != JSONLDText.uuid("y"))
    let parts = uuid.dropFirst("urn:uuid:".count).split(separator: "-")
    #expect(parts.map(\.count) == [8, 4, 4, 4, 12])
    #expect(parts[2].first == "8")
    #expect(["8", "9", "a", "b"].contains(parts[3].first))
  }

  @Test("anchors are safe and distinct for any article name")
  func slugs() {
    #expect(VerificationReport.slug("002") == "002")
    #expect(VerificationReport.slug("a\"><b") == "a_22_3e_3cb")
    #expect(VerificationReport.slug("a b") != VerificationReport.slug("a_b"))
  }
}
