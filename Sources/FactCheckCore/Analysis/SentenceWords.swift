/// A sentence cut into words, numbers and marks, for the analysis features.
///
/// Words are runs of letters (an apostrophe splits them: "didn’t" is "didn",
/// "t"); numbers are runs of digits with inner `,` or `.`; every other
/// non-space scalar is a mark. Words keep a lowercased copy for matching.
public struct SentenceWords: Sendable {
  /// One token.
  public struct Token: Sendable, Hashable {
    /// What the token is.
    public enum Kind: Sendable, Hashable {
      case word
      case number
      case mark
    }

    /// Where it is in the text.
    public var span: TextSpan
    /// What it is.
    public var kind: Kind
    /// The lowercased text (for marks, the mark itself).
    public var lower: String
    /// Whether the first letter is uppercase.
    public var isCapitalized: Bool
    /// Whether every letter is uppercase (and there are at least two).
    public var isAllCapitals: Bool
  }

  /// The tokens, in order.
  public let tokens: [Token]

  /// Tokenizes `span` of `scalars`.
  public init(_ scalars: [Unicode.Scalar], span: TextSpan) {
    var tokens: [Token] = []
    var index = span.start
    while index < span.end {
      let scalar = scalars[index]
      if ScalarClass.isWhitespace(scalar) {
        index += 1
        continue
      }
      let start = index
      if ScalarClass.isLetter(scalar) {
        var upper = 0
        var letters = 0
        while index < span.end, ScalarClass.isLetter(scalars[index]) {
          if ScalarClass.isUppercase(scalars[index]) { upper += 1 }
          letters += 1
          index += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<index])
        tokens.append(
          Token(
            span: TextSpan(start: start, end: index), kind: .word, lower: String(view).lowercased(),
            isCapitalized: ScalarClass.isUppercase(scalar), isAllCapitals: letters >= 2 && upper == letters))
      } else if ScalarClass.isDigit(scalar) {
        while index < span.end,
          ScalarClass.isDigit(scalars[index])
            || ((scalars[index] == "," || scalars[index] == ".") && index + 1 < span.end
              && ScalarClass.isDigit(scalars[index + 1]))
        {
          index += 1
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<index])
        tokens.append(
          Token(
            span: TextSpan(start: start, end: index), kind: .number, lower: String(view), isCapitalized: false,
            isAllCapitals: false))
      } else {
        index += 1
        tokens.append(
          Token(
            span: TextSpan(start: start, end: index), kind: .mark, lower: String(Character(scalar)),
            isCapitalized: false, isAllCapitals: false))
      }
    }
    self.tokens = tokens
  }

  /// The number of word and number tokens.
  public var wordCount: Int { tokens.reduce(0) { $0 + ($1.kind == .mark ? 0 : 1) } }

  /// The index of the first token at `offset` where the words `phrase` follow one another (marks between words
  /// other than apostrophes stop a match).
  func find(_ phrase: [String], from offset: Int = 0) -> Int? {
    guard !phrase.isEmpty, offset < tokens.count else { return nil }
    var start = offset
    while start < tokens.count {
      if matches(phrase, at: start) != nil { return start }
      start += 1
    }
    return nil
  }

  /// The index one past the last token of `phrase` matched at `start`, or `nil`.
  func matches(_ phrase: [String], at start: Int) -> Int? {
    var index = start
    for word in phrase {
      guard index < tokens.count, tokens[index].lower == word else { return nil }
      index += 1
    }
    return index
  }
}
