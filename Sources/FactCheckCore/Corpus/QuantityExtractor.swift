/// Finds the figures a claim states: the number, what it counts, what happened to it, whose, and when.
///
/// Works on the claim's tokens with a few rules of English news prose, no parser: a number (digits, or words
/// such as "eight") followed by a noun phrase ("217 tanks", "498 of its troops", "nearly 200 members of the
/// Russian military"); a qualifier before it ("more than", "about"); an event word in the same clause
/// ("have been killed", "has lost", "losses"), inherited along a list ("lost 14 airplanes, eight helicopters");
/// the names before the verb or inside the noun phrase as owners. Dates, years, times of day, durations,
/// bracketed numbers and numbers with no noun are not figures.
struct QuantityExtractor {
  private let text: ArticleText
  private let tokens: [CorpusToken]

  /// Prepares to read `words` of `text`.
  init(_ words: SentenceWords, in text: ArticleText) {
    self.text = text
    self.tokens = words.corpusTokens
  }

  private static let clauseWords: Set<String> = [
    "that", "which", "who", "while", "whereas", "but", "because", "although", "though", "when", "after", "before",
    "according", "since",
  ]
  private static let reportingVerbs: Set<String> = [
    "said", "says", "say", "told", "claimed", "claims", "confirmed", "reported", "announced", "stated", "added",
    "estimated", "estimates",
  ]
  private static let determiners: Set<String> = [
    "the", "its", "their", "his", "her", "our", "these", "those", "a", "an", "this", "that", "your", "my",
  ]
  private static let atLeast: [[String]] = [["more", "than"], ["at", "least"], ["over"], ["upwards", "of"]]
  private static let atMost: [[String]] = [
    ["fewer", "than"], ["less", "than"], ["up", "to"], ["at", "most"], ["under"], ["below"],
  ]
  private static let approximately: [[String]] = [
    ["about"], ["around"], ["approximately"], ["roughly"], ["nearly"], ["almost"], ["some"], ["an", "estimated"],
    ["estimated"], ["close", "to"], ["circa"],
  ]

  /// The figures, in reading order.
  func quantities() -> [Quantity] {
    let times = TimeExpressions.phrases(in: tokens, text: text)
    var found: [Quantity] = []
    var previousEnd: Int?
    var index = 0
    while index < tokens.count {
      guard let number = number(at: index) else {
        index += 1
        continue
      }
      defer { index = max(index + 1, number.end) }
      guard !isDateOrTime(number), let phrase = nounPhrase(from: number.end) else { continue }
      let (bound, qualifierStart) = qualifier(before: number.start)
      guard !describesAParticularGroup(number.start) else { continue }
      var event = eventAround(number: number, phrase: phrase)
      var owners = owners(before: qualifierStart, phrase: phrase)
      if let previousEnd, let last = found.last, isListContinuation(from: previousEnd, to: qualifierStart) {
        // "Russia has also lost 14 airplanes, eight helicopters, 102 tanks": the list shares verb and owner.
        if event == nil { event = (last.event, last.eventWords, last.eventBefore) }
        if owners.isEmpty { owners = last.owners }
      }
      let span = TextSpan(start: tokens[qualifierStart].span.start, end: tokens[phrase.end - 1].span.end)
      let written = TextSpan(start: tokens[qualifierStart].span.start, end: tokens[number.end - 1].span.end)
      found.append(
        Quantity(
          value: number.value, bound: bound, written: ClaimExtractor.displayText(text[written]), span: span,
          noun: phrase.words, thing: phrase.thing, event: event?.0, eventWords: event?.1,
          eventBefore: event?.2 ?? false, owners: owners,
          time: times.min { abs($0.start - number.start) < abs($1.start - number.start) }?.text))
      previousEnd = phrase.end
    }
    return found
  }

  // MARK: - Numbers

  private struct Number {
    var value: Double
    var start: Int
    var end: Int
    var isDigits: Bool
  }

  private func number(at index: Int) -> Number? {
    let token = tokens[index]
    var value: Double
    var end = index + 1
    switch token.kind {
    case .number:
      guard let digits = NumberWords.value(ofDigits: token.lower) else { return nil }
      value = digits
    case .word:
      guard let word = NumberWords.units[token.lower], token.lower != "dozen" else { return nil }
      if token.lower == "one", !isCountingOne(at: index) { return nil }
      value = word
      if word >= 20, end + 1 < tokens.count, tokens[end].lower == "-",
        let unit = NumberWords.units[tokens[end + 1].lower],
        unit < 10
      {
        value += unit
        end += 2
      }
    case .mark:
      return nil
    }
    while end < tokens.count, let multiplier = NumberWords.multipliers[tokens[end].lower] {
      value *= multiplier
      end += 1
    }
    // "3 to 5 months", "10-12 tanks": a range counts as its lower end, read through to the second number.
    if end + 1 < tokens.count, ["to", "-", "–"].contains(tokens[end].lower), tokens[end + 1].kind == .number {
      end += 2
    }
    return Number(value: value, start: index, end: end, isDigits: token.kind == .number)
  }

