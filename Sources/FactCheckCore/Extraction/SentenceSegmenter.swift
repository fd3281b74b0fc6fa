/// Splits text into sentences, reporting code point spans.
///
/// Rule-based and allocation-light: one pass over the block's scalars finds
/// quotations and brackets (`QuotedRegions`) and run-on lists (`ListMarkers`),
/// and a second pass looks at each `.`, `!`, `?` or `…` with what comes before
/// and after it (`SentenceBoundary`). Abbreviations, initials, decimals, URLs,
/// quotations, parentheses, ellipses inside sentences and lowercase
/// continuations do not end sentences; list items and bullets start them.
///
/// Two ways to treat line breaks: inside an article block (`sentenceSpans`)
/// they are white space, because `ArticleLayoutParser` has already decided
/// which lines belong together; in plain text (`plainSentenceSpans`) a line
/// break ends a sentence unless the line was soft-wrapped (see `PlainTextLines`).
public struct SentenceSegmenter: Sendable {
  /// Creates a segmenter.
  public init() {}

  /// The sentences of plain `string`, trimmed.
  public func sentences(of string: String) -> [String] {
    let text = ArticleText(string)
    return plainSentenceSpans(in: text.scalars, within: text.fullSpan).map { text[$0] }
  }

  /// Spans of the sentences of plain text: each line is split on its own, except soft-wrapped lines.
  public func plainSentenceSpans(in scalars: [Unicode.Scalar], within range: TextSpan) -> [TextSpan] {
    var spans: [TextSpan] = []
    for line in PlainTextLines.lines(in: scalars, within: range) {
      for span in sentenceSpans(in: scalars, within: line) where !PlainTextLines.isPageNumber(span, in: scalars) {
        spans.append(span)
      }
    }
    return spans
  }

  /// Spans of the sentences inside `block` of `scalars`, trimmed; line breaks count as spaces.
  public func sentenceSpans(in scalars: [Unicode.Scalar], within block: TextSpan) -> [TextSpan] {
    var scanner = SentenceBoundary(scalars: scalars, block: block)
    return scanner.spans()
  }
}
