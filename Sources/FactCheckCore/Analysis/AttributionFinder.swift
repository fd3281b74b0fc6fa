/// Finds who makes each claim: reporting verbs with their subject, "according to", quotations, pronouns.
///
/// Runs over an article's claims in reading order, remembering the last person
/// named as a source so that "He also said…" or "the woman added" can be
/// resolved, but only when that is unambiguous (one person in the last
/// attributed sentence).
struct AttributionFinder {
  private let scalars: [Unicode.Scalar]
  /// The last person named as a source ("Putin"), for "he" and "she".
  private var lastNamed: String?
  /// The last person named or described as a source ("the wife of a Russian soldier"), for "the woman".
  private var lastPerson: String?
  /// What "it" may stand for in the current sentence: the source of the sentence before, in the same paragraph.
  ///
  /// `resolve` takes it for "it" when it can be called so ("The Interior Ministry said …. It said …").
  private var itCandidate: String?
  /// Full names by their last word, so that "Mamulashvili said" joins "Mamuka Mamulashvili".
  private var fullNames: [String: String] = [:]
  /// The source of the previous claim, for a quotation that continues it.
  private var previousSource: Attribution?
  /// Whether the previous claim quoted its source.
  private var previousQuoted = false
  /// `personalName` of each source met so far (sources repeat).
  private var personalNames: [String: String?] = [:]

  init(scalars: [Unicode.Scalar]) {
    self.scalars = scalars
  }

  /// The attribution of the sentence `span`, given what came before; updates the memory.
  mutating func attribution(of span: TextSpan, words: SentenceWords, startsParagraph: Bool) -> Attribution? {
    itCandidate = startsParagraph ? nil : previousSource?.source
    var found: Attribution?
    switch (accordingTo(words), reportingVerb(words)) {
    case (let according?, let verb?):
      // The cue that comes first governs: "Soldiers say …, according to a translation".
      found = (verb.cueSpan?.start ?? 0) < (according.cueSpan?.start ?? 0) ? verb : according
    case (let according, let verb):
      found = according ?? verb
    }
    if found == nil, isQuotation(span), let previous = previousSource,
      previousQuoted || !startsParagraph
    {
      found = Attribution(
        source: previous.source, cue: "quotation continues", sourceSpan: nil, cueSpan: nil, basis: .quotation)
    }
    if var current = found, current.basis == .verb, !current.source.utf8.contains(0x20),
      let full = fullNames[current.source]
    {
      current.source = full
      found = current
    }
    if let current = found, current.basis != .quotation {
      let name: String?
      if let known = personalNames[current.source] {
        name = known
      } else {
        name = SourceName.personalName(current.source)
        personalNames[current.source] = name
      }
      if let name, let space = name.unicodeScalars.lastIndex(of: " ") {
        fullNames[String(name.unicodeScalars[name.unicodeScalars.index(after: space)...])] = name
      }
      if SourceName.namesTwo(current.source) {
        lastNamed = nil  // Two people: a later "he" is ambiguous.
        lastPerson = nil
      } else if let name {
        lastNamed = name
        lastPerson = current.source
      } else if SourceName.isPerson(current.source) {
        lastPerson = current.source
      }
    }
    // A bare quotation continues the speaker of the sentence before: one that quotes them, or one in the same
    // paragraph that reports their words.
    previousSource = found
    previousQuoted = containsQuotation(span)
    return found
  }

  // MARK: - Patterns

  private func accordingTo(_ words: SentenceWords) -> Attribution? {
    guard let index = words.find(Words.accordingTo) else { return nil }
    let tokens = words.tokens
    var end = index + 2
    var last = end
    while end < tokens.count, end - index < 26 {
      let token = tokens[end]
      if token.kind == .mark, !token.isMark("'") && !token.isMark("’") && !token.isMark("-") { break }
      last = end + 1
      end += 1
    }
    guard last > index + 2 else { return nil }
    var sourceStart = index + 2
    // "estimates from the Ministry", "a recording … released by the Directorate": the body named inside.
    for offset in (index + 2)..<last where tokens[offset].is(Words.from) || tokens[offset].is(Words.by) {
      if offset + 1 < last, tokens[(offset + 1)..<last].contains(where: \.isCapitalized) {
        sourceStart = offset + 1
        break
      }
    }
    let source = TextSpan(start: tokens[sourceStart].span.start, end: tokens[last - 1].span.end)
    let cue = TextSpan(start: tokens[index].span.start, end: tokens[index + 1].span.end)
    return Attribution(
      source: text(source), cue: "according to", sourceSpan: source, cueSpan: cue, basis: .accordingTo)
  }

