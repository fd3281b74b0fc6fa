/// Closed-class words that usually begin an English sentence.
///
/// After an abbreviation that can also end a sentence ("Inc.", "U.S.", "etc."),
/// a capitalised word from this list ("It", "The", "However") means a new
/// sentence, while any other capitalised word ("Government", "KG") is taken to
/// continue the name. Pronouns, determiners and quantifiers, conjunctions,
/// prepositions, question words and sentence adverbs: no topic words.
enum SentenceStarters {
  private static let words = WordKey.set([
    // Pronouns.
    "i", "you", "he", "she", "it", "we", "they", "this", "that", "these", "those", "there", "here", "one", "its",
    "his", "her", "our", "their", "my", "your", "everyone", "nobody", "someone", "nothing", "everything",
    // Determiners and quantifiers.
    "the", "a", "an", "some", "many", "most", "several", "all", "both", "each", "every", "no", "few", "any",
    "another", "such", "other", "others", "more", "less", "much", "millions", "thousands", "hundreds", "dozens",
    "billions", "tens",
    // Conjunctions and sentence adverbs.
    "but", "and", "or", "so", "yet", "however", "meanwhile", "still", "also", "then", "instead", "moreover",
    "furthermore", "nevertheless", "nonetheless", "although", "though", "while", "whereas", "thus", "therefore",
    "hence", "indeed", "finally", "first", "second", "third", "last", "later", "earlier", "now", "today",
    "yesterday", "tomorrow", "recently", "currently", "officially", "previously", "otherwise", "besides",
    "fortunately", "perhaps", "maybe", "even", "only", "just", "not",
    // Question words and subordinators.
    "what", "when", "where", "why", "who", "whom", "whose", "which", "how", "if", "because", "since", "unless",
    "until", "once", "after", "before", "as",
    // Prepositions.
    "at", "in", "on", "of", "for", "from", "with", "by", "to", "during", "despite", "according", "under", "over",
    "among", "between", "without", "within", "about", "against", "through", "throughout", "like", "unlike",
    "following", "amid", "into",
  ])

  /// Whether `scalars[start..<end]` is one of the words, in any case.
  static func contains(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
    guard let key = WordKey.key(scalars, from: start, to: end) else { return false }
    return words.contains(key)
  }
}
