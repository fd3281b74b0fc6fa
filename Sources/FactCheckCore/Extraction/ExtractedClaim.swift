/// A claim as the extractor finds it in an article, before any review.
public struct ExtractedClaim: Sendable, Hashable, Identifiable {
  /// The stable id (see `ClaimIdentifier`).
  public var id: String
  /// The 1-based position in reading order among the article's extracted claims.
  public var number: Int
  /// The code point span in the article.
  public var span: TextSpan
  /// The claim's text with white space collapsed, for display.
  public var text: String
  /// The role of the block the claim was split from (body text, caption, credit…).
  public var role: BlockRole

  /// Creates an extracted claim.
  public init(id: String, number: Int, span: TextSpan, text: String, role: BlockRole = .body) {
    self.id = id
    self.number = number
    self.span = span
    self.text = text
    self.role = role
  }
}
