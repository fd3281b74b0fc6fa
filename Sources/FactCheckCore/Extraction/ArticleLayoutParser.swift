/// Finds an article's metadata and body blocks.
///
/// Recognised layout, as in the seed articles:
/// - a first line ` date 2022-03-10 …`: the date, then either a headline (no final
///   punctuation) or the first body sentence;
/// - a first line without final punctuation followed by more text that does not
///   continue it in lowercase: a headline;
/// - a `KEY POINTS` line followed by bullet lines (`•`, `-`, `*`, `–`);
/// - body lines; a line that ends mid-sentence continues into the next non-blank
///   line when that line starts in lowercase, even across a blank line.
public struct ArticleLayoutParser: Sendable {
  /// Creates a parser.
  public init() {}

  /// The layout of `text`.
  public func parse(_ text: ArticleText) -> ArticleLayout {
    let scalars = text.scalars
    var layout = ArticleLayout()
    var lines = Self.lines(in: scalars).map { trim($0, in: scalars) }
    var index = 0
    func skipBlank() {
      while index < lines.count, lines[index].isEmpty { index += 1 }
    }
    skipBlank()
    if index < lines.count, let (date, marker, rest) = dateLine(lines[index], in: scalars) {
      layout.date = date
      layout.dateSpan = marker
      if rest.isEmpty {
        index += 1
      } else if !endsSentence(rest, in: scalars) {
        layout.headline = rest
        index += 1
      } else {
        lines[index] = rest
      }
    } else if index < lines.count, !isKeyPointsLabel(lines[index], in: scalars),
      !endsSentence(lines[index], in: scalars), lines[index].length <= 300,
      let next = lines[(index + 1)...].first(where: { !$0.isEmpty }), !ScalarClass.isLowercase(scalars[next.start])
    {
      layout.headline = lines[index]
      index += 1
    }
    var bodyLines: [TextSpan] = []
    while index < lines.count {
      let line = lines[index]
      index += 1
      if line.isEmpty { continue }
      if layout.keyPointsLabel == nil, isKeyPointsLabel(line, in: scalars) {
        layout.keyPointsLabel = line
        skipBlank()
        while index < lines.count, let bullet = bulletText(lines[index], in: scalars) {
          layout.keyPoints.append(bullet)
          index += 1
          skipBlank()
        }
        continue
      }
      bodyLines.append(bulletText(line, in: scalars) ?? line)
    }
    layout.blocks = joinContinuations(bodyLines, in: scalars)
    return layout
  }

  /// Spans of every line, without the line feed (and a carriage return before it).
  static func lines(in scalars: [Unicode.Scalar]) -> [TextSpan] {
    var lines: [TextSpan] = []
    var start = 0
    for (offset, scalar) in scalars.enumerated() where scalar == "\n" {
      lines.append(TextSpan(start: start, end: offset))
      start = offset + 1
    }
    if start < scalars.count { lines.append(TextSpan(start: start, end: scalars.count)) }
    return lines
  }

  private func trim(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> TextSpan {
    var start = span.start
    var end = span.end
    while start < end, ScalarClass.isWhitespace(scalars[start]) { start += 1 }
    while end > start, ScalarClass.isWhitespace(scalars[end - 1]) { end -= 1 }
    return TextSpan(start: start, end: end)
  }

  private func dateLine(
    _ line: TextSpan, in scalars: [Unicode.Scalar]
  ) -> (String, TextSpan, TextSpan)? {
    let keyword: [Unicode.Scalar] = ["d", "a", "t", "e", " "]
    guard line.length >= 15, Array(scalars[line.start..<line.start + 5]) == keyword else { return nil }
    let dateStart = line.start + 5
    let shape = Array("dddd-dd-dd".unicodeScalars)
    for (offset, expected) in shape.enumerated() {
      let scalar = scalars[dateStart + offset]
      guard expected == "d" ? ScalarClass.isDigit(scalar) : scalar == expected else { return nil }
    }
    let dateEnd = dateStart + shape.count
    guard dateEnd == line.end || ScalarClass.isWhitespace(scalars[dateEnd]) else { return nil }
    var date = String.UnicodeScalarView()
    date.append(contentsOf: scalars[dateStart..<dateEnd])
    let rest = trim(TextSpan(start: dateEnd, end: line.end), in: scalars)
    return (String(date), TextSpan(start: line.start, end: dateEnd), rest)
  }

  private func isKeyPointsLabel(_ line: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    var label = String.UnicodeScalarView()
    label.append(contentsOf: scalars[line.start..<line.end])
    let text = String(label).uppercased()
    return text == "KEY POINTS" || text == "KEY POINTS:"
  }

  private func bulletText(_ line: TextSpan, in scalars: [Unicode.Scalar]) -> TextSpan? {
    guard line.length >= 2 else { return nil }
    switch scalars[line.start] {
    case "•", "-", "*", "–", "·", "▪", "‣", "◦":
      guard ScalarClass.isWhitespace(scalars[line.start + 1]) else { return nil }
      return trim(TextSpan(start: line.start + 1, end: line.end), in: scalars)
    default:
      return nil
    }
  }

  /// Whether the line ends with sentence-final punctuation (possibly inside quotes).
  private func endsSentence(_ line: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    var end = line.end
    while end > line.start, ScalarClass.isClosing(scalars[end - 1]) { end -= 1 }
    guard end > line.start else { return false }
    return ScalarClass.isTerminal(scalars[end - 1])
  }

  private func joinContinuations(_ lines: [TextSpan], in scalars: [Unicode.Scalar]) -> [TextSpan] {
    var blocks: [TextSpan] = []
    for line in lines {
      if let last = blocks.last, !endsSentence(last, in: scalars), !endsWithColon(last, in: scalars),
        ScalarClass.isLowercase(scalars[line.start])
      {
        blocks[blocks.count - 1] = TextSpan(start: last.start, end: line.end)
      } else {
        blocks.append(line)
      }
    }
    return blocks
  }

  private func endsWithColon(_ line: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    line.end > line.start && scalars[line.end - 1] == ":"
  }
}
