/// One claim as stored in an annotation file: identity, anchor and review.
public struct ClaimAnnotation: Sendable, Hashable, Identifiable {
  /// The claim's stable id, derived from its normalised text.
  public var id: String
  /// Whether the splitter found the claim or a reviewer added it.
  public var origin: ClaimOrigin
  /// Where the claim sits in the article.
  public var anchor: ClaimAnchor
  /// The reviewer's judgement.
  public var review: Review

  /// Creates a stored claim.
  public init(id: String, origin: ClaimOrigin, anchor: ClaimAnchor, review: Review) {
    self.id = id
    self.origin = origin
    self.anchor = anchor
    self.review = review
  }

  /// Whether the file must keep this claim: it carries a review or was added by hand.
  public var isWorthKeeping: Bool {
    origin == .added || !review.isEmpty
  }
}
