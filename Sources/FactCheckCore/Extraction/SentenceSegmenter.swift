/// Splits text into sentences, reporting code point spans.
///
/// Rule-based: a sentence ends at `.`, `!`, `?` or `…` (with any closing quotes
/// or brackets) followed by white space and a character that can start a
/// sentence. Abbreviations, initials, decimals and lowercase continuations do
/// not end sentences; fragments of bare punctuation join the sentence before.
public struct SentenceSegmenter: Sendable {
  /// Creates a segmenter.
  public init() {}

  /// The sentences of `string`, as trimmed strings.
  public func sentences(of string: String) -> [String] {
    let text = ArticleText(string)
    return sentenceSpans(in: text.scalars, within: text.fullSpan).map { text[$0] }
  }

  /// Spans of the sentences inside `block` of `scalars`, trimmed of white space.
  public func sentenceSpans(in scalars: [Unicode.Scalar], within block: TextSpan) -> [TextSpan] {
    var spans: [TextSpan] = []
    var start = block.start
    while start < block.end, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
    var index = start
    while index < block.end {
      guard ScalarClass.isTerminal(scalars[index]) else {
        index += 1
        continue
      }
      var after = index + 1
      while after < block.end, ScalarClass.isTerminal(scalars[after]) { after += 1 }
      while after < block.end, ScalarClass.isClosing(scalars[after]) { after += 1 }
      guard after < block.end else { break }
      guard ScalarClass.isWhitespace(scalars[after]) else {
        index = after
        continue
      }
      var next = after
      while next < block.end, ScalarClass.isWhitespace(scalars[next]) { next += 1 }
      guard next < block.end else { break }
      if isBoundary(scalars, terminal: index, runEnd: after, next: next, sentenceStart: start) {
        append(TextSpan(start: start, end: after), to: &spans, in: scalars)
        start = next
      }
      index = next
    }
    var end = block.end
    while end > start, ScalarClass.isWhitespace(scalars[end - 1]) { end -= 1 }
    if end > start { append(TextSpan(start: start, end: end), to: &spans, in: scalars) }
    return spans
  }

  private func isBoundary(
    _ scalars: [Unicode.Scalar], terminal: Int, runEnd: Int, next: Int, sentenceStart: Int
  ) -> Bool {
    let following = scalars[next]
    if ScalarClass.isLowercase(following) { return false }
    let isSingleStop =
      scalars[terminal] == "." && (terminal + 1 == runEnd || !ScalarClass.isTerminal(scalars[terminal + 1]))
      && (terminal == 0 || scalars[terminal - 1] != ".")
    if isSingleStop, Abbreviations.isAbbreviation(scalars, endingAt: terminal, from: sentenceStart) {
      // "J. Smith", "U.S. forces", "Dr. Who": a capitalised word after an
      // abbreviation usually continues the sentence; a digit does too ("No. 5").
      return false
    }
    return true
  }

  /// Appends `span`, folding fragments without letters or digits into the previous sentence.
  private func append(_ span: TextSpan, to spans: inout [TextSpan], in scalars: [Unicode.Scalar]) {
    let hasWord = scalars[span.start..<span.end].contains { ScalarClass.isLetter($0) || ScalarClass.isDigit($0) }
    if !hasWord, let last = spans.last {
      spans[spans.count - 1] = TextSpan(start: last.start, end: span.end)
    } else {
      spans.append(span)
    }
  }
}