  private func reportingVerb(_ words: SentenceWords) -> Attribution? {
    let tokens = words.tokens
    var quoted: [Bool] = []
    for (index, token) in tokens.enumerated() where token.kind == .word && token.classes.contains(.speechVerb) {
      if quoted.isEmpty { quoted = Self.insideQuotation(tokens) }
      if quoted[index] { continue }  // A verb inside the quotation is the speaker's, not the article's.
      if index > 0, tokens[index - 1].isIn([.determiner, .passiveMarker]) {
        continue  // "the claims", "of claimed deaths": a noun or an adjective.
      }
      if token.classes.contains(.nounLikeVerb), index > 0, tokens[index - 1].kind == .word,
        !tokens[index - 1].isCapitalized, !tokens[index - 1].classes.contains(.personalPronoun)
      {
        continue  // "The recordings reinforce reports that…": a noun after a verb.
      }
      var cueEnd = index + 1
      if let end = words.matches(Words.inAStatement, at: index + 1) { cueEnd = end }
      let cue = TextSpan(start: token.span.start, end: tokens[cueEnd - 1].span.end)
      if let subject = subject(before: index, in: tokens) {
        return resolve(subject, cue: cue)
      }
      if let subject = subject(after: index, in: tokens) {
        return resolve(subject, cue: cue)
      }
    }
    return nil
  }

  /// The speaker's noun phrase read backwards from the verb at `verb`.
  private func subject(before verb: Int, in tokens: [SentenceWords.Token]) -> TextSpan? {
    var index = verb - 1
    while index >= 0, tokens[index].kind == .word, tokens[index].classes.contains(.speakerAdverb) { index -= 1 }
    guard index >= 0 else { return nil }
    // "A group of prisoners who allegedly belonged to a brigade claimed", "the MoD, which claimed": the speaker
    // stands before the relative pronoun.
    var back = index
    while back >= 0, verb - back < 14,
      !tokens[back].isMark(",")
        || tokens[back + 1].kind == .word && tokens[back + 1].classes.contains(.relativePronoun)
    {
      if tokens[back].kind == .word, tokens[back].classes.contains(.relativePronoun), back > 0 {
        let end = tokens[back - 1].isMark(",") ? back - 2 : back - 1
        if let outer = phrase(endingAt: end, in: tokens) { return outer }
        break
      }
      if tokens[back].kind == .mark, !tokens[back].isMark(",") { break }
      back -= 1
    }
    if tokens[index].isMark(",") {
      // An apposition: "The woman, whose identity was not revealed, added"; "…, Lyudmyla Denisova, denounced".
      var comma = index - 1
      while comma >= 0, !tokens[comma].isMark(","), verb - comma < 20 { comma -= 1 }
      guard comma >= 0, tokens[comma].isMark(",") else { return nil }
      let inner = Array(tokens[(comma + 1)..<index])
      if !inner.isEmpty, inner.allSatisfy({ $0.kind == .word && $0.isCapitalized }) {
        return TextSpan(start: inner[0].span.start, end: inner[inner.count - 1].span.end)
      }
      return phrase(endingAt: comma - 1, in: tokens)
    }
    return phrase(endingAt: index, in: tokens)
  }

  private func phrase(endingAt end: Int, in tokens: [SentenceWords.Token]) -> TextSpan? {
    guard end >= 0 else { return nil }
    var start = end + 1
    var index = end
    var words = 0
    while index >= 0, words < 10 {
      let token = tokens[index]
      if token.kind == .mark {
        if token.isMark(")"), let open = tokens[..<index].lastIndex(where: { $0.isMark("(") }), index - open <= 6 {
          // "the Ukrainian Ministry of Defense (MoD) said": keep the parenthesis.
          index = open - 1
          continue
        }
        guard token.isMark("'") || token.isMark("’") || token.isMark("-") || token.isMark(".") else { break }
      } else if token.kind == .word {
        if token.classes.contains(.relativePronoun) { break }
        if token.is(Words.and), index > 0, tokens[index - 1].isCapitalized, index + 1 <= end,
          tokens[index + 1].isCapitalized
        {
          // "Konstantin Kosachev and Irina Yarovaya blamed": two names.
        } else if token.classes.contains(.clauseWord) {
          break
        }
        words += 1
      } else {
        break
      }
      start = index
      index -= 1
    }
    guard start <= end, tokens[start...end].contains(where: { $0.kind == .word }) else { return nil }
    // A phrase must name someone: a capitalised word, a pronoun, or a noun after a determiner.
    let range = tokens[start...end]
    let first = tokens[start]
    let named =
      range.contains { $0.isCapitalized } || first.classes.contains(.personalPronoun) || first.is(Words.the)
      || first.is(Words.a) || first.is(Words.one) || first.is(Words.they)
    guard named else { return nil }
    return TextSpan(start: tokens[start].span.start, end: tokens[end].span.end)
  }

