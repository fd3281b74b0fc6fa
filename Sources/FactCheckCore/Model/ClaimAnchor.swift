/// Where a claim sits in its article, with enough context to find it again.
///
/// Follows the W3C Web Annotation selectors: a `TextPositionSelector` (the span)
/// and a `TextQuoteSelector` (the quote with up to 32 code points of context
/// either side), so the claim can be re-anchored after the article is edited.
public struct ClaimAnchor: Sendable, Hashable {
  /// The number of code points of context kept either side of the quote.
  public static let contextLength = 32

  /// The claim's code point span in the article.
  public var span: TextSpan
  /// The exact text of the claim.
  public var quote: String
  /// Up to 32 code points immediately before the quote.
  public var prefix: String
  /// Up to 32 code points immediately after the quote.
  public var suffix: String

  /// Creates an anchor from its parts.
  public init(span: TextSpan, quote: String, prefix: String, suffix: String) {
    self.span = span
    self.quote = quote
    self.prefix = prefix
    self.suffix = suffix
  }

  /// Creates the anchor of `span` in `text`.
  public init(span: TextSpan, in text: ArticleText) {
    let before = TextSpan(start: max(0, span.start - Self.contextLength), end: span.start)
    let after = TextSpan(start: span.end, end: min(text.count, span.end + Self.contextLength))
    self.init(span: span, quote: text[span], prefix: text[before], suffix: text[after])
  }
}
