/// Splits a claim into clauses and finds each one's polarity and subject (see `Clause`).
///
/// Clauses end at punctuation and at conjunctions and relative words ("that", "which", "and", "but", "while").
/// Verbs are recognised without a parser: auxiliaries and modals, reporting verbs, and `-ed` forms not followed
/// by a noun ("confirmed that", but not "conscripted soldiers").
struct ClauseSplitter {
  private let tokens: [CorpusToken]
  private let text: ArticleText
  private let stems: [String?]

  /// Prepares to split `tokens` of `text`; `stems` gives each token's stem, `nil` for words that do not count.
  init(_ tokens: [CorpusToken], in text: ArticleText, stems: [String?]) {
    self.tokens = tokens
    self.text = text
    self.stems = stems
  }

  private func stem(_ index: Int) -> String? { stems[index] }

  private static let boundaryMarks: Set<String> = [",", ";", ":", "…", "—", "–", "(", ")", ".", "!", "?", "[", "]"]
  private static let boundaryWords: Set<String> = [
    "that", "which", "who", "whom", "whose", "while", "whereas", "but", "because", "although", "though", "if",
    "unless", "since", "as", "when", "after", "before",
  ]
  private static let auxiliaries: Set<String> = [
    "is", "are", "was", "were", "be", "been", "being", "am", "have", "has", "had", "will", "would", "shall", "should",
    "can", "could", "may", "might", "must", "do", "does", "did", "didn", "don", "doesn", "won", "wasn", "weren", "isn",
    "aren", "hasn", "haven", "hadn", "couldn", "shouldn", "wouldn", "cannot",
  ]
  private static let reportingVerbs: Set<String> = [
    "said", "says", "say", "told", "tells", "claimed", "claims", "added", "stated", "reported", "announced",
    "confirmed", "admitted", "insisted", "assured", "explained", "declared", "denied", "denies", "stressed",
    "revealed", "reveals", "showed", "shows", "warned", "suggested", "noted", "highlighted", "emphasized",
    "emphasised", "reiterated", "repeated", "argued", "wrote", "writes", "believes", "believed", "thinks", "thought",
  ]
  private static let negativeDeterminers: Set<String> = ["no", "none", "nobody", "nothing", "neither", "nowhere"]
  private static let denials: Set<String> = ["deny", "denies", "denied", "denying"]
  private static let negations: Set<String> = ["not", "never", "nor"]

  /// The clauses, in order; clauses without content words are left out.
  func clauses() -> [Clause] {
    var clauses: [Clause] = []
    var start = 0
    for index in 0...tokens.count {
      guard index == tokens.count || isBoundary(index) else { continue }
      if index > start, let clause = clause(start..<index) { clauses.append(clause) }
      start = index + 1
    }
    return clauses
  }

  /// Whether a clause ends at `index`: punctuation, a conjunction, or a reporting verb ("the governor said the dam
  /// did not fail" holds the clause "the dam did not fail").
  private func isBoundary(_ index: Int) -> Bool {
    let token = tokens[index]
    if token.kind == .mark { return Self.boundaryMarks.contains(token.lower) }
    return Self.boundaryWords.contains(token.lower) || Self.reportingVerbs.contains(token.lower)
  }

  private func isVerb(_ index: Int) -> Bool {
    let token = tokens[index]
    guard token.kind == .word else { return false }
    if Self.auxiliaries.contains(token.lower) || Self.reportingVerbs.contains(token.lower) { return true }
    guard token.lower.hasSuffix("ed"), token.lower.count > 3, MeasureLexicon.thing(of: token.lower) == nil else {
      return false
    }
    // "the sirens sounded twice": a verb after a noun; "conscripted soldiers", "the armed forces", "900 armored
    // vehicles": an adjective first in its clause or after a determiner, a number or another adjective.
    guard index > 0, !isBoundary(index - 1) else { return false }
    let previous = tokens[index - 1]
    if previous.kind != .word { return previous.kind == .mark && !["-", "“", "\"", "‘"].contains(previous.lower) }
    let determiners: Set<String> = [
      "the", "a", "an", "its", "their", "his", "her", "our", "these", "those", "this", "some", "many", "several", "all",
    ]
    return !determiners.contains(previous.lower) && NumberWords.units[previous.lower] == nil
      && !previous.lower.hasSuffix("ed") && !previous.lower.hasSuffix("ing")
  }

  private func isNegation(_ index: Int) -> Bool {
    let word = tokens[index].lower
    if Self.negations.contains(word) || Self.negativeDeterminers.contains(word) || Self.denials.contains(word) {
      return true
    }
    // "didn't": the "t" after an apostrophe.
    return word == "t" && index > 0 && ["'", "’"].contains(tokens[index - 1].lower)
  }

  private func clause(_ whole: Range<Int>) -> Clause? {
    var end = whole.upperBound
    while end > whole.lowerBound, [",", ";", ":", "—", "–", "-", "and", "or", "nor"].contains(tokens[end - 1].lower) {
      end -= 1  // "were involved in the invasion of Ukraine and": the clause ends before the conjunction.
    }
    let range = whole.lowerBound..<end
    guard !range.isEmpty else { return nil }
    let stems = range.compactMap(stem)
    guard !stems.isEmpty else { return nil }
    let span = TextSpan(start: tokens[range.lowerBound].span.start, end: tokens[range.upperBound - 1].span.end)
    let text = Substring(ClaimExtractor.displayText(self.text[span]))
    let verbs = range.filter(isVerb)
    let hasVerb = !verbs.isEmpty
    let isReportingFrame = hasVerb && verbs.allSatisfy { Self.reportingVerbs.contains(tokens[$0].lower) }
    guard let cue = range.first(where: isNegation) else {
      // Affirmed: the subject is what comes before the first verb.
      let firstVerb = range.first(where: isVerb) ?? range.upperBound
      return Clause(
        span: span, text: text, stems: stems, subject: (range.lowerBound..<firstVerb).compactMap(stem),
        isNegated: false,
        hasVerb: hasVerb, isReportingFrame: isReportingFrame)
    }
    var subject: [String] = []
    let word = tokens[cue].lower
    if Self.negativeDeterminers.contains(word) || Self.denials.contains(word) {
      // "none of the new recruits will be sent", "denied the alleged Russian withdrawal".
      var index = cue + 1
      while index < range.upperBound, !isVerb(index) {
        if let stem = stem(index) { subject.append(stem) }
        index += 1
      }
    } else {
      // "conscripted soldiers do not take part": back over the auxiliary to the previous verb or the clause start.
      var index = cue - 1
      while index >= range.lowerBound, tokens[index].kind == .mark || Self.auxiliaries.contains(tokens[index].lower) {
        index -= 1
      }
      while index >= range.lowerBound, !isVerb(index) {
        if let stem = stem(index) { subject.insert(stem, at: 0) }
        index -= 1
      }
    }
    return Clause(
      span: span, text: text, stems: stems, subject: subject, isNegated: true, hasVerb: hasVerb,
      isReportingFrame: isReportingFrame)
  }
}
