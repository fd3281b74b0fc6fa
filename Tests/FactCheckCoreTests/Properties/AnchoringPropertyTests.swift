import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Re-anchoring properties")
struct AnchoringPropertyTests {
  /// An article and reviews stored for some of its extracted claims.
  struct Reviewed: Sendable, CustomStringConvertible {
    var text: String
    var stored: [ClaimAnnotation]
    var description: String { "\(stored.count) claims reviewed in \(text.debugDescription)" }
  }

  static func reviewed(_ rng: inout any SeededRandomNumberGenerator) -> Reviewed {
    let text = RandomValues.article(&rng)
    let article = Fixtures.article(text)
    var stored: [ClaimAnnotation] = []
    for claim in article.extracted where Bool.random(using: &rng) {
      var review = RandomValues.review(&rng, conflict: false)
      if review.isEmpty { review.status = .verified }
      stored.append(
        ClaimAnnotation(
          id: claim.id, origin: .extracted, anchor: ClaimAnchor(span: claim.span, in: article.text), review: review))
    }
    return Reviewed(text: text, stored: stored)
  }

  /// One edit of the kind articles get: typos, insertions, deletions, moved paragraphs, reflowing, CRLF.
  static func edit(_ text: String, _ rng: inout any SeededRandomNumberGenerator) -> String {
    var scalars = Array(text.unicodeScalars)
    let position = RandomValues.int(0...scalars.count, &rng)
    switch RandomValues.int(0...6, &rng) {
    case 0:  // a typo: one scalar replaced, inserted or deleted
      let replacement = Array(RandomValues.string(0...1, &rng).unicodeScalars)
      let end = min(scalars.count, position + RandomValues.int(0...1, &rng))
      scalars.replaceSubrange(position..<end, with: replacement)
    case 1:  // a new paragraph
      let paragraph = RandomValues.article(&rng)
      let breaks = scalars.indices.filter { scalars[$0] == "\n" }
      let at = breaks.isEmpty ? 0 : breaks[RandomValues.int(0...breaks.count - 1, &rng)] + 1
      scalars.insert(contentsOf: Array(paragraph.unicodeScalars) + ["\n"], at: at)
    case 2:  // a deleted stretch
      let end = min(scalars.count, position + RandomValues.int(1...120, &rng))
      scalars.removeSubrange(position..<end)
    case 3:  // a rewritten stretch
      let end = min(scalars.count, position + RandomValues.int(1...30, &rng))
      scalars.replaceSubrange(position..<end, with: Array(RandomValues.string(1...30, &rng).unicodeScalars))
    case 4:  // reflowed: some spaces become line breaks
      for index in scalars.indices where scalars[index] == " " && RandomValues.int(0...5, &rng) == 0 {
        scalars[index] = "\n"
      }
    case 5:  // CRLF line endings
      scalars = Array(
        String(String.UnicodeScalarView(scalars)).replacingOccurrences(of: "\n", with: "\r\n").unicodeScalars)
    default:  // two paragraphs swapped
      var paragraphs = String(String.UnicodeScalarView(scalars)).components(separatedBy: "\n\n")
      if paragraphs.count > 2 {
        let first = RandomValues.int(0...paragraphs.count - 2, &rng)
        paragraphs.swapAt(first, RandomValues.int(0...paragraphs.count - 2, &rng))
      }
      scalars = Array(paragraphs.joined(separator: "\n\n").unicodeScalars)
    }
    return String(String.UnicodeScalarView(scalars))
  }

  static let unchanged = Generator<Reviewed, Shrink.None<Reviewed>> { rng in reviewed(&rng) }

  static let edited = Generator<(Reviewed, String), Shrink.None<(Reviewed, String)>> { rng in
    let original = reviewed(&rng)
    var text = original.text
    for _ in 0..<RandomValues.int(1...5, &rng) { text = edit(text, &rng) }
    return (original, text)
  }

