/// A sentence cut into words, numbers and marks, for the analysis features.
///
/// Words are runs of letters (an apostrophe splits them: "didn’t" is "didn",
/// "t"); numbers are runs of digits with inner `,` or `.`; every other
/// non-space scalar is a mark. Tokens carry a hash of their lowercased text
/// (`WordHash`) and the `Lexicon` classes of their word, so that matching them
/// makes no strings.
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
    /// The hash of the lowercased text (see `WordHash`).
    public var key: UInt64
    /// The lexicon classes of a word (none for numbers and marks).
    public var classes: WordClasses
    /// The first scalar: for a mark, the mark itself.
    public var scalar: Unicode.Scalar
    /// Whether the first letter is uppercase.
    public var isCapitalized: Bool
    /// Whether every letter is uppercase (and there are at least two).
    public var isAllCapitals: Bool

    /// Whether the token is the word whose hash is `key`.
    @inline(__always)
    func `is`(_ key: UInt64) -> Bool { self.key == key }

    /// Whether the token is the mark `mark`.
    @inline(__always)
    func isMark(_ mark: Unicode.Scalar) -> Bool { kind == .mark && scalar == mark }

    /// Whether the word is in one of `classes`.
    @inline(__always)
    func isIn(_ classes: WordClasses) -> Bool { !self.classes.isDisjoint(with: classes) }
  }

  /// The tokens, in order.
  public let tokens: [Token]
  /// The text the tokens point into.
  public let scalars: [Unicode.Scalar]

  /// Tokenizes `span` of `scalars`.
  public init(_ scalars: [Unicode.Scalar], span: TextSpan) {
    self.scalars = scalars
    var tokens: [Token] = []
    tokens.reserveCapacity(span.length / 4)
    let classTable = WordClasses.table
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
        var hash = WordHash.offsetBasis
        while index < span.end {
          let letter = scalars[index]
          let value = letter.value
          if value < 0x80 {
            // ASCII: a letter whatever its case once bit 5 is set; uppercase below "a".
            let lowered = value | 0x20
            guard lowered >= 0x61 && lowered <= 0x7A else { break }
            if value < 0x61 { upper += 1 }
            hash = (hash ^ UInt64(lowered)) &* WordHash.prime
          } else {
            guard ScalarClass.isLetter(letter) else { break }
            if ScalarClass.isUppercase(letter) { upper += 1 }
            hash = (hash ^ UInt64(WordHash.fold(letter).value)) &* WordHash.prime
          }
          letters += 1
          index += 1
        }
        tokens.append(
          Token(
            span: TextSpan(start: start, end: index), kind: .word, key: hash, classes: classTable[hash] ?? [],
            scalar: scalar, isCapitalized: ScalarClass.isUppercase(scalar),
            isAllCapitals: letters >= 2 && upper == letters))
      } else if ScalarClass.isDigit(scalar) {
        while index < span.end,
          ScalarClass.isDigit(scalars[index])
            || ((scalars[index] == "," || scalars[index] == ".") && index + 1 < span.end
              && ScalarClass.isDigit(scalars[index + 1]))
        {
          index += 1
        }
        tokens.append(
          Token(
            span: TextSpan(start: start, end: index), kind: .number,
            key: WordHash.hash(scalars, from: start, to: index), classes: [], scalar: scalar, isCapitalized: false,
            isAllCapitals: false))
      } else {
        index += 1
        tokens.append(
          Token(
            span: TextSpan(start: start, end: index), kind: .mark,
            key: WordHash.hash(scalars, from: start, to: index), classes: [], scalar: scalar, isCapitalized: false,
            isAllCapitals: false))
      }
    }
    self.tokens = tokens
  }

  /// The number of word and number tokens.
  public var wordCount: Int { tokens.reduce(0) { $0 + ($1.kind == .mark ? 0 : 1) } }

  /// The lowercased text of the token at `index` (for display and rare checks; matching uses keys).
  public func text(_ index: Int) -> String {
    WordHash.lowercased(scalars, from: tokens[index].span.start, to: tokens[index].span.end)
  }

  /// The index of the first token at `offset` where the words `phrase` (keys) follow one another.
  func find(_ phrase: [UInt64], from offset: Int = 0) -> Int? {
    guard let first = phrase.first, offset < tokens.count else { return nil }
    var start = offset
    while start < tokens.count {
      if tokens[start].key == first, matches(phrase, at: start) != nil { return start }
      start += 1
    }
    return nil
  }

  /// The index one past the last token of `phrase` (keys) matched at `start`, or `nil`.
  func matches(_ phrase: [UInt64], at start: Int) -> Int? {
    var index = start
    for word in phrase {
      guard index < tokens.count, tokens[index].key == word else { return nil }
      index += 1
    }
    return index
  }
}

/// Hash keys of the words the analysis matches by name, computed once.
enum Words {
  /// The keys of `words`, in order.
  static func keys(_ words: [String]) -> [UInt64] { words.map(WordHash.hash) }

  static let according = WordHash.hash("according")
  static let to = WordHash.hash("to")
  static let from = WordHash.hash("from")
  static let by = WordHash.hash("by")
  static let and = WordHash.hash("and")
  static let the = WordHash.hash("the")
  static let a = WordHash.hash("a")
  static let one = WordHash.hash("one")
  static let they = WordHash.hash("they")
  static let it = WordHash.hash("it")
  static let may = WordHash.hash("may")
  static let can = WordHash.hash("can")
  static let could = WordHash.hash("could")
  static let not = WordHash.hash("not")
  static let t = WordHash.hash("t")
  static let unable = WordHash.hash("unable")
  static let that = WordHash.hash("that")
  static let you = WordHash.hash("you")
  static let your = WordHash.hash("your")
  static let i = WordHash.hash("i")
  static let identity = WordHash.hash("identity")
  static let anonymity = WordHash.hash("anonymity")
  static let anonymous = WordHash.hash("anonymous")
  static let unnamed = WordHash.hash("unnamed")
  static let unidentified = WordHash.hash("unidentified")
  static let comment = WordHash.hash("comment")
  static let claims = WordHash.hash("claims")
  static let claim = WordHash.hash("claim")
  static let inAStatement = keys(["in", "a", "statement"])
  static let accordingTo = keys(["according", "to"])
  static let wasNot = keys(["was", "not"])
  static let inContrast = keys(["in", "contrast"])
  static let onTheContrary = keys(["on", "the", "contrary"])
}
