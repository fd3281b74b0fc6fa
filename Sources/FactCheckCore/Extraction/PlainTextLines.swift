/// Line handling and trimming for plain text, shared by the segmenter.
///
/// In plain text a line break ends a sentence, as in a list or a form. A line
/// that ends in a space or tab and is followed by a line starting in lowercase
/// or with "(" was soft-wrapped (the convention of format=flowed text, RFC 3676)
/// and continues. Sentences are trimmed of white space, of HTML tags (also
/// written as `&lt;…&gt;`) and of decorative runs such as `////` or `*****`.
enum PlainTextLines {
  /// The lines of `scalars[range]`, soft-wrapped lines joined; blank lines are left out.
  static func lines(in scalars: [Unicode.Scalar], within range: TextSpan) -> [TextSpan] {
    var lines: [TextSpan] = []
    var start = range.start
    var index = range.start
    var pendingStart: Int?
    func close(_ end: Int, next: Int) {
      let lineStart = pendingStart ?? start
      let softWrap =
        end > start && (scalars[end - 1] == " " || scalars[end - 1] == "\t")
        && continuesInLowercase(scalars, next, range.end)
      if softWrap {
        pendingStart = lineStart
      } else {
        if hasContent(scalars, lineStart, end) { lines.append(TextSpan(start: lineStart, end: end)) }
        pendingStart = nil
      }
    }
    while index < range.end {
      let scalar = scalars[index]
      guard ScalarClass.isLineBreak(scalar) else {
        index += 1
        continue
      }
      var next = index + 1
      if scalar == "\r", next < range.end, scalars[next] == "\n" { next += 1 }
      close(index, next: next)
      index = next
      start = next
    }
    pendingStart = pendingStart ?? (start < range.end ? start : nil)
    if let lineStart = pendingStart, hasContent(scalars, lineStart, range.end) {
      lines.append(TextSpan(start: lineStart, end: range.end))
    }
    return lines
  }

  /// Whether `span` is only a number on a line of its own: a page number, not a sentence.
  static func isPageNumber(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    guard span.length <= 4 else { return false }
    guard span.start == 0 || ScalarClass.isLineBreak(scalars[span.start - 1]) else { return false }
    guard span.end == scalars.count || ScalarClass.isLineBreak(scalars[span.end]) else { return false }
    return scalars[span.start..<span.end].allSatisfy(ScalarClass.isDigit)
  }

  /// `span` without white space, markup tags or decoration at either end; `nil` when nothing is left.
  static func trimmed(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> TextSpan? {
    var start = span.start
    var end = span.end
    var changed = true
    while changed, start < end {
      changed = false
      while start < end, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
      while end > start, ScalarClass.isWhitespace(scalars[end - 1]) { end -= 1 }
      if start < end, let tagEnd = tagLength(scalars, at: start, upper: end) {
        start += tagEnd
        changed = true
      }
      if start < end, let tagStart = tagStart(scalars, endingAt: end, lower: start) {
        end = tagStart
        changed = true
      }
      let decoration = decorationRun(scalars, from: start, upper: end)
      if decoration > 0 {
        start += decoration
        changed = true
      }
      let trailing = trailingDecorationRun(scalars, to: end, lower: start)
      if trailing > 0 {
        end -= trailing
        changed = true
      }
    }
    return start < end ? TextSpan(start: start, end: end) : nil
  }

  private static func continuesInLowercase(_ scalars: [Unicode.Scalar], _ index: Int, _ upper: Int) -> Bool {
    var offset = index
    while offset < upper, scalars[offset] == " " || scalars[offset] == "\t" { offset += 1 }
    guard offset < upper else { return false }
    return ScalarClass.isLowercase(scalars[offset]) || scalars[offset] == "("
  }

  private static func hasContent(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
    var offset = start
    while offset < end {
      if !ScalarClass.isWhitespace(scalars[offset]) { return true }
      offset += 1
    }
    return false
  }

  // MARK: - Markup and decoration

  private static let longestTag = 300

  /// The length of an HTML tag (`<p>`, `</div>`, `<img src="…">`) or an escaped one (`&lt;b&gt;`) at `start`.
  private static func tagLength(_ scalars: [Unicode.Scalar], at start: Int, upper: Int) -> Int? {
    if scalars[start] == "<", start + 1 < upper {
      let first = scalars[start + 1]
      guard first.value < 0x80, ScalarClass.isLetter(first) || first == "/" || first == "!" else { return nil }
      var offset = start + 1
      while offset < upper, offset - start < longestTag {
        if scalars[offset] == ">" { return offset + 1 - start }
        if scalars[offset] == "<" { return nil }
        offset += 1
      }
      return nil
    }
    if matches(scalars, at: start, upper: upper, "&lt;") {
      var offset = start + 4
      while offset + 3 < upper, offset - start < longestTag {
        if matches(scalars, at: offset, upper: upper, "&gt;") { return offset + 4 - start }
        offset += 1
      }
    }
    return nil
  }

  /// The start of a tag that ends at `end`, if one does.
  private static func tagStart(_ scalars: [Unicode.Scalar], endingAt end: Int, lower: Int) -> Int? {
    if scalars[end - 1] == ">" {
      var offset = end - 2
      while offset >= lower, end - offset < longestTag {
        if scalars[offset] == "<" {
          return tagLength(scalars, at: offset, upper: end) == end - offset ? offset : nil
        }
        if scalars[offset] == ">" { return nil }
        offset -= 1
      }
      return nil
    }
    if end - lower >= 8, matches(scalars, at: end - 4, upper: end, "&gt;") {
      var offset = end - 8
      while offset >= lower, end - offset < longestTag {
        if matches(scalars, at: offset, upper: end, "&lt;") { return offset }
        offset -= 1
      }
    }
    return nil
  }

  private static func matches(_ scalars: [Unicode.Scalar], at start: Int, upper: Int, _ literal: String) -> Bool {
    var offset = start
    for scalar in literal.unicodeScalars {
      guard offset < upper, scalars[offset] == scalar else { return false }
      offset += 1
    }
    return true
  }

  /// Whether `scalar` can make up a decorative rule (`////`, `*****`, `=====`, `~~~`, `#####`, `____`).
  private static func isDecoration(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "/", "*", "=", "~", "#", "_", "+", "\\", "|": true
    default: false
    }
  }

  /// The length of a run of at least three identical decoration marks at `start`.
  private static func decorationRun(_ scalars: [Unicode.Scalar], from start: Int, upper: Int) -> Int {
    guard start < upper, isDecoration(scalars[start]) else { return 0 }
    var offset = start + 1
    while offset < upper, scalars[offset] == scalars[start] { offset += 1 }
    return offset - start >= 3 ? offset - start : 0
  }

  /// The length of a run of at least three identical decoration marks ending at `end`.
  private static func trailingDecorationRun(_ scalars: [Unicode.Scalar], to end: Int, lower: Int) -> Int {
    guard end > lower, isDecoration(scalars[end - 1]) else { return 0 }
    var offset = end - 1
    while offset > lower, scalars[offset - 1] == scalars[end - 1] { offset -= 1 }
    return end - offset >= 3 ? end - offset : 0
  }
}
