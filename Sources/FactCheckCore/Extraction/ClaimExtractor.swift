/// Splits an article's body into claims with stable ids and code point spans.
public struct ClaimExtractor: Sendable {
  private let segmenter = SentenceSegmenter()

  /// Creates an extractor.
  public init() {}

  /// The claims of `article`, in reading order.
  public func claims(in text: ArticleText, layout: ArticleLayout) -> [ExtractedClaim] {
    var spans: [TextSpan] = []
    var roles: [BlockRole] = []
    for (index, block) in layout.blocks.enumerated() {
      let role = layout.role(ofBlockAt: index)
      let first = spans.count
      for span in segmenter.sentenceSpans(in: text.scalars, within: block) {
        // A fragment of bare punctuation ("attack. .") belongs to the sentence before it.
        if spans.count > first, !Self.hasWord(span, in: text.scalars) {
          spans[spans.count - 1].end = span.end
        } else {
          spans.append(span)
          roles.append(role)
        }
      }
    }
    let texts = spans.map { Self.displayText(text[$0]) }
    let ids = ClaimIdentifier.ids(for: texts)
    return spans.indices.map { index in
      ExtractedClaim(id: ids[index], number: index + 1, span: spans[index], text: texts[index], role: roles[index])
    }
  }

  private static func hasWord(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    scalars[span.start..<span.end].contains(where: ScalarClass.isAlphanumeric)
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
