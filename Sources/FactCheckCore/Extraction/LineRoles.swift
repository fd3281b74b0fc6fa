/// Recognises the non-body lines of a news page: credits, embeds, copyright, bylines.
///
/// Works on one trimmed line at a time with plain comparisons on its scalars
/// (ASCII letters compared case-insensitively); the patterns are the page
/// furniture of news sites, not topic words.
enum LineRoles {
  /// The role a line has by its own text (`.body` when nothing marks it).
  static func role(of line: TextSpan, in scalars: [Unicode.Scalar]) -> BlockRole {
    // Furniture is short, or carries a link or a copyright sign: long running text is skipped cheaply.
    if line.length > 160, !scalars[line.start..<line.end].contains(where: { $0 == "/" || $0 == "©" }) {
      return .body
    }
    // Patterns are looked for in the first 200 code points; one pass notes the signs some of them need.
    let text = FoldedLine(scalars: scalars, span: TextSpan(start: line.start, end: min(line.end, line.start + 200)))
    var hasCopyrightSign = false
    var hasSlash = false
    var hasAt = false
    for index in text.span.start..<text.span.end {
      switch scalars[index] {
      case "©": hasCopyrightSign = true
      case "/": hasSlash = true
      case "@": hasAt = true
      default: break
      }
    }
    if hasCopyrightSign || text.hasPrefix(Pattern.copyright) || text.contains(Pattern.allRightsReserved)
      || Pattern.boilerplatePrefixes.contains(where: text.hasPrefix)
    {
      return .boilerplate
    }
    if hasSlash && isEmbedLink(text) || hasAt && isPostSignature(text) { return .embed }
    if isByline(line, text: text, in: scalars) || isTimeStamp(text) { return .metadata }
    if Pattern.creditPrefixes.contains(where: text.hasPrefix) { return .photoCredit }
    return .body
  }

  /// Whether the line is the signature of an embedded post: "— NEXTA (@nexta_tv) February 27, 2022".
  static func isPostSignature(_ line: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    isPostSignature(FoldedLine(scalars: scalars, span: line))
  }

  private static func isPostSignature(_ text: FoldedLine) -> Bool {
    guard let first = text.first, ScalarClass.isDash(first), text.contains(Pattern.postHandle) else { return false }
    var digits = 0
    var index = text.span.end - 1
    while index >= text.span.start, ScalarClass.isDigit(text.scalars[index]) {
      digits += 1
      index -= 1
    }
    return digits == 4
  }

  /// The start of a photo credit at the end of `line` ("… soldiers AFP / Sergei SUPINSKY"), if there is one.
  ///
  /// A credit is "SOURCE / Name": one to three capitalised words before a slash,
  /// one of them in capitals or a known picture agency, and one to four
  /// capitalised words after it, with no final punctuation.
  static func creditStart(in line: TextSpan, of scalars: [Unicode.Scalar]) -> Int? {
    guard line.length > 3, !ScalarClass.isTerminal(scalars[line.end - 1]) else { return nil }
    var slash = line.end - 1
    while slash > line.start, scalars[slash] != "/" { slash -= 1 }
    guard scalars[slash] == "/", slash > line.start else { return nil }
    let after = words(in: TextSpan(start: slash + 1, end: line.end), of: scalars)
    guard (1...4).contains(after.count), after.allSatisfy({ ScalarClass.isUppercase(scalars[$0.start]) }) else {
      return nil
    }
    let before = words(in: TextSpan(start: line.start, end: slash), of: scalars)
    var start: Int?
    var sawAgency = false
    for word in before.reversed().prefix(3) {
      guard ScalarClass.isUppercase(scalars[word.start]) else { break }
      let isCapitals = word.length >= 2 && scalars[word.start..<word.end].allSatisfy { !ScalarClass.isLowercase($0) }
      let isAgency = agencies.contains(WordHash.hash(scalars, from: word.start, to: word.end))
      if isCapitals || isAgency { sawAgency = true }
      start = word.start
      if isCapitals || isAgency { break }
    }
    guard sawAgency, let start else { return nil }
    return start
  }

  // MARK: - Private

