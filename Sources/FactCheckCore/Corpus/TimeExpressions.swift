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
  static func phrases(in tokens: [SentenceWords.Token], text: ArticleText) -> [(start: Int, text: String)] {
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
  static func isTimeWord(_ token: SentenceWords.Token) -> Bool {
    token.kind == .word
      && (weekdays.contains(token.lower) || MeasureLexicon.timeUnits.contains(token.lower)
        || (months.contains(token.lower) && token.isCapitalized))
  }

  /// The end (exclusive) of a time phrase starting at `index`, if one starts there.
  private static func phraseEnd(_ tokens: [SentenceWords.Token], at index: Int) -> Int? {
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
    // "since the start of the war", "in the first seven days of the conflict", "during the 72 hours of …":
    // up to the end of the clause, at most eight words, and only if it names a time or an event that marks one.
    var end = index + 1
    var mentionsTime = false
    while end < tokens.count, end - index <= 8 {
      let next = tokens[end]
      if next.kind == .mark, next.lower != "-" { break }
      if next.kind == .word, ["and", "but", "while", "which", "that", "according", "when"].contains(next.lower) {
        break
      }
      if isTimeWord(next)
        || ["start", "beginning", "began", "begun", "started", "outbreak", "first", "past"]
          .contains(next.lower)
      {
        mentionsTime = true
      }
      end += 1
    }
    if token.lower == "since" { mentionsTime = true }
    return mentionsTime && end > index + 1 ? end : nil
  }
}
