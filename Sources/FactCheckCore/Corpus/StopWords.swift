/// English function words, and the reporting words every news claim shares, left out of claim matching.
public enum StopWords {
  /// The words, lowercase.
  public static let all: Set<String> = [
    "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
    "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
    "does", "doing", "down", "during", "each", "even", "ever", "few", "for", "from", "further", "had", "has", "have",
    "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is",
    "it", "its", "itself", "just", "may", "me", "might", "more", "most", "much", "must", "my", "myself", "no", "nor",
    "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our", "ours", "ourselves", "out", "over",
    "own", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
    "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
    "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why",
    "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "s", "t", "don", "didn", "doesn",
    "won", "wasn", "weren", "isn", "aren", "hasn", "haven", "hadn", "couldn", "shouldn", "wouldn", "ve", "ll", "re",
    "d", "m", "said", "says", "say", "saying", "told", "tells", "tell", "according", "added", "reported", "claimed",
    "stated", "noted", "announced", "explained", "asked", "already", "still", "yet", "another", "many", "several",
    "like", "unlike", "since", "despite", "toward", "towards", "via", "per", "upon", "within", "without", "among",
    "across", "around", "however", "though", "although",
  ]

  /// Whether `word` (lowercase) is a stop word.
  public static func contains(_ word: String) -> Bool { all.contains(word) }
}
