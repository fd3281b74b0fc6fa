/// Finds an article's metadata and body blocks.
///
/// Recognised layout, as in the seed articles:
/// - a first line ` date 2022-03-10 …`: the date, then either a headline (no final
///   punctuation) or the first body sentence;
/// - a first line without final punctuation followed by more text that does not
///   continue it in lowercase: a headline;
/// - a `KEY POINTS` line followed by bullet lines (`•`, `-`, `*`, `–`);
/// - body lines; a line that ends mid-sentence continues into the next non-blank
///   line when that line starts in lowercase or the line ends in a word that
///   cannot end a sentence ("regions of" / "Donetsk and Lugansk."), even across
///   a blank line;
/// - a dateline opening the first paragraph ("(CNN) —", "KYIV, Ukraine (AP) —"),
///   kept out of the first claim;
/// - page furniture, each its own block with a `BlockRole`: photo credits
///   (split off the end of a caption line), captions (no final punctuation,
///   beside a credit or printed twice), subheadings, embedded posts, copyright
///   and other boilerplate, bylines and time stamps.
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
    let (blocks, roles) = classify(bodyLines, in: scalars)
    layout.blocks = blocks
    layout.roles = roles
    if let first = blocks.indices.first(where: { roles[$0] == .body }),
      let dateline = Dateline.span(atStartOf: blocks[first], in: scalars)
    {
      layout.dateline = dateline
      var body = blocks[first]
      body.start = dateline.end
      while body.start < body.end, ScalarClass.isWhitespace(scalars[body.start]) { body.start += 1 }
      layout.blocks[first] = body
    }
    return layout
  }

  /// Splits credits off lines, joins continued lines and gives every block its role.
  private func classify(_ lines: [TextSpan], in scalars: [Unicode.Scalar]) -> ([TextSpan], [BlockRole]) {
    var pieces: [(span: TextSpan, role: BlockRole)] = []
    for line in lines {
      var role = LineRoles.role(of: line, in: scalars)
      if role == .embed, LineRoles.isPostSignature(line, in: scalars), let last = pieces.indices.last,
        pieces[last].role == .body
      {
        pieces[last].role = .embed  // The post's text, above its signature line.
      }
      if role == .body, let credit = LineRoles.creditStart(in: line, of: scalars) {
        var caption = TextSpan(start: line.start, end: credit)
        while caption.end > caption.start, ScalarClass.isWhitespace(scalars[caption.end - 1]) { caption.end -= 1 }
        if !caption.isEmpty { pieces.append((caption, .caption)) }
        pieces.append((TextSpan(start: credit, end: line.end), .photoCredit))
        continue
      }
      if role == .body, let last = pieces.last, last.role == .body || last.role == .subheading,
        continues(last.span, into: line, in: scalars)
      {
        let joined = TextSpan(start: last.span.start, end: line.end)
        pieces[pieces.count - 1] = (joined, endsSentence(joined, in: scalars) ? .body : .subheading)
        continue
      }
      if role == .body, endsSentence(line, in: scalars) == false { role = .subheading }
      pieces.append((line, role))
    }
    // Lines without final punctuation: captions when printed twice or above a credit, else subheadings
    // when short, else body text whose stop was lost.
    let normalizer = ClaimText()
    let captions = Set(
      pieces.filter { $0.role == .caption }.map { normalizer.normalizedBytes(scalars, span: $0.span) })
    for index in pieces.indices where pieces[index].role == .subheading {
      let span = pieces[index].span
      let beside = index + 1 < pieces.count && pieces[index + 1].role == .photoCredit
      if beside || !captions.isEmpty && captions.contains(normalizer.normalizedBytes(scalars, span: span)) {
        pieces[index].role = .caption
      } else if wordCount(span, in: scalars) > 12 {
        pieces[index].role = .body
      }
    }
    return (pieces.map(\.span), pieces.map(\.role))
  }

  private func continues(_ previous: TextSpan, into line: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    guard !endsSentence(previous, in: scalars), !endsWithColon(previous, in: scalars) else { return false }
    return ScalarClass.isLowercase(scalars[line.start]) || endsWithLinkingWord(previous, in: scalars)
  }

  private func endsWithLinkingWord(_ line: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    var start = line.end
    while start > line.start, ScalarClass.isLetter(scalars[start - 1]) { start -= 1 }
    guard start < line.end, start == line.start || ScalarClass.isWhitespace(scalars[start - 1]),
      let key = WordKey.key(scalars, from: start, to: line.end)
    else { return false }
    return Self.linkingWords.contains(key)
  }

  /// Words that cannot end an English sentence: articles, prepositions, conjunctions, possessives.
  private static let linkingWords = WordKey.set([
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "about", "between",
    "among", "and", "or", "but", "nor", "than", "that", "which", "whose", "its", "their", "his", "her", "our",
    "your", "my", "as", "if", "because", "while", "whereas", "including", "such", "via", "per", "during",
  ])

  private func wordCount(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> Int {
    var count = 0
    var inWord = false
    for scalar in scalars[span.start..<span.end] {
      let isWord = !ScalarClass.isWhitespace(scalar)
      if isWord && !inWord { count += 1 }
      inWord = isWord
    }
    return count
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
    guard line.length == 10 || line.length == 11, scalars[line.start] == "K" || scalars[line.start] == "k" else {
      return false
    }
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

  private func endsWithColon(_ line: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    line.end > line.start && scalars[line.end - 1] == ":"
  }
}