  /// Whether "one" counts something here ("one BUK missile"), rather than being a pronoun ("no one", "one of").
  private func isCountingOne(at index: Int) -> Bool {
    if index > 0,
      ["no", "any", "every", "each", "the", "that", "this", "which", "someone", "anyone"]
        .contains(tokens[index - 1].lower)
    {
      return false
    }
    guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
    return tokens[index + 1].lower != "of" && !StopWords.contains(tokens[index + 1].lower)
  }

  private func isDateOrTime(_ number: Number) -> Bool {
    let first = tokens[number.start]
    if number.start > 0 {
      let before = tokens[number.start - 1]
      if before.lower == ":" || before.lower == "(" || before.lower == "#" { return true }
      if TimeExpressions.months.contains(before.lower), before.isCapitalized { return true }
      if before.lower == ".", number.start > 1, TimeExpressions.months.contains(tokens[number.start - 2].lower) {
        return true  // "Feb. 24"
      }
    }
    if number.end < tokens.count {
      let after = tokens[number.end]
      if after.lower == ":" || after.lower == ")" { return true }
      if TimeExpressions.months.contains(after.lower), after.isCapitalized { return true }
    }
    // A four-digit number without a separator between 1800 and 2100 is a year.
    return number.isDigits && !first.lower.contains(",") && !first.lower.contains(".") && number.end == number.start + 1
      && (1800...2100).contains(number.value)
  }

  // MARK: - What is counted

  private struct Phrase {
    var words: String
    var thing: String
    var end: Int
    var names: [NameKey]
    var eventWord: String?
  }

  /// The noun phrase after a number, with its `of` complement; `nil` when no noun follows or it is a duration.
  private func nounPhrase(from start: Int) -> Phrase? {
    guard start < tokens.count else { return nil }
    if tokens[start].lower == "%" || tokens[start].lower == "percent" {
      return Phrase(words: "percent", thing: "percent", end: start + 1, names: [])
    }
    var cursor = start
    var words = contentRun(from: &cursor)
    var end = cursor
    if words.isEmpty, cursor < tokens.count, tokens[cursor].lower == "of" {
      // "498 of its troops".
      cursor += 1
      while cursor < tokens.count, Self.determiners.contains(tokens[cursor].lower) { cursor += 1 }
      words = contentRun(from: &cursor)
      end = cursor
    }
    guard let head = words.last else { return nil }
    if MeasureLexicon.timeUnits.contains(tokens[head].lower) { return nil }
    var counted = words
    if MeasureLexicon.partitives.contains(tokens[head].lower), end < tokens.count, tokens[end].lower == "of" {
      // "members of the Russian military": what is counted is in the complement.
      var complement = end + 1
      while complement < tokens.count, Self.determiners.contains(tokens[complement].lower) { complement += 1 }
      let more = contentRun(from: &complement)
      if !more.isEmpty {
        counted += more
        end = complement
      }
    }
    let thing = thingCounted(counted)
    let span = TextSpan(start: tokens[start].span.start, end: tokens[end - 1].span.end)
    var names: [NameKey] = []
    var initials = ""
    for index in counted {
      let token = tokens[index]
      if isInitial(token) {
        initials += token.lower  // "U.S." is one name
        continue
      }
      if !initials.isEmpty, let key = NameKey(initials) { names.append(key) }
      initials = ""
      if token.isCapitalized, !MeasureLexicon.institutions.contains(token.lower), let key = NameKey(token.lower) {
        names.append(key)
      }
    }
    if !initials.isEmpty, let key = NameKey(initials) { names.append(key) }
    let eventWord = counted.lazy.compactMap {
      MeasureLexicon.event(of: tokens[$0].lower) != nil ? tokens[$0].lower : nil
    }
    .first
    return Phrase(
      words: ClaimExtractor.displayText(text[span]), thing: thing, end: end, names: names, eventWord: eventWord)
  }

  /// The indices of the content words from `cursor` on (adjectives and nouns, at most five), advancing `cursor`.
  private func contentRun(from cursor: inout Int) -> [Int] {
    var words: [Int] = []
    while cursor < tokens.count, words.count < 5 {
      let token = tokens[cursor]
      if token.kind == .mark {
        if token.lower == ".", let last = words.last, isInitial(tokens[last]) {
          cursor += 1  // "U.S."
          continue
        }
        if token.lower == "-", !words.isEmpty, cursor + 1 < tokens.count, tokens[cursor + 1].kind == .word {
          cursor += 1  // "government-run"
          continue
        }
        break
      }
      guard token.kind == .word, isInitial(token) || !StopWords.contains(token.lower) else { break }
      if TimeExpressions.isTimeWord(token), !MeasureLexicon.timeUnits.contains(token.lower) { break }
      let participle = token.lower.hasSuffix("ed") || token.lower.hasSuffix("ing")
      if participle || MeasureLexicon.event(of: token.lower) != nil, MeasureLexicon.thing(of: token.lower) == nil {
        // A participle or event word belongs to the phrase only before another content word ("armored vehicles").
        guard cursor + 1 < tokens.count, tokens[cursor + 1].kind == .word, !StopWords.contains(tokens[cursor + 1].lower)
        else { break }
      }
      words.append(cursor)
      cursor += 1
      if MeasureLexicon.timeUnits.contains(token.lower) { break }
    }
    return words
  }

