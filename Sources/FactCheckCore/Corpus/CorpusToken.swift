/// A token of a claim with its lowercased text, for comparing claims across articles.
///
/// The analysis tokens (`SentenceWords.Token`) carry hashes so that scoring every
/// sentence makes no strings; comparing claims across a corpus looks at far fewer
/// sentences and reads better with the words themselves.
struct CorpusToken: Sendable, Hashable {
  /// Where it is in the text.
  let span: TextSpan
  /// Word, number or mark.
  let kind: SentenceWords.Token.Kind
  /// Whether the first letter is uppercase.
  let isCapitalized: Bool
  /// Whether every letter is uppercase (and there are at least two).
  let isAllCapitals: Bool
  /// The lowercased text (for a mark, the mark itself).
  let lower: String
}

extension SentenceWords {
  /// The tokens with their lowercased text.
  var corpusTokens: [CorpusToken] {
    tokens.indices.map { index in
      let token = tokens[index]
      return CorpusToken(
        span: token.span, kind: token.kind, isCapitalized: token.isCapitalized, isAllCapitals: token.isAllCapitals,
        lower: text(index))
    }
  }
}
