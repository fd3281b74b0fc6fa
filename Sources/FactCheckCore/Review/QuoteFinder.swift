/// Finds a reviewer's quotation in an article, forgiving typography.
///
/// Matching ignores case, treats curly and straight quotes and all dashes
/// alike, and treats any run of white space as one space, so a reviewer can
/// type `"Putin said"` for `“Putin said”`.
enum QuoteFinder {
  /// The span of the first match of `quote` in `text` that is not in `excluding` (see `occurrences`).
  static func find(_ quote: String, in text: ArticleText, excluding: Set<TextSpan>) -> TextSpan? {
    occurrences(of: quote, in: text, excluding: excluding).first
  }

  /// Every match of `quote` in `text` that is not in `excluding`: first those that start and end at word
  /// boundaries, then those inside words (`Russia` is found as a word before it is found in `Russian`), each in
  /// text order.
  static func occurrences(of quote: String, in text: ArticleText, excluding: Set<TextSpan>) -> [TextSpan] {
    let needle = fold(Array(quote.unicodeScalars)).map(\.scalar)
    guard !needle.isEmpty else { return [] }
    let haystack = fold(text.scalars)
    guard needle.count <= haystack.count else { return [] }
    var whole: [TextSpan] = []
    var insideWords: [TextSpan] = []
    var start = 0
    while start + needle.count <= haystack.count {
      var matched = true
      for offset in 0..<needle.count where haystack[start + offset].scalar != needle[offset] {
        matched = false
        break
      }
      if matched {
        let span = TextSpan(start: haystack[start].offset, end: haystack[start + needle.count - 1].offset + 1)
        if !excluding.contains(span) {
          if isWhole(span, in: text.scalars) { whole.append(span) } else { insideWords.append(span) }
        }
      }
      start += 1
    }
    return whole + insideWords
  }

  /// Whether `span` neither starts nor ends in the middle of a word.
  private static func isWhole(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
      scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
    if span.start > 0, isWordScalar(scalars[span.start]), isWordScalar(scalars[span.start - 1]) { return false }
    if span.end < scalars.count, isWordScalar(scalars[span.end - 1]), isWordScalar(scalars[span.end]) { return false }
    return true
  }

  /// Folded scalars with the offset each came from; white space runs become one space.
  private static func fold(_ scalars: [Unicode.Scalar]) -> [(scalar: Unicode.Scalar, offset: Int)] {
    var folded: [(scalar: Unicode.Scalar, offset: Int)] = []
    folded.reserveCapacity(scalars.count)
    var start = 0
    var end = scalars.count
    while start < end, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
    while end > start, ScalarClass.isWhitespace(scalars[end - 1]) { end -= 1 }
    var offset = start
    while offset < end {
      let scalar = scalars[offset]
      if ScalarClass.isWhitespace(scalar) {
        if folded.last?.scalar != " " { folded.append((" ", offset)) }
      } else {
        folded.append((ClaimIdentifier.fold(scalar), offset))
      }
      offset += 1
    }
    return folded
  }
}
