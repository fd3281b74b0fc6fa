/// Phrases that place a statement in time: "since the start of the war", "on Saturday", "in the first seven days".
enum TimeExpressions {
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ]
  private static let openers: Set<String> = ["since", "during", "until", "till", "as", "by", "in", "over", "within"]
  private static let relative: Set<String> = ["yesterday", "today", "tonight", "tomorrow", "earlier", "later"]

  /// The time phrases in `words`, each with the index of its first token, in order.
  static func phrases(in tokens: [CorpusToken], text: ArticleText) -> [(start: Int, text: String)] {
    var found: [(Int, String)] = []
    var index = 0
    while index < tokens.count {
      guard let end = phraseEnd(tokens, at: index) else {
        index += 1
        continue
      }
      let span = TextSpan(start: tokens[index].span.start, end: tokens[end - 1].span.end)
      found.append((index, ClaimExtractor.displayText(text[span])))
      index = end
    }
    return found
  }

  /// Whether the word token at `index` names a time unit, a weekday or a month.
  static func isTimeWord(_ token: CorpusToken) -> Bool {
    token.kind == .word
      && (weekdays.contains(token.lower) || MeasureLexicon.timeUnits.contains(token.lower)
        || (months.contains(token.lower) && token.isCapitalized))
  }

  /// The end (exclusive) of a time phrase starting at `index`, if one starts there.
  private static func phraseEnd(_ tokens: [CorpusToken], at index: Int) -> Int? {
    let token = tokens[index]
    guard token.kind == .word else { return nil }
    if relative.contains(token.lower) { return index + 1 }
    if token.lower == "on" || token.lower == "last" || token.lower == "this" || token.lower == "next" {
      // "on Saturday", "on March 5", "last week".
      guard index + 1 < tokens.count, isTimeWord(tokens[index + 1]) else { return nil }
      var end = index + 2
      if end < tokens.count, tokens[end].kind == .number { end += 1 }
      return end
    }
    if weekdays.contains(token.lower), token.isCapitalized { return index + 1 }
    guard openers.contains(token.lower) else { return nil }
    if token.lower == "since" {
      // "since the start of the war": to the end of the clause, at most eight words.
      var end = index + 1
      while end < tokens.count, end - index <= 8, !endsClause(tokens[end]) { end += 1 }
      return end > index + 1 ? end : nil
    }
    // "in the first seven days of the conflict", "during the 72 hours of the Russian aggression", "by Tuesday":
    // only determiners, numbers and words such as "first" or "past" may come before the time word, and an "of"
    // phrase may follow it.
    let leading: Set<String> = [
      "the", "a", "an", "this", "that", "these", "those", "first", "last", "past", "next", "early", "late", "recent",
      "coming", "previous", "few", "several", "of",
    ]
    var cursor = index + 1
    while cursor < tokens.count, !isTimeWord(tokens[cursor]) {
      let word = tokens[cursor]
      guard word.kind == .number || leading.contains(word.lower) || NumberWords.units[word.lower] != nil else {
        return nil
      }
      cursor += 1
    }
    guard cursor < tokens.count else { return nil }
    var end = cursor + 1
    if end < tokens.count, tokens[end].kind == .number { end += 1 }  // "on March 5"
    if end < tokens.count, tokens[end].lower == "of" {
      while end < tokens.count, end - index <= 10, !endsClause(tokens[end]) { end += 1 }
    }
    return end
  }

  private static func endsClause(_ token: CorpusToken) -> Bool {
    if token.kind == .mark { return token.lower != "-" }
    return ["and", "but", "while", "which", "that", "according", "when"].contains(token.lower)
  }
}