  private func isInitial(_ token: CorpusToken) -> Bool {
    token.kind == .word && token.lower.count == 1 && token.isCapitalized
  }

  private func thingCounted(_ words: [Int]) -> String {
    for index in words.reversed() {
      if let thing = MeasureLexicon.thing(of: tokens[index].lower) { return thing }
    }
    guard let head = words.last else { return "" }
    let token = tokens[head]
    if token.isCapitalized, token.lower.hasSuffix("ans") || token.lower.hasSuffix("ese") { return "people" }
    return LightStemmer.stem(token.lower)
  }

  // MARK: - Qualifier, event, owners, time

  private func qualifier(before start: Int) -> (Quantity.Bound, Int) {
    for (bound, phrases) in [
      (Quantity.Bound.atLeast, Self.atLeast), (.atMost, Self.atMost), (.approximate, Self.approximately),
    ] {
      for phrase in phrases where start >= phrase.count {
        let from = start - phrase.count
        if tokens[from..<start].map(\.lower) == phrase { return (bound, from) }
      }
    }
    return (.exact, start)
  }

  private func isBoundary(_ token: CorpusToken) -> Bool {
    token.kind == .mark
      ? [",", ";", ":", "(", ")", "—", "–", "“", "”", "\"", "."].contains(token.lower)
      : Self.clauseWords.contains(token.lower)
  }

  private func eventAround(number: Number, phrase: Phrase) -> (String?, String?, Bool)? {
    if let word = phrase.eventWord, MeasureLexicon.thing(of: word) == "casualties" {
      return (MeasureLexicon.event(of: word), word, false)
    }
    // After the noun phrase: "have been killed", "died".
    var cursor = phrase.end
    var auxiliaries: [String] = []
    while cursor < tokens.count, cursor - phrase.end < 8, !isBoundary(tokens[cursor]) {
      let word = tokens[cursor].lower
      if let event = MeasureLexicon.event(of: word) {
        return (event, (auxiliaries + [word]).joined(separator: " "), false)
      }
      if ["have", "has", "had", "been", "were", "was", "are", "is", "be", "also", "so", "far", "reportedly"]
        .contains(word)
      {
        auxiliaries.append(word)
      } else if tokens[cursor].kind == .word, !StopWords.contains(word) {
        break
      }
      cursor += 1
    }
    // Before the number: "has lost", "losses also included", "a death toll of".
    cursor = number.start - 1
    while cursor >= 0, number.start - cursor <= 8, !isBoundary(tokens[cursor]) {
      if let event = MeasureLexicon.event(of: tokens[cursor].lower) { return (event, tokens[cursor].lower, true) }
      cursor -= 1
    }
    return nil
  }

  /// Whether the number describes a group rather than stating a count: "a video of five soldiers", unlike
  /// "the number of 3,500 deaths".
  private func describesAParticularGroup(_ start: Int) -> Bool {
    guard start >= 2, tokens[start - 1].lower == "of", tokens[start - 2].kind == .word else { return false }
    let noun = tokens[start - 2].lower
    let counts: Set<String> = [
      "number", "total", "toll", "tally", "figure", "estimate", "count", "sum", "loss", "losses",
    ]
    return !counts.contains(noun) && !StopWords.contains(noun)
  }

  /// Whether only a list separator lies between the previous figure's end and `start` (", ", "and", "as well as").
  private func isListContinuation(from previousEnd: Int, to start: Int) -> Bool {
    guard previousEnd < start else { return false }
    return tokens[previousEnd..<start].allSatisfy { [",", "and", "or", "as", "well"].contains($0.lower) }
  }

  private func owners(before start: Int, phrase: Phrase) -> [NameKey] {
    var owners = phrase.names
    var cursor = start - 1
    // Back to the clause start or a reporting verb: in "Ukraine said Russia has lost 14 tanks", Russia's.
    while cursor >= 0, start - cursor <= 8, !isBoundary(tokens[cursor]),
      !Self.reportingVerbs.contains(tokens[cursor].lower)
    {
      let token = tokens[cursor]
      if token.kind == .word, token.isCapitalized, !StopWords.contains(token.lower),
        !MeasureLexicon.institutions.contains(token.lower), let key = NameKey(token.lower)
      {
        owners.append(key)
      }
      cursor -= 1
    }
    return owners
  }
}
