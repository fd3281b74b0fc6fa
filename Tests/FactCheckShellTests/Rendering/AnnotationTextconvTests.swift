import FactCheckCore
import TestSupport
import Testing

@testable import FactCheckShell

@Suite("textconv rendering")
struct AnnotationTextconvTests {
  @Test("one line per claim: id, verdict, quote, then note, caveats, evidence, conflict and who")
  func lines() {
    var first = Samples.claim(
      "5aa21f7f88dc", start: 0, quote: "The ministry said the budget grew by 4% in 2025 according to its own report.",
      status: .disputed, note: "the audit office says 2%")
    first.review.caveats = [
      Caveat(text: "could not independently verify", origin: .article, cue: "could not"),
      Caveat(text: "one side", origin: .reviewer),
    ]
    first.review.evidence = ["https://example.org/a", "page 4"]
    var second = Samples.claim(
      "a4dc73bc0ef8-2", start: 90, quote: "Critics\nsaid so.", status: .verified, reviewer: "Bo")
    second.origin = .added
    second.review.conflict = ReviewConflict(
      alternatives: [Review(status: .unverified, note: "one source", reviewer: "Cy"), Review(status: .disputed)],
      base: Review(status: .verified))
    var third = Samples.claim("673a6de19a4f", start: 120, quote: "Not a claim.", status: .unverified)
    third.review.dismissed = true
    var annotations = Samples.annotations([first, second, third], file: "001_budget.txt")
    annotations.articleSHA256 = String(repeating: "ab", count: 32)
    let text = AnnotationTextconv.render(annotations)
    #expect(
      text == """
        article 001_budget.txt
        sha256 abababababababababababababababababababababababababababababababab
        claim 5aa21f7f88dc    disputed    "The ministry said the budget grew by 4% in 2025 according…"  note: the audit \
        office says 2%  caveats: [publication] could not independently verify; one side  evidence: \
        https://example.org/a; page 4  — Ada 2026-01-01T00:00:00Z
        claim a4dc73bc0ef8-2  verified    "Critics said so."  [added by a reviewer]  CONFLICT theirs: unverified  note: \
        one source (by Cy); also: disputed; base: verified  — Bo 2026-01-01T00:00:00Z
        claim 673a6de19a4f    dismissed   "Not a claim."  verdict: unverified  — Ada 2026-01-01T00:00:00Z

        """)
  }

  @Test("a merge of sides anchored in different article versions says so instead of a hash")
  func mixedHash() {
    let text = AnnotationTextconv.render(Samples.annotations([]))
    #expect(text == "article a.txt\nsha256 (merged from two versions of the article; checked again when opened)\n")
  }

  @Test("control characters in notes cannot break a line or reach the terminal")
  func hostile() {
    let claim = Samples.claim("x", start: 0, quote: "A claim.", note: "line one\nline two \u{1B}[31mred")
    let text = AnnotationTextconv.render(Samples.annotations([claim]))
    #expect(text.split(separator: "\n").count == 3)
    #expect(!text.contains("\u{1B}"))
  }

  @Test("an unreadable file is shown as it is after a warning line")
  func unreadable() {
    let bytes = Array("<<<<<<< HEAD\n{}\n".utf8)
    let error = AnnotationFileError(.syntax, file: "a.json", message: "unexpected character")
    #expect(
      AnnotationTextconv.renderUnreadable(bytes, error: error)
        == "factcheck: not a valid annotation file (a.json: unexpected character); shown as it is\n<<<<<<< HEAD\n{}\n")
  }
}
