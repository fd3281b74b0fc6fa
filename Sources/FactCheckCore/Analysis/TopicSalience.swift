import Foundation

/// How much a sentence is about what its document keeps talking about.
///
/// Fact-checkers check the claims a speech or article is built on, and those
/// repeat its main content words. Each content word (four letters or more, not
/// a function word) counts by how often the whole document uses it; a sentence's
/// salience is the mean of the logarithms of those counts. Unsupervised and
/// computed per document, so it carries no vocabulary from any training or
/// evaluation file. Words are compared by the hash of their lowercased,
/// lightly stemmed text, so no strings are made.
public struct TopicSalience: Sendable {
  /// How many sentences use each content word.
  private let counts: KeyTable<Int>
  /// The distinct content words of each sentence of the document, in order.
  private let sentences: [[UInt64]]

  /// Counts the content words of every sentence of a document.
  public init(_ documents: [SentenceWords]) {
    sentences = documents.map(Self.contentWords)
    counts = KeyTable(counting: sentences)
  }

  /// The salience of one sentence of the document (0 when it has no repeated content words).
  public func salience(_ words: SentenceWords) -> Double {
    salience(of: Self.contentWords(words))
  }

  /// The salience of the document's sentence at `index`.
  public func salience(ofSentenceAt index: Int) -> Double {
    salience(of: sentences[index])
  }

  private func salience(of content: [UInt64]) -> Double {
    guard !content.isEmpty else { return 0 }
    var total = 0.0
    for word in content { total += log(Double(max(1, counts[word] ?? 1))) }
    return total / Double(content.count)
  }

  /// The distinct stemmed content words of a sentence.
  private static func contentWords(_ words: SentenceWords) -> [UInt64] {
    var keys: [UInt64] = []
    for token in words.tokens
    where token.kind == .word && token.span.length >= 4 && !token.classes.contains(.functionWord) {
      let key = stem(token, in: words.scalars)
      if !keys.contains(key) { keys.append(key) }
    }
    return keys
  }

  /// The key of a word with a light plural stem, so that "wall" and "walls" count together.
  private static func stem(_ token: SentenceWords.Token, in scalars: [Unicode.Scalar]) -> UInt64 {
    let start = token.span.start
    let end = token.span.end
    let length = end - start
    func folded(_ offset: Int) -> Unicode.Scalar { WordHash.fold(scalars[end - offset]) }
    if length > 4, folded(3) == "i", folded(2) == "e", folded(1) == "s" {
      let hash = WordHash.hash(scalars, from: start, to: end - 3)
      return (hash ^ UInt64(("y" as Unicode.Scalar).value)) &* WordHash.prime  // "policies" is "policy".
    }
    if length > 4, folded(1) == "s", folded(2) != "s" {
      return WordHash.hash(scalars, from: start, to: end - 1)
    }
    return token.key
  }
}
