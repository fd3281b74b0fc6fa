/// A claim's words as cross-article matching sees them: stems, proper names, clauses and their polarity.
public struct ClaimTerms: Sendable {
  /// The distinct stems of the content words (stop words left out), sorted.
  ///
  /// Proper names count by their root (`NameKey.root`), so that "Russia" and "Russian" are one word. BM25 reads
  /// them, with `stemCounts`, as the claim's document.
  public let stems: [String]
  /// How many times each of `stems` occurs in the claim.
  public let stemCounts: [Int32]
  /// The stems whose first word as written differs from the stem, with that word, sorted by stem (see
  /// `surface(of:)`): a corpus holds hundreds of thousands of claims, and most words are their own stem.
  private let surfaces: [(stem: String, word: String)]
  /// The proper names (capitalised words not at a sentence start, or known names there), in order.
  public let names: [NameKey]
  /// The proper names outside the excluded spans: those of what is said, not of who says it.
  public let contentNames: [NameKey]
  /// The clauses that can oppose another claim's, in order: those with a subject that negate, or that affirm
  /// (`Clause.canAffirm`).
  public let clauses: [Clause]
  /// Whether any clause negates.
  public let isNegated: Bool

  /// Marks after which a capitalised word starts a sentence.
  static let sentenceOpeners: Set<String> = [".", "!", "?", "“", "\"", "‘", "(", "[", ":", "—"]

  /// The terms of `words` in `text`.
  ///
  /// `knownNames` holds the lowercase words seen capitalised inside sentences of the corpus, so that a capitalised
  /// word at a sentence start counts as a name only if it is one elsewhere. Words inside `excluded` spans (the
  /// attribution: who says it, not what is said) give no stems and no content names. With `claimText` (the claim's
  /// display text), the clauses' texts are slices of it instead of strings of their own.
  public init(
    _ words: SentenceWords, in text: ArticleText, knownNames: Set<String>, excluded: [TextSpan] = [],
    claimText: String? = nil
  ) {
    let tokens = words.corpusTokens
    var tokenStems: [String?] = Array(repeating: nil, count: tokens.count)
    var surfaces: [String: String] = [:]
    var stemCount = 0
    var names: [NameKey] = []
    var contentNames: [NameKey] = []
    var sentenceStart = true
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      switch token.kind {
      case .mark:
        if Self.sentenceOpeners.contains(token.lower) { sentenceStart = true }
        index += 1
        continue
      case .number:
        sentenceStart = false
        index += 1
        continue
      case .word:
        break
      }
      if let acronym = Self.dottedAcronym(tokens, at: index) {
        if let key = NameKey(acronym.text) {
          names.append(key)
          contentNames.append(key)
          tokenStems[index] = key.key
          stemCount += 1
          surfaces[key.key] = key.key
        }
        index = acronym.end
        sentenceStart = false
        continue
      }
      let isName =
        token.isCapitalized && !StopWords.contains(token.lower)
        && (!sentenceStart || knownNames.contains(token.lower) || token.isAllCapitals)
      let isExcluded = excluded.contains { $0.overlaps(token.span) }
      if isName, let key = NameKey(token.lower) {
        names.append(key)
        if !isExcluded { contentNames.append(key) }
      }
      if !isExcluded, !StopWords.contains(token.lower), token.lower.count > 1 {
        let stem = isName ? NameKey.root(token.lower) : LightStemmer.stem(token.lower)
        tokenStems[index] = stem
        stemCount += 1
        if surfaces[stem] == nil { surfaces[stem] = token.lower }
      }
      sentenceStart = false
      index += 1
    }
    // Arrays of their exact size: appending leaves up to twice the room, kept as long as the index.
    var counts: [String: Int32] = [:]
    counts.reserveCapacity(stemCount)
    for case let stem? in tokenStems { counts[stem, default: 0] += 1 }
    let stems = counts.keys.sorted()
    self.stems = stems
    stemCounts = stems.map { counts[$0] ?? 0 }
    self.surfaces = surfaces.filter { $0.key != $0.value }.map { (stem: $0.key, word: $0.value) }.sorted {
      $0.stem < $1.stem
    }
    self.names = Self.fitted(names)
    // Most claims name no one in an attribution: then both lists are one array.
    self.contentNames = contentNames == names ? self.names : Self.fitted(contentNames)
    let clauses = ClauseSplitter(tokens, in: text, stems: tokenStems).clauses()
    isNegated = clauses.contains(where: \.isNegated)
    self.clauses = Self.fitted(
      clauses.filter { !$0.subject.isEmpty && ($0.isNegated || $0.canAffirm) }.map { clause in
        var fitted = clause
        fitted.text = Self.slice(clause.text, of: claimText)
        fitted.stems = Self.fitted(clause.stems)
        fitted.subject = Self.fitted(clause.subject)
        return fitted
      })
  }

  /// `text` as a slice of `whole` when `whole` holds the same bytes, else as it is.
  private static func slice(_ text: Substring, of whole: String?) -> Substring {
    guard let whole, !text.isEmpty else { return text }
    let needle = Array(text.utf8)
    let haystack = whole.utf8
    var start = haystack.startIndex
    while let first = haystack[start...].firstIndex(of: needle[0]) {
      if haystack[first...].starts(with: needle) {
        // A match starts with the lead byte of a scalar, so its indices are scalar boundaries.
        return whole[first..<haystack.index(first, offsetBy: needle.count)]
      }
      start = haystack.index(after: first)
    }
    return text
  }

  /// `array` in storage of its exact size.
  private static func fitted<Element>(_ array: [Element]) -> [Element] {
    var fitted: [Element] = []
    fitted.reserveCapacity(array.count)
    fitted.append(contentsOf: array)
    return fitted
  }

  /// The first word of the claim with stem `stem` as written, lowercase ("conscripted" for `conscript`); the stem
  /// itself when it is not one of the claim's.
  public func surface(of stem: String) -> String {
    let low = surfaces.partitioningIndex { $0.stem >= stem }
    return low < surfaces.count && surfaces[low].stem == stem ? surfaces[low].word : stem
  }

  /// Lowercase words written capitalised inside a sentence (not first in it), across `claims`.
  public static func namesInsideSentences(_ claims: [SentenceWords]) -> Set<String> {
    var names: Set<String> = []
    for words in claims {
      var sentenceStart = true
      for token in words.corpusTokens {
        switch token.kind {
        case .mark:
          if sentenceOpeners.contains(token.lower) { sentenceStart = true }
        case .number:
          sentenceStart = false
        case .word:
          if token.isCapitalized, !sentenceStart, !StopWords.contains(token.lower) { names.insert(token.lower) }
          sentenceStart = false
        }
      }
    }
    return names
  }

  /// An acronym written with dots between single capitals (`U.S.`, `U.K.`) starting at `index`.
  private static func dottedAcronym(_ tokens: [CorpusToken], at index: Int) -> (text: String, end: Int)? {
    var text = ""
    var cursor = index
    while cursor + 1 < tokens.count, tokens[cursor].kind == .word, tokens[cursor].lower.count == 1,
      tokens[cursor].isCapitalized, tokens[cursor + 1].lower == "."
    {
      text += tokens[cursor].lower.uppercased() + "."
      cursor += 2
    }
    return text.count >= 4 ? (text, cursor) : nil
  }
}