  /// The patterns, lowercased.
  private enum Pattern {
    static let copyright = scalars("copyright ")
    static let allRightsReserved = scalars("all rights reserved")
    static let postHandle = scalars("(@")
    static let by = scalars("by ")
    static let and = scalars("and")
    static let boilerplatePrefixes = [
      "read more", "related:", "related coverage", "click here", "sign up", "subscribe", "follow us", "advertisement",
      "share this", "watch:", "listen:", "download the", "this article was", "this story was", "reporting by",
      "editing by", "view this post on instagram", "a post shared by",
    ].map(scalars)
    static let creditPrefixes = [
      "photo:", "photograph:", "image:", "credit:", "photo credit:", "(photo by", "photo by ",
    ].map(scalars)
    static let embedLinks = ["pic.twitter.com/", "t.co/", "instagram.com/p/"].map(scalars)
    static let twitter = scalars("twitter.com/")
    static let status = scalars("/status/")
    static let timeStampStarts = ["updated ", "published ", "posted ", "last updated", "first published"].map(scalars)

    static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }
  }

  /// Picture agencies whose name marks a credit, by `WordHash` key.
  private static let agencies: Set<UInt64> = Set(
    [
      "afp", "ap", "reuters", "getty", "images", "epa", "efe", "anadolu", "sputnik", "tass", "xinhua", "shutterstock",
      "nurphoto", "sopa", "pool", "ria", "novosti", "bloomberg", "afp/getty",
    ].map(WordHash.hash))

  private static func isEmbedLink(_ text: FoldedLine) -> Bool {
    Pattern.embedLinks.contains(where: text.contains) || text.contains(Pattern.twitter) && text.contains(Pattern.status)
  }

  private static func isByline(_ line: TextSpan, text: FoldedLine, in scalars: [Unicode.Scalar]) -> Bool {
    guard text.hasPrefix(Pattern.by), !ScalarClass.isTerminal(scalars[line.end - 1]) else { return false }
    let names = words(in: TextSpan(start: line.start + 3, end: line.end), of: scalars)
    return (1...6).contains(names.count)
      && names.allSatisfy {
        ScalarClass.isUppercase(scalars[$0.start])
          || FoldedLine(scalars: scalars, span: $0).equals(Pattern.and)
      }
  }

  private static func isTimeStamp(_ text: FoldedLine) -> Bool {
    guard Pattern.timeStampStarts.contains(where: text.hasPrefix) else { return false }
    return text.scalars[text.span.start..<text.span.end].contains(where: ScalarClass.isDigit)
      && text.spaceSeparatedPieces <= 14
  }

  private static func words(in span: TextSpan, of scalars: [Unicode.Scalar]) -> [TextSpan] {
    var words: [TextSpan] = []
    var index = span.start
    while index < span.end {
      while index < span.end, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
      let start = index
      while index < span.end, !ScalarClass.isWhitespace(scalars[index]) { index += 1 }
      if index > start { words.append(TextSpan(start: start, end: index)) }
    }
    return words
  }
}

/// A span of text compared with lowercase patterns, letter case folded as it is read (no string is made).
struct FoldedLine {
  let scalars: [Unicode.Scalar]
  let span: TextSpan

  /// The first scalar, if any.
  var first: Unicode.Scalar? { span.isEmpty ? nil : scalars[span.start] }

  @inline(__always)
  private func folded(_ index: Int) -> Unicode.Scalar { WordHash.fold(scalars[index]) }

  /// Whether the text starts with `pattern`.
  func hasPrefix(_ pattern: [Unicode.Scalar]) -> Bool {
    matches(pattern, at: span.start)
  }

  /// Whether the text is `pattern`.
  func equals(_ pattern: [Unicode.Scalar]) -> Bool {
    span.length == pattern.count && matches(pattern, at: span.start)
  }

  /// Whether `pattern` occurs in the text.
  func contains(_ pattern: [Unicode.Scalar]) -> Bool {
    guard let head = pattern.first, pattern.count <= span.length else { return false }
    var index = span.start
    let last = span.end - pattern.count
    while index <= last {
      if folded(index) == head, matches(pattern, at: index) { return true }
      index += 1
    }
    return false
  }

  /// The number of pieces the text splits into at spaces (empty pieces left out).
  var spaceSeparatedPieces: Int {
    var count = 0
    var inPiece = false
    for index in span.start..<span.end {
      let isPiece = scalars[index] != " "
      if isPiece && !inPiece { count += 1 }
      inPiece = isPiece
    }
    return count
  }

  @inline(__always)
  private func matches(_ pattern: [Unicode.Scalar], at start: Int) -> Bool {
    guard start + pattern.count <= span.end else { return false }
    for (offset, expected) in pattern.enumerated() where folded(start + offset) != expected { return false }
    return true
  }
}