  @Test("re-anchoring an unchanged article moves nothing, whether or not its hash was recorded")
  func unchangedMovesNothing() async {
    await propertyCheck(count: 150, input: Self.unchanged) { reviewed in
      let article = Fixtures.article(reviewed.text)
      let same = Reanchorer().anchor(reviewed.stored, recordedHash: article.sha256, in: article)
      #expect(same.report.isEmpty && !same.report.articleChanged)
      #expect(same.anchored == reviewed.stored)
      let unknown = Reanchorer().anchor(reviewed.stored, recordedHash: String(repeating: "f", count: 64), in: article)
      #expect(unknown.report.moved.isEmpty && unknown.report.orphaned.isEmpty && unknown.report.damaged.isEmpty)
      #expect(unknown.anchored == reviewed.stored)
    }
  }

  /// `review` without the text a verdict was given to.
  private static func withoutReviewedText(_ review: Review) -> Review {
    var review = review
    review.reviewedText = nil
    return review
  }

  @Test("random edits never lose a verdict: each claim re-anchors to its text, or is kept as an orphan")
  func editsLoseNothing() async {
    await propertyCheck(count: 250, input: Self.edited) { reviewed, text in
      let recorded = Article.sha256(of: Array(reviewed.text.utf8))
      let article = Fixtures.article(text)
      let outcome = Reanchorer().anchor(reviewed.stored, recordedHash: recorded, in: article)
      let all = outcome.anchored + outcome.orphans
      #expect(all.count == reviewed.stored.count)
      #expect(Set(all.map(\.id)) == Set(reviewed.stored.map(\.id)))
      // Reviews are kept as they were, but for the text a verdict moved fuzzily was given to.
      let fuzzy = Set(outcome.report.fuzzy.map(\.id))
      for claim in all {
        let before = reviewed.stored.first { $0.id == claim.id }
        #expect(Self.withoutReviewedText(claim.review) == before.map { Self.withoutReviewedText($0.review) })
        if let reviewedText = claim.review.reviewedText {
          #expect(fuzzy.contains(claim.id) && claim.review.status != .unreviewed)
          #expect(reviewedText == before.map { ClaimExtractor.displayText($0.anchor.quote) })
        } else if fuzzy.contains(claim.id), claim.review.status != .unreviewed {
          let recorded = before.map { ClaimIdentifier.normalize($0.anchor.quote) }
          #expect(ClaimIdentifier.normalize(claim.anchor.quote) == recorded)
        }
      }
      for claim in outcome.anchored {
        #expect(article.text[claim.anchor.span] == claim.anchor.quote)
      }
      #expect(Set(outcome.anchored.map(\.anchor.span)).count == outcome.anchored.count)
      #expect(outcome.orphans == reviewed.stored.filter { outcome.report.orphaned.contains($0.id) })
      // A claim whose exact text is still there, once, and is no other claim's text, is found there.
      for claim in reviewed.stored where reviewed.stored.filter({ $0.anchor.quote == claim.anchor.quote }).count == 1 {
        guard let span = Fixtures.span(of: claim.anchor.quote, in: text),
          Fixtures.span(of: claim.anchor.quote, in: text, occurrence: 2) == nil
        else { continue }
        #expect(outcome.anchored.first { $0.id == claim.id }?.anchor.span == span)
      }
      // And through the whole review: every stored claim is listed or an orphan, and would be saved.
      let review = ArticleReview(
        article: article,
        stored: ArticleAnnotations(articleFile: article.fileName, articleSHA256: recorded, claims: reviewed.stored))
      let listed = review.claims.map(\.annotation) + review.orphans
      #expect(Set(listed.map(\.id)).count == listed.count, "an id is listed twice")
      for claim in reviewed.stored {
        #expect(listed.filter { $0.id == claim.id }.map { Self.withoutReviewedText($0.review) } == [claim.review])
        #expect(review.annotations[claim.id].map { Self.withoutReviewedText($0.review) } == claim.review)
      }
    }
  }
}
