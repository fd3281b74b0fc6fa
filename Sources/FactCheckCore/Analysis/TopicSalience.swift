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
  /// The logarithm of how many sentences use each content word.
  private let logCounts: KeyTable<Double>
  /// The distinct content words of all the document's sentences, one after the other.
  private let words: [UInt64]
  /// Where each sentence's words start in `words` (and, last, where they end).
  private let starts: [Int]

  /// Counts the content words of every sentence of a document.
  public init(_ documents: [SentenceWords]) {
    var words: [UInt64] = []
    var starts: [Int] = []
    starts.reserveCapacity(documents.count + 1)
    for sentence in documents {
      starts.append(words.count)
      Self.appendContentWords(of: sentence, to: &words)
    }
    starts.append(words.count)
    self.words = words
    self.starts = starts
    logCounts = KeyTable(counting: [words]).mapValues { log(Double(max(1, $0))) }
  }

  /// The salience of one sentence of the document (0 when it has no repeated content words).
  public func salience(_ words: SentenceWords) -> Double {
    var content: [UInt64] = []
    Self.appendContentWords(of: words, to: &content)
    return salience(of: content[...])
  }

  /// The salience of the document's sentence at `index`.
  public func salience(ofSentenceAt index: Int) -> Double {
    salience(of: words[starts[index]..<starts[index + 1]])
  }

  private func salience(of content: ArraySlice<UInt64>) -> Double {
    guard !content.isEmpty else { return 0 }
    var total = 0.0
    for word in content { total += logCounts[word] ?? 0 }
    return total / Double(content.count)
  }

  /// Appends the distinct stemmed content words of a sentence.
  private static func appendContentWords(of sentence: SentenceWords, to words: inout [UInt64]) {
    let first = words.count
    for token in sentence.tokens
    where token.kind == .word && token.span.length >= 4 && !token.classes.contains(.functionWord) {
      let key = stem(token, in: sentence.scalars)
      if !words[first...].contains(key) { words.append(key) }
    }
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
