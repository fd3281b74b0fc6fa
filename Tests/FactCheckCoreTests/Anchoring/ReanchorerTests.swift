import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Re-anchoring edited articles")
struct ReanchorerTests {
  static let original = Fixtures.article
  static let cost = "The council said the barrier cost 41 million euros and took three years to build."
  static let mayor = "The mayor claimed that insurance premiums would fall by a fifth within two years."
  static let experts = "Independent experts could not confirm that figure."
  static let failed =
    "A similar barrier in a neighbouring town failed twice in its first winter, according to local reports."

  /// Stored claims for four sentences of the fixture, each with its own verdict.
  private func stored() throws -> [ClaimAnnotation] {
    [
      try #require(Fixtures.claim("cost", quoting: Self.cost, in: Self.original, status: .verified)),
      try #require(Fixtures.claim("mayor", quoting: Self.mayor, in: Self.original, status: .disputed)),
      try #require(Fixtures.claim("experts", quoting: Self.experts, in: Self.original, status: .unverified)),
      try #require(Fixtures.claim("failed", quoting: Self.failed, in: Self.original, status: .verified)),
    ]
  }

  private func reanchor(_ claims: [ClaimAnnotation], editedTo text: String) -> Reanchorer.Outcome {
    Reanchorer().anchor(
      claims, recordedHash: Article.sha256(of: Array(Self.original.utf8)), in: Fixtures.article(text))
  }

  /// Checks that every anchored claim's quote is the text at its span, and reviews are untouched but for the text
  /// a verdict found fuzzily was given to.
  private func expectConsistent(_ outcome: Reanchorer.Outcome, in text: String, stored: [ClaimAnnotation]) {
    let article = ArticleText(text)
    let fuzzy = Set(outcome.report.fuzzy.map(\.id))
    for claim in outcome.anchored {
      #expect(article[claim.anchor.span] == claim.anchor.quote)
      let before = stored.first { $0.id == claim.id }
      var review = claim.review
      if fuzzy.contains(claim.id), let before,
        ClaimIdentifier.normalize(before.anchor.quote) != ClaimIdentifier.normalize(claim.anchor.quote)
      {
        // Other words: the verdict keeps the text it was given to. (Reflowed lines are the same words.)
        #expect(review.reviewedText == ClaimExtractor.displayText(before.anchor.quote))
        review.reviewedText = nil
      }
      #expect(before?.review == review)
    }
    #expect(Set(outcome.anchored.map(\.id) + outcome.orphans.map(\.id)) == Set(stored.map(\.id)))
    #expect(outcome.anchored.count + outcome.orphans.count == stored.count)
  }

  @Test("an unchanged article moves nothing and reports nothing")
  func unchanged() throws {
    let claims = try stored()
    let outcome = reanchor(claims, editedTo: Self.original)
    #expect(outcome.report.isEmpty)
    #expect(!outcome.report.articleChanged)
    #expect(outcome.anchored == claims)
  }

  @Test("an inserted paragraph moves every later claim by its exact quote")
  func insertedParagraph() throws {
    let claims = try stored()
    let text = Self.original.replacingOccurrences(
      of: "The council said", with: "Storms have grown stronger.\n\nThe council said")
    let outcome = reanchor(claims, editedTo: text)
    expectConsistent(outcome, in: text, stored: claims)
    #expect(outcome.orphans.isEmpty)
    #expect(outcome.report.moved.map(\.id) == ["cost", "mayor", "experts", "failed"])
    #expect(outcome.report.moved.allSatisfy { $0.method == .exactQuote && $0.score == 1 })
    #expect(outcome.report.moved.allSatisfy { $0.to.start == $0.from.start + 29 })
  }

  @Test("a typo fixed inside a claim is a fuzzy match with its score; the verdict moves with it")
  func typoFixed() throws {
    let claims = try stored()
    let fixed = "The mayor claimed that insurance premiums would fall by one fifth within two years."
    let text = Self.original.replacingOccurrences(of: Self.mayor, with: fixed)
    let outcome = reanchor(claims, editedTo: text)
    expectConsistent(outcome, in: text, stored: claims)
    let move = try #require(outcome.report.moved.first { $0.id == "mayor" })
    #expect(move.isFuzzy)
    #expect(move.score > 0.95 && move.score < 1)
    #expect(outcome.anchored.first { $0.id == "mayor" }?.anchor.quote == fixed)
    #expect(outcome.anchored.first { $0.id == "mayor" }?.review.status == .disputed)
    #expect(outcome.report.fuzzy.map(\.id) == ["mayor"])
  }

