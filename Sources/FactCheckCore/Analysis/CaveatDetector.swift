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
    let quoted = AttributionFinder.insideQuotation(tokens)
    for (index, token) in tokens.enumerated() where token.kind == .word {
      let word = token.lower
      if Lexicon.verificationVerbs.contains(word), let start = negation(before: index, in: tokens, reach: 5) {
        found.append(Finding(kind: .disclaimer, cue: span(start, index), reach: .story))
      } else if Lexicon.disclosureVerbs.contains(word), let start = negation(before: index, in: tokens, reach: 3),
        ["did", "didn", "would", "declined", "refused", "has", "have", "had"].contains(tokens[start].lower)
          || tokens[start].lower == "not" && start > 0
            && ["did", "would", "has", "had"].contains(tokens[start - 1].lower)
      {
        let from = tokens[start].lower == "not" && start > 0 ? start - 1 : start
        found.append(Finding(kind: .disclaimer, cue: span(from, index), reach: .story))
      } else if word == "identity", let end = words.matches(["was", "not"], at: index + 1), end < tokens.count {
        found.append(Finding(kind: .disclaimer, cue: span(max(0, index - 1), end), reach: .source))
      } else if word == "anonymity" || word == "anonymous" || word == "unnamed" || word == "unidentified" {
        found.append(Finding(kind: .disclaimer, cue: span(index, index), reach: .source))
      } else if word == "comment", index >= 3,
        tokens[max(0, index - 5)..<index].contains(where: {
          ["respond", "declined", "reached", "request", "return", "immediately"].contains($0.lower)
        })
      {
        let from = tokens[max(0, index - 5)..<index].firstIndex {
          ["did", "declined", "could", "has"].contains($0.lower)
        }
        found.append(Finding(kind: .disclaimer, cue: span(from ?? index - 3, index), reach: .source))
      } else if Lexicon.hedgeWords.contains(word), !(word == "may" && token.isCapitalized) {
        found.append(Finding(kind: .hedge, cue: span(index, index), reach: .sentence))
      } else if Lexicon.hedgeVerbs.contains(word), index + 1 < tokens.count,
        ["to", "that"].contains(tokens[index + 1].lower)
      {
        found.append(Finding(kind: .hedge, cue: span(index, index + 1), reach: .sentence))
      } else if word == "claims" || word == "claim", index > 0,
        !["the", "these", "those"].contains(tokens[index - 1].lower)
      {
        found.append(Finding(kind: .hedge, cue: span(index, index), reach: .sentence))
      } else if Lexicon.disagreementWords.contains(word), !quoted[index],
        !(index > 0 && ["are", "is", "was", "were", "be", "been", "being"].contains(tokens[index - 1].lower))
      {
        found.append(Finding(kind: .disagreement, cue: span(index, index), reach: .previous))
      } else if !quoted[index],
        let end = words.matches(["in", "contrast"], at: index)
          ?? words.matches(["on", "the", "contrary"], at: index)
      {
        found.append(Finding(kind: .disagreement, cue: span(index, end - 1), reach: .previous))
      }
    }
    return found
  }

  /// The start of a negation within `reach` words before `index` ("could not independently verify").
  private func negation(before index: Int, in tokens: [SentenceWords.Token], reach: Int) -> Int? {
    var offset = index - 1
    var seen = 0
    while offset >= 0, seen < reach {
      let token = tokens[offset]
      if token.kind == .mark {
        guard token.lower == "'" || token.lower == "’" else { return nil }
      } else {
        seen += 1
        if token.lower == "can" && offset + 1 < index && tokens[offset + 1].lower == "not" { return offset }
        if token.lower == "t", offset >= 2, tokens[offset - 1].kind == .mark, tokens[offset - 2].kind == .word {
          return offset - 2  // "can't", "don't", "won't".
        }
        if Lexicon.negations.contains(token.lower), token.lower != "can" {
          var start = offset
          // Take in the modal before "not": "could not", "did not", "was unable".
          if token.lower == "not" || token.lower == "unable", offset > 0, tokens[offset - 1].kind == .word {
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
