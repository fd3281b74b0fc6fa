/// A claim as the reviewer sees it: numbered, anchored, with its review.
public struct Claim: Sendable, Hashable, Identifiable {
  /// The 1-based number in reading order, for typing (`verify 3`).
  public var number: Int
  /// The stored form: id, origin, anchor and review.
  public var annotation: ClaimAnnotation
  /// The claim's text with white space collapsed.
  public var text: String
  /// Kind, check-worthiness, source and the publication's caveats, as the analysis found them.
  public var analysis: ClaimAnalysis

  /// Creates a claim.
  public init(
    number: Int, annotation: ClaimAnnotation, text: String,
    analysis: ClaimAnalysis = ClaimAnalysis(kind: .factual, score: 0)
  ) {
    self.number = number
    self.annotation = annotation
    self.text = text
    self.analysis = analysis
  }

  /// The publication's caveats to show: those stored with the review, then those detected and not yet stored.
  public var publicationCaveats: [Caveat] {
    let stored = review.caveats.filter { $0.origin == .article }
    let detected = analysis.caveats.map(\.stored).filter { !stored.contains($0) }
    return stored + detected
  }

  /// The stable id.
  public var id: String { annotation.id }
  /// The review.
  public var review: Review { annotation.review }
  /// The code point span in the article.
  public var span: TextSpan { annotation.anchor.span }
}