  @Test("reflowed text (hard-wrapped lines) re-anchors every claim")
  func reflowed() throws {
    let claims = try stored()
    var text = ""
    for line in Self.original.split(separator: "\n", omittingEmptySubsequences: false) {
      var column = 0
      for word in line.split(separator: " ") {
        if column > 0, column + word.count > 40 {
          text += "\n"
          column = 0
        } else if column > 0 {
          text += " "
          column += 1
        }
        text += word
        column += word.count
      }
      text += "\n"
    }
    let outcome = reanchor(claims, editedTo: text)
    expectConsistent(outcome, in: text, stored: claims)
    #expect(outcome.orphans.isEmpty)
    #expect(outcome.report.fuzzy.count == 4)
    #expect(outcome.report.fuzzy.allSatisfy { $0.score > 0.9 })
  }

  @Test("CRLF line endings keep every claim; none is orphaned")
  func crlf() throws {
    let claims = try stored()
    let text = Self.original.replacingOccurrences(of: "\n", with: "\r\n")
    let outcome = reanchor(claims, editedTo: text)
    expectConsistent(outcome, in: text, stored: claims)
    #expect(outcome.orphans.isEmpty)
    #expect(outcome.anchored.map(\.anchor.quote) == claims.map(\.anchor.quote))
  }

  @Test("a deleted sentence is an orphan; its verdict is not given to a neighbour")
  func deletedSentence() throws {
    let claims = try stored()
    let text = Self.original.replacingOccurrences(of: Self.experts + "\n", with: "")
    let outcome = reanchor(claims, editedTo: text)
    expectConsistent(outcome, in: text, stored: claims)
    #expect(outcome.orphans.map(\.id) == ["experts"])
    #expect(outcome.report.orphaned == ["experts"])
  }

