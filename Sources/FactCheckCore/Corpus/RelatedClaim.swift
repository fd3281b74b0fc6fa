/// A claim in another article about the same thing, and why it was found.
public struct RelatedClaim: Sendable, Hashable {
  /// The related claim.
  public var reference: ClaimReference
  /// The combined score: BM25 relative to the claim's score against itself, plus shared numbers and names.
  public var score: Double
  /// The words both claims use that weigh most (rarest in the corpus first).
  public var sharedWords: [String]
  /// The figures both state ("3,500").
  public var sharedNumbers: [String]
  /// The proper names both mention.
  public var sharedNames: [String]
  /// Whether both state a figure for the same quantity.
  public var sameQuantity: Bool
}
