/// A claim as the reviewer sees it: numbered, anchored, with its review.
public struct Claim: Sendable, Hashable, Identifiable {
  /// The 1-based number in reading order, for typing (`verify 3`).
  public var number: Int
  /// The stored form: id, origin, anchor and review.
  public var annotation: ClaimAnnotation
  /// The claim's text with white space collapsed.
  public var text: String

  /// Creates a claim.
  public init(number: Int, annotation: ClaimAnnotation, text: String) {
    self.number = number
    self.annotation = annotation
    self.text = text
  }

  /// The stable id.
  public var id: String { annotation.id }
  /// The review.
  public var review: Review { annotation.review }
  /// The code point span in the article.
  public var span: TextSpan { annotation.anchor.span }
}