  @Test("a deleted sentence's verdict does not jump to a near-identical neighbour that took its place")
  func similarNeighbours() throws {
    let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    let sentences = days.enumerated().map {
      "Station \($0 + 1) recorded \($0 * 37 % 100) millimetres of rain on \($1)."
    }
    let original = sentences.joined(separator: " ") + "\n"
    let claims = [
      try #require(Fixtures.claim("s3", quoting: sentences[2], in: original, status: .verified)),
      try #require(Fixtures.claim("s5", quoting: sentences[4], in: original, status: .disputed)),
    ]
    let text = original.replacingOccurrences(of: sentences[2] + " ", with: "")
      .replacingOccurrences(of: "Station 5 recorded 48", with: "Station 5 recorded 49")
    let outcome = Reanchorer().anchor(
      claims, recordedHash: Article.sha256(of: Array(original.utf8)), in: Fixtures.article(text))
    #expect(outcome.orphans.map(\.id) == ["s3"])
    #expect(outcome.report.fuzzy.map(\.id) == ["s5"])
    #expect(outcome.anchored.first?.anchor.quote == "Station 5 recorded 49 millimetres of rain on Friday.")
    // Without the neighbour rule, the deleted sentence would have matched its neighbours well enough.
    let matcher = QuoteMatcher(text: Array(text.unicodeScalars))
    let selector = QuoteMatcher.Selector(claims[0].anchor)
    let candidates = matcher.approximateCandidates(for: selector)
    #expect(
      matcher.best(of: candidates, for: selector, minimumScore: Reanchorer.minimumFuzzyScore) { _ in true } != nil)
  }

  @Test("a rewritten sentence scoring under the threshold is an orphan, not a guess")
  func rewrittenSentence() throws {
    let claims = try stored()
    let text = Self.original.replacingOccurrences(
      of: Self.failed, with: "Reports from the next town along say that its own barrier never once failed.")
    let outcome = reanchor(claims, editedTo: text)
    expectConsistent(outcome, in: text, stored: claims)
    #expect(outcome.orphans.map(\.id) == ["failed"])
  }

  @Test("a fuzzy match needs its context: an edited claim is found beside its old neighbours, orphaned without them")
  func fuzzyNeedsContext() throws {
    let claims = try stored()
    let edited = "The mayor said that home insurance premiums might drop by 20% within three years."
    let kept = Self.original.replacingOccurrences(of: Self.mayor, with: edited)
    let found = reanchor(claims, editedTo: kept)
    let move = try #require(found.report.fuzzy.first { $0.id == "mayor" })
    #expect(move.score >= Reanchorer.minimumFuzzyScore && move.score < 0.9)
    let rewritten = Self.original.replacingOccurrences(
      of: "Residents welcomed the project, although some complained about the noise during construction. "
        + Self.mayor + " " + Self.experts,
      with: "Several shop owners are still unconvinced. " + edited + " Nobody else has checked this.")
    let lost = reanchor(claims, editedTo: rewritten)
    #expect(lost.orphans.map(\.id) == ["mayor", "experts"])
    expectConsistent(lost, in: rewritten, stored: claims)
  }

  @Test("two claims quoting the same text keep their own occurrences when the text moves")
  func repeatedText() throws {
    let caption = "Photo: the barrier at high tide."
    let first = try #require(Fixtures.claim("caption", quoting: caption, in: Self.original, status: .verified))
    let second = try #require(
      Fixtures.claim("caption-2", quoting: caption, in: Self.original, occurrence: 2, status: .disputed))
    let text = "Breaking: flood warning lifted.\n\n" + Self.original
    let outcome = reanchor([first, second], editedTo: text)
    let spans = Dictionary(uniqueKeysWithValues: outcome.anchored.map { ($0.id, $0.anchor.span) })
    #expect(spans["caption"] == Fixtures.span(of: caption, in: text, occurrence: 1))
    #expect(spans["caption-2"] == Fixtures.span(of: caption, in: text, occurrence: 2))
  }

  @Test("when only one of two claims on the same text can be placed, the other is an orphan")
  func oneOccurrenceLeft() throws {
    let caption = "Photo: the barrier at high tide."
    let first = try #require(Fixtures.claim("caption", quoting: caption, in: Self.original, status: .verified))
    let second = try #require(
      Fixtures.claim("caption-2", quoting: caption, in: Self.original, occurrence: 2, status: .disputed))
    let secondSpan = try #require(Fixtures.span(of: caption, in: Self.original, occurrence: 2))
    var scalars = Array(Self.original.unicodeScalars)
    scalars.removeSubrange(secondSpan.start..<secondSpan.end + 1)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    let outcome = reanchor([first, second], editedTo: String(view))
    #expect(outcome.anchored.map(\.id) == ["caption"])
    #expect(outcome.orphans.map(\.id) == ["caption-2"])
  }

  @Test("anchors that contradict an unchanged article are reported as damaged and found by their quote")
  func damagedAnchors() throws {
    var claims = try stored()
    claims[0].anchor.span = TextSpan(start: 100_000, end: 100_082)
    claims[1].anchor.span = TextSpan(start: 0, end: claims[1].anchor.quote.unicodeScalars.count)
    let outcome = reanchor(claims, editedTo: Self.original)
    #expect(!outcome.report.articleChanged)
    let count = Self.original.unicodeScalars.count
    #expect(
      outcome.report.damaged == [
        .init(id: "cost", span: TextSpan(start: 100_000, end: 100_082), problem: .outsideText(length: count)),
        .init(id: "mayor", span: claims[1].anchor.span, problem: .quoteDiffers),
      ])
    #expect(outcome.orphans.isEmpty)
    #expect(outcome.anchored.map(\.anchor) == (try stored()).map(\.anchor))
  }

  @Test("an empty article orphans every claim and keeps them")
  func emptyArticle() throws {
    let claims = try stored()
    let outcome = reanchor(claims, editedTo: "")
    #expect(outcome.anchored.isEmpty)
    #expect(outcome.orphans == claims)
  }
}
