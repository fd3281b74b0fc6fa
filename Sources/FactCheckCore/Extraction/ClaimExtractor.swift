/// Splits an article's body into claims with stable ids and code point spans.
public struct ClaimExtractor: Sendable {
  private let segmenter = SentenceSegmenter()

  /// Creates an extractor.
  public init() {}

  /// The claims of `article`, in reading order.
  public func claims(in text: ArticleText, layout: ArticleLayout) -> [ExtractedClaim] {
    var spans: [TextSpan] = []
    for block in layout.blocks {
      spans.append(contentsOf: segmenter.sentenceSpans(in: text.scalars, within: block))
    }
    let texts = spans.map { Self.displayText(text[$0]) }
    let ids = ClaimIdentifier.ids(for: texts)
    return spans.indices.map { index in
      ExtractedClaim(id: ids[index], number: index + 1, span: spans[index], text: texts[index])
    }
  }

  /// `text` with every run of white space (line breaks included) made one space.
  public static func displayText(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if ScalarClass.isWhitespace(scalar) {
        pendingSpace = !output.isEmpty
        continue
      }
      if pendingSpace {
        output.append(" ")
        pendingSpace = false
      }
      output.append(scalar)
    }
    return String(output)
  }
}
