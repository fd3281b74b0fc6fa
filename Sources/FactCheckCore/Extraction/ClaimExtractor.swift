/// Splits an article's body into claims with stable ids and code point spans.
public struct ClaimExtractor: Sendable {
  private let segmenter = SentenceSegmenter()

  /// Creates an extractor.
  public init() {}

  /// The claims of `article`, in reading order.
  public func claims(in text: ArticleText, layout: ArticleLayout) -> [ExtractedClaim] {
    let (spans, roles) = sentences(in: text, layout: layout)
    let builder = ClaimText()
    var texts: [String] = []
    var bases: [String] = []
    texts.reserveCapacity(spans.count)
    bases.reserveCapacity(spans.count)
    for span in spans {
      let (claimText, base) = builder.textAndBaseID(text.scalars, span: span)
      texts.append(claimText)
      bases.append(base)
    }
    let ids = ClaimIdentifier.disambiguated(bases)
    return spans.indices.map { index in
      ExtractedClaim(id: ids[index], number: index + 1, span: spans[index], text: texts[index], role: roles[index])
    }
  }

  /// The ids of the claims of `article`, in reading order: what `claims(in:layout:)` gives, without their texts.
  ///
  /// For callers that only count or match claims (progress over a whole archive): it skips making
  /// each claim's display text.
  public func ids(in text: ArticleText, layout: ArticleLayout) -> [String] {
    outline(in: text, layout: layout).ids
  }

  /// The ids and spans of the claims of `text`, in reading order: `claims(in:layout:)` without texts and roles.
  public func outline(in text: ArticleText, layout: ArticleLayout) -> (ids: [String], spans: [TextSpan]) {
    let (spans, _) = sentences(in: text, layout: layout)
    let builder = ClaimText()
    return (ClaimIdentifier.disambiguated(spans.map { builder.baseID(text.scalars, span: $0) }), spans)
  }

  /// The ids of the claims of an article file's bytes, decoded as `Article` decodes them: the layout and ids
  /// without the analysis.
  public func ids(ofArticleBytes bytes: [UInt8]) -> [String] {
    let text = ArticleText(String(decoding: bytes, as: UTF8.self))
    return ids(in: text, layout: ArticleLayoutParser().parse(text))
  }

  /// The spans of the claims of `text`, in reading order: what `claims(in:layout:)` gives, without texts or ids.
  public func spans(in text: ArticleText, layout: ArticleLayout) -> [TextSpan] {
    sentences(in: text, layout: layout).spans
  }

  /// The claim spans of the body blocks and each one's block role.
  private func sentences(in text: ArticleText, layout: ArticleLayout) -> (spans: [TextSpan], roles: [BlockRole]) {
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
    return (spans, roles)
  }

  private static func hasWord(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    scalars[span.start..<span.end].contains(where: ScalarClass.isAlphanumeric)
  }

  /// `scalars[span]` with every run of white space made one space, trimmed: `displayText` without the
  /// intermediate string.
  public static func displayText(_ scalars: [Unicode.Scalar], span: TextSpan) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(span.length)
    var pendingSpace = false
    for index in span.start..<span.end {
      let scalar = scalars[index]
      if ScalarClass.isWhitespace(scalar) {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      ClaimText.append(scalar, to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `text` with every run of white space (line breaks included) made one space.
  public static func displayText(_ text: String) -> String {
    // Bytes first, then a string of their exact size (appending to a string leaves it up to twice the room).
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for scalar in text.unicodeScalars {
      if ScalarClass.isWhitespace(scalar) {
        pendingSpace = !bytes.isEmpty
        continue
      }
      if pendingSpace {
        bytes.append(0x20)
        pendingSpace = false
      }
      ClaimText.append(scalar, to: &bytes)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
