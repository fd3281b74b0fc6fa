/// The word features of a sentence for the check-worthiness model: its words and the pairs of words in a row.
///
/// The sentence is read as a stream of terms: each word lowercased, every
/// number as `#`, and the signs `%` and `$` (`€` and `£` count as `$`). A term
/// and the next one form a pair ("# percent", "we will") unless punctuation
/// other than an apostrophe stands between them. Each distinct term or pair
/// counts once. Terms are keyed by `WordHash`, so scoring makes no strings.
public enum LexicalTerms {
  /// The term every number stands for.
  public static let numberTerm = "#"
  static let numberKey = WordHash.hash(numberTerm)
  static let percentKey = WordHash.hash("%")
  static let currencyKey = WordHash.hash("$")

  /// The distinct keys of the sentence's terms and pairs, sorted.
  public static func keys(_ words: SentenceWords) -> [UInt64] {
    var keys: [UInt64] = []
    keys.reserveCapacity(words.tokens.count * 2)
    var previous: UInt64?
    for token in words.tokens {
      guard let key = term(token) else {
        if !isApostrophe(token) { previous = nil }
        continue
      }
      keys.append(key)
      if let previous { keys.append(WordHash.combine(previous, key)) }
      previous = key
    }
    keys.sort()
    var unique = 0
    for index in keys.indices where index == 0 || keys[index] != keys[index - 1] {
      keys[unique] = keys[index]
      unique += 1
    }
    keys.removeLast(keys.count - unique)
    return keys
  }

  /// Calls `body` with the key of each distinct term and pair of the sentence (in no set order); returns how many.
  ///
  /// The scoring path: a small open-addressing set on the stack drops repeats, so nothing is sorted or
  /// allocated on the heap.
  @inline(__always)
  public static func forEachDistinctKey(_ words: SentenceWords, _ body: (UInt64) -> Void) -> Int {
    var capacity = 16
    while capacity < words.tokens.count * 4 { capacity *= 2 }
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: capacity) { seen in
      seen.initialize(repeating: 0)
      let mask = capacity - 1
      var count = 0
      func visit(_ key: UInt64) {
        guard key != 0 else { return }
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
        while seen[slot] != 0 {
          if seen[slot] == key { return }
          slot = (slot + 1) & mask
        }
        seen[slot] = key
        count += 1
        body(key)
      }
      var previous: UInt64?
      let (number, percent, currency) = (numberKey, percentKey, currencyKey)
      for token in words.tokens {
        let key: UInt64
        switch token.kind {
        case .word: key = token.key
        case .number: key = number
        case .mark:
          switch token.scalar {
          case "%": key = percent
          case "$", "€", "£": key = currency
          case "'", "’": continue
          default:
            previous = nil
            continue
          }
        }
        visit(key)
        if let previous { visit(WordHash.combine(previous, key)) }
        previous = key
      }
      return count
    }
  }

  /// The sentence's terms and pairs as text with their keys, in reading order, each once (for training).
  public static func named(_ words: SentenceWords, in scalars: [Unicode.Scalar]) -> [(key: UInt64, name: String)] {
    var named: [(key: UInt64, name: String)] = []
    var seen = Set<UInt64>()
    var previous: (key: UInt64, name: String)?
    for token in words.tokens {
      guard let key = term(token) else {
        if !isApostrophe(token) { previous = nil }
        continue
      }
      let name: String
      switch key {
      case numberKey: name = numberTerm
      case percentKey: name = "%"
      case currencyKey: name = "$"
      default: name = WordHash.lowercased(scalars, from: token.span.start, to: token.span.end)
      }
      if seen.insert(key).inserted { named.append((key, name)) }
      if let previous {
        let pair = WordHash.combine(previous.key, key)
        if seen.insert(pair).inserted { named.append((pair, previous.name + " " + name)) }
      }
      previous = (key, name)
    }
    return named
  }

  /// The key of the term a token stands for, or `nil` for punctuation.
  @inline(__always)
  private static func term(_ token: SentenceWords.Token) -> UInt64? {
    switch token.kind {
    case .word: return token.key
    case .number: return numberKey
    case .mark:
      switch token.scalar {
      case "%": return percentKey
      case "$", "€", "£": return currencyKey
      default: return nil
      }
    }
  }

  @inline(__always)
  private static func isApostrophe(_ token: SentenceWords.Token) -> Bool {
    token.isMark("'") || token.isMark("’")
  }
}
