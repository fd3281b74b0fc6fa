import Foundation

/// How much a sentence is about what its document keeps talking about.
///
/// Fact-checkers check the claims a speech or article is built on, and those
/// repeat its main content words. Each content word (four letters or more, not
/// a function word) counts by how often the whole document uses it; a sentence's
/// salience is the mean of the logarithms of those counts. Unsupervised and
/// computed per document, so it carries no vocabulary from any training or
/// evaluation file.
struct TopicSalience {
  private var counts: [String: Int] = [:]

  /// Counts the content words of every sentence of a document.
  init(_ documents: [SentenceWords]) {
    for words in documents {
      for word in Set(Self.contentWords(words)) { counts[word, default: 0] += 1 }
    }
  }

  /// The salience of one sentence of the document (0 when it has no repeated content words).
  func salience(_ words: SentenceWords) -> Double {
    let content = Set(Self.contentWords(words))
    guard !content.isEmpty else { return 0 }
    var total = 0.0
    for word in content { total += log(Double(max(1, counts[word] ?? 1))) }
    return total / Double(content.count)
  }

  private static func contentWords(_ words: SentenceWords) -> [String] {
    words.tokens.compactMap { token in
      guard token.kind == .word, token.span.length >= 4, !Lexicon.functionWords.contains(token.lower) else {
        return nil
      }
      return stem(token.lower)
    }
  }

  /// A light plural stem, so that "wall" and "walls" count together.
  private static func stem(_ word: String) -> String {
    if word.hasSuffix("ies"), word.count > 4 { return String(word.dropLast(3)) + "y" }
    if word.hasSuffix("s"), !word.hasSuffix("ss"), word.count > 4 { return String(word.dropLast()) }
    return word
  }
}
