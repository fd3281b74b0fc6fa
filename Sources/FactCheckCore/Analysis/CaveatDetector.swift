/// Finds the publication's own caveats in a sentence: disclaimers, hedges and disagreement.
public struct CaveatDetector: Sendable {
  /// How far a disclaimer reaches.
  enum Reach {
    /// Only the sentence.
    case sentence
    /// The sentence and the one before ("These figures differed from…").
    case previous
    /// The claims of the person the sentence is about ("whose identity was not revealed").
    case source
    /// The article's claims so far ("could not independently verify the claims").
    case story
  }

  /// One caveat found in a sentence, before coverage is worked out.
  struct Finding {
    var kind: PublicationCaveat.Kind
    var cue: TextSpan
    var reach: Reach
  }

  /// Creates a detector.
  public init() {}

  /// Whether the sentence holds a hedge cue: the sentence-level decision that the hedge evaluation scores.
  public func hasHedge(_ sentence: String) -> Bool {
    let scalars = Array(sentence.unicodeScalars)
    let words = SentenceWords(scalars, span: TextSpan(start: 0, end: scalars.count))
    return findings(in: words).contains { $0.kind == .hedge }
  }

  /// The caveats in a tokenized sentence.
  func findings(in words: SentenceWords) -> [Finding] {
    let tokens = words.tokens
    var found: [Finding] = []
    func span(_ from: Int, _ to: Int) -> TextSpan {
      TextSpan(start: tokens[from].span.start, end: tokens[to].span.end)
    }
    var quotedTokens: [Bool]?
    func quoted(_ index: Int) -> Bool {
      if quotedTokens == nil { quotedTokens = AttributionFinder.insideQuotation(tokens) }
      return quotedTokens?[index] ?? false
    }
    let cues: WordClasses = [.verificationVerb, .disclosureVerb, .hedgeWord, .hedgeVerb, .disagreementWord, .caveatCue]
    for (index, token) in tokens.enumerated() where token.kind == .word && token.isIn(cues) {
      if token.classes.contains(.verificationVerb), let start = negation(before: index, in: tokens, reach: 5) {
        found.append(Finding(kind: .disclaimer, cue: span(start, index), reach: .story))
      } else if token.classes.contains(.disclosureVerb), let start = negation(before: index, in: tokens, reach: 3),
        Cue.disclaimerAuxiliaries.contains(tokens[start].key)
          || tokens[start].is(Words.not) && start > 0 && Cue.auxiliariesBeforeNot.contains(tokens[start - 1].key)
      {
        let from = tokens[start].is(Words.not) && start > 0 ? start - 1 : start
        found.append(Finding(kind: .disclaimer, cue: span(from, index), reach: .story))
      } else if token.is(Words.identity), let end = words.matches(Words.wasNot, at: index + 1), end < tokens.count {
        found.append(Finding(kind: .disclaimer, cue: span(max(0, index - 1), end), reach: .source))
      } else if token.is(Words.anonymity) || token.is(Words.anonymous) || token.is(Words.unnamed)
        || token.is(Words.unidentified)
      {
        found.append(Finding(kind: .disclaimer, cue: span(index, index), reach: .source))
      } else if token.is(Words.comment), index >= 3,
        tokens[max(0, index - 5)..<index].contains(where: { Cue.commentVerbs.contains($0.key) })
      {
        let from = tokens[max(0, index - 5)..<index].firstIndex { Cue.commentAuxiliaries.contains($0.key) }
        found.append(Finding(kind: .disclaimer, cue: span(from ?? index - 3, index), reach: .source))
      } else if token.classes.contains(.hedgeWord), !(token.is(Words.may) && token.isCapitalized) {
        found.append(Finding(kind: .hedge, cue: span(index, index), reach: .sentence))
      } else if token.classes.contains(.hedgeVerb), index + 1 < tokens.count,
        tokens[index + 1].is(Words.to) || tokens[index + 1].is(Words.that)
      {
        found.append(Finding(kind: .hedge, cue: span(index, index + 1), reach: .sentence))
      } else if token.is(Words.claims) || token.is(Words.claim), index > 0,
        !Cue.demonstratives.contains(tokens[index - 1].key)
      {
        found.append(Finding(kind: .hedge, cue: span(index, index), reach: .sentence))
      } else if token.classes.contains(.disagreementWord), !quoted(index),
        !(index > 0 && Cue.copulas.contains(tokens[index - 1].key))
      {
        found.append(Finding(kind: .disagreement, cue: span(index, index), reach: .previous))
      } else if !quoted(index),
        let end = words.matches(Words.inContrast, at: index) ?? words.matches(Words.onTheContrary, at: index)
      {
        found.append(Finding(kind: .disagreement, cue: span(index, end - 1), reach: .previous))
      }
    }
    return found
  }

  /// Words the cues are made of.
  private enum Cue {
    static let disclaimerAuxiliaries = Words.keys(["did", "didn", "would", "declined", "refused", "has", "have", "had"])
    static let auxiliariesBeforeNot = Words.keys(["did", "would", "has", "had"])
    static let commentVerbs = Words.keys(["respond", "declined", "reached", "request", "return", "immediately"])
    static let commentAuxiliaries = Words.keys(["did", "declined", "could", "has"])
    static let demonstratives = Words.keys(["the", "these", "those"])
    static let copulas = Words.keys(["are", "is", "was", "were", "be", "been", "being"])
  }

  /// The start of a negation within `reach` words before `index` ("could not independently verify").
  private func negation(before index: Int, in tokens: [SentenceWords.Token], reach: Int) -> Int? {
    var offset = index - 1
    var seen = 0
    while offset >= 0, seen < reach {
      let token = tokens[offset]
      if token.kind == .mark {
        guard token.isMark("'") || token.isMark("’") else { return nil }
      } else {
        seen += 1
        if token.is(Words.can) && offset + 1 < index && tokens[offset + 1].is(Words.not) { return offset }
        if token.is(Words.t), offset >= 2, tokens[offset - 1].kind == .mark, tokens[offset - 2].kind == .word {
          return offset - 2  // "can't", "don't", "won't".
        }
        if token.classes.contains(.negation), !token.is(Words.can) {
          var start = offset
          // Take in the modal before "not": "could not", "did not", "was unable".
          if token.is(Words.not) || token.is(Words.unable), offset > 0, tokens[offset - 1].kind == .word {
            start = offset - 1
          }
          return start
        }
      }
      offset -= 1
    }
    return nil
  }
}