  /// The speaker named right after the verb, as in `…,” said Mr Suzuki`.
  private func subject(after verb: Int, in tokens: [SentenceWords.Token]) -> TextSpan? {
    var index = verb + 1
    var last: Int?
    while index < tokens.count, index - verb <= 5 {
      let token = tokens[index]
      if token.kind == .word, token.isCapitalized {
        last = index
      } else if token.isMark("."), last != nil {
      } else {
        break
      }
      index += 1
    }
    guard let last, verb > 0, tokens[verb - 1].kind == .mark else { return nil }
    return TextSpan(start: tokens[verb + 1].span.start, end: tokens[last].span.end)
  }

  private func resolve(_ subject: TextSpan, cue: TextSpan) -> Attribution {
    let mention = text(subject)
    // The mention's first two words (split at white space) and how many there are, up to three.
    var words: [TextSpan] = []
    var index = subject.start
    while index < subject.end, words.count < 3 {
      while index < subject.end, ScalarClass.isWhitespace(scalars[index]) { index += 1 }
      let start = index
      while index < subject.end, !ScalarClass.isWhitespace(scalars[index]) { index += 1 }
      if index > start { words.append(TextSpan(start: start, end: index)) }
    }
    func key(_ word: TextSpan) -> UInt64 { WordHash.hash(scalars, from: word.start, to: word.end) }
    let isPronoun = words.count == 1 && WordClasses.of(key(words[0])).contains(.personalPronoun)
    let isDescription =
      words.count == 2 && key(words[0]) == Words.the && WordClasses.of(key(words[1])).contains(.personNoun)
    if words.count == 1, key(words[0]) == Words.it, let organisation = itCandidate,
      SourceName.mayBeCalledIt(organisation)
    {
      return Attribution(source: organisation, cue: text(cue), sourceSpan: subject, cueSpan: cue, basis: .pronoun)
    }
    if isPronoun, let person = lastNamed ?? lastPerson {
      return Attribution(source: person, cue: text(cue), sourceSpan: subject, cueSpan: cue, basis: .pronoun)
    }
    if isDescription, let person = lastPerson {
      return Attribution(source: person, cue: text(cue), sourceSpan: subject, cueSpan: cue, basis: .pronoun)
    }
    return Attribution(source: mention, cue: text(cue), sourceSpan: subject, cueSpan: cue, basis: .verb)
  }

  // MARK: - Helpers

  /// Whether the sentence is a quotation on its own: it opens with a quotation mark.
  private func isQuotation(_ span: TextSpan) -> Bool {
    guard !span.isEmpty else { return false }
    let first = scalars[span.start]
    return first == "“" || first == "\"" || first == "‘" || first == "«"
  }

  private func containsQuotation(_ span: TextSpan) -> Bool {
    scalars[span.start..<span.end].contains { $0 == "“" || $0 == "\"" || $0 == "«" }
  }

  /// Which tokens are inside a quotation (between “ and ”, or a pair of straight double quotes).
  static func insideQuotation(_ tokens: [SentenceWords.Token]) -> [Bool] {
    var inside = false
    return tokens.map { token in
      guard token.kind == .mark else { return inside }
      switch token.scalar {
      case "“", "«":
        inside = true
        return true
      case "”", "»":
        inside = false
        return true
      case "\"":
        inside.toggle()
        return true
      default:
        return inside
      }
    }
  }

  private func text(_ span: TextSpan) -> String {
    ClaimExtractor.displayText(scalars, span: span)
  }
}
