/// Recognises the non-body lines of a news page: credits, embeds, copyright, bylines.
///
/// Works on one trimmed line at a time with plain comparisons on its scalars;
/// the patterns are the page furniture of news sites, not topic words.
enum LineRoles {
  /// The role a line has by its own text (`.body` when nothing marks it).
  static func role(of line: TextSpan, in scalars: [Unicode.Scalar]) -> BlockRole {
    // Furniture is short, or carries a link or a copyright sign: long running text is skipped cheaply.
    if line.length > 160, !scalars[line.start..<line.end].contains(where: { $0 == "/" || $0 == "©" }) {
      return .body
    }
    let text = lowercased(line, in: scalars)
    if text.contains("©") || text.hasPrefix("copyright ") || text.contains("all rights reserved")
      || boilerplatePrefixes.contains(where: { text.hasPrefix($0) })
    {
      return .boilerplate
    }
    if isEmbedLink(text) || isPostSignature(text) { return .embed }
    if isByline(line, text: text, in: scalars) || isTimeStamp(text) { return .metadata }
    if creditPrefixes.contains(where: { text.hasPrefix($0) }) { return .photoCredit }
    return .body
  }

  /// Whether the line is the signature of an embedded post: "— NEXTA (@nexta_tv) February 27, 2022".
  static func isPostSignature(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, ScalarClass.isDash(first) else { return false }
    guard text.contains("(@") else { return false }
    let digits = text.unicodeScalars.reversed().prefix(while: ScalarClass.isDigit)
    return digits.count == 4
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
      let lowered = lowercased(word, in: scalars)
      if isCapitals || agencies.contains(lowered) { sawAgency = true }
      start = word.start
      if isCapitals || agencies.contains(lowered) { break }
    }
    guard sawAgency, let start else { return nil }
    return start
  }

  // MARK: - Private

  private static let boilerplatePrefixes = [
    "read more", "related:", "related coverage", "click here", "sign up", "subscribe", "follow us", "advertisement",
    "share this", "watch:", "listen:", "download the", "this article was", "this story was", "reporting by",
    "editing by", "view this post on instagram", "a post shared by",
  ]

  private static let creditPrefixes = [
    "photo:", "photograph:", "image:", "credit:", "photo credit:", "(photo by", "photo by ",
  ]

  private static let agencies: Set<String> = [
    "afp", "ap", "reuters", "getty", "images", "epa", "efe", "anadolu", "sputnik", "tass", "xinhua", "shutterstock",
    "nurphoto", "sopa", "pool", "ria", "novosti", "bloomberg", "afp/getty",
  ]

  private static func isEmbedLink(_ text: String) -> Bool {
    text.contains("pic.twitter.com/") || text.contains("t.co/") || text.contains("instagram.com/p/")
      || text.contains("twitter.com/") && text.contains("/status/")
  }

  private static func isByline(_ line: TextSpan, text: String, in scalars: [Unicode.Scalar]) -> Bool {
    guard text.hasPrefix("by "), !ScalarClass.isTerminal(scalars[line.end - 1]) else { return false }
    let names = words(in: TextSpan(start: line.start + 3, end: line.end), of: scalars)
    return (1...6).contains(names.count)
      && names.allSatisfy { ScalarClass.isUppercase(scalars[$0.start]) || lowercased($0, in: scalars) == "and" }
  }

  private static func isTimeStamp(_ text: String) -> Bool {
    let starts = ["updated ", "published ", "posted ", "last updated", "first published"]
    guard starts.contains(where: { text.hasPrefix($0) }) else { return false }
    return text.unicodeScalars.contains(where: ScalarClass.isDigit) && text.split(separator: " ").count <= 14
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

  private static func lowercased(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span.start..<min(span.end, span.start + 200)])
    return String(view).lowercased()
  }
}
