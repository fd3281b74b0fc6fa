import Foundation

/// Scores how check-worthy a sentence is, in [0, 1], from features of its words.
///
/// A logistic combination of features that the check-worthiness literature
/// found to mark claims fact-checkers pick (ClaimBuster, Hassan et al. 2017;
/// CheckThat! 2018–2019 systems): numbers and quantities, comparisons and
/// records, factual verbs in the past and present, named entities and
/// attribution raise the score; questions, first-person opinion, wishes,
/// thanks and ceremony, predictions, imperatives and very short or procedural
/// lines ("(Applause.)") lower it. The weights are set by hand from those
/// findings, not fitted to any evaluation file.
public struct CheckWorthinessScorer: Sendable {
  /// The features of one sentence, for explaining a score.
  public struct Features: Sendable, Hashable {
    public var words = 0
    public var digits = 0
    public var numberWords = 0
    public var quantities = 0
    public var records = 0
    public var changes = 0
    public var pastTense = 0
    public var factualVerbs = 0
    public var names = 0
    public var speechVerbs = 0
    public var opinion = 0
    public var firstPerson = 0
    public var secondPerson = 0
    public var modals = 0
    public var predictions = 0
    public var isQuestion = false
    public var isImperative = false
    public var isStageDirection = false
    /// How much the sentence repeats the document's main content words (see `TopicSalience`).
    public var salience = 0.0
  }

  /// Creates a scorer.
  public init() {}

  /// The score of the sentence `span` in `scalars`.
  public func score(_ scalars: [Unicode.Scalar], span: TextSpan) -> Double {
    score(features(SentenceWords(scalars, span: span)))
  }

  /// The score of a sentence given as a string.
  public func score(_ sentence: String) -> Double {
    let scalars = Array(sentence.unicodeScalars)
    return score(scalars, span: TextSpan(start: 0, end: scalars.count))
  }

  /// The scores of a document's sentences, in order, with the document's topic words taken into account.
  public func scores(ofDocument sentences: [String]) -> [Double] {
    let tokenized = sentences.map { sentence in
      let scalars = Array(sentence.unicodeScalars)
      return SentenceWords(scalars, span: TextSpan(start: 0, end: scalars.count))
    }
    let salience = TopicSalience(tokenized)
    return tokenized.map { words in
      var features = features(words)
      features.salience = salience.salience(words)
      return score(features)
    }
  }

  /// The score for `features`.
  public func score(_ features: Features) -> Double {
    if features.isStageDirection || features.words == 0 { return 0 }
    var logit = -2.2
    let hasNumber = features.digits > 0 || features.numberWords > 0
    if features.digits > 0 { logit += 1.4 }
    if features.numberWords > 0 { logit += features.digits > 0 ? 0.3 : 0.9 }
    logit += 0.35 * Double(min(features.quantities, 2))
    logit += 0.6 * Double(min(features.records, 2))
    logit += 0.35 * Double(min(features.changes, 2))
    logit += 0.3 * Double(min(features.pastTense, 2))
    logit += 0.15 * Double(min(features.factualVerbs, 2))
    logit += 0.2 * Double(min(features.names, 3))
    logit += 0.3 * Double(min(features.speechVerbs, 1))
    logit += Self.salienceWeight * min(features.salience, 3)
    logit -= 0.7 * Double(min(features.opinion, 2))
    logit -= hasNumber ? 0.1 : 0.35 * Double(min(features.modals, 2))
    logit -= 0.35 * Double(min(features.secondPerson, 2))
    if features.firstPerson > 0, features.opinion > 0 { logit -= 0.5 }
    if features.isQuestion { logit -= 1.6 }
    if features.isImperative { logit -= 0.9 }
    switch features.words {
    case ..<4: logit -= 2.0
    case 4..<7: logit -= 0.8
    case 7..<10: logit -= 0.2
    case 40...: logit -= 0.3
    default: break
    }
    return 1 / (1 + exp(-logit))
  }

  /// The features of a tokenized sentence.
  public func features(_ words: SentenceWords) -> Features {
    var features = Features()
    let tokens = words.tokens
    var firstWord = true
    var previous = ""
    var letters = 0
    var insideBrackets = 0
    for (index, token) in tokens.enumerated() {
      switch token.kind {
      case .mark:
        if token.lower == "(" || token.lower == "[" { insideBrackets += 1 }
        if token.lower == "%" || token.lower == "$" || token.lower == "€" || token.lower == "£" {
          features.quantities += 1
        }
        continue
      case .number:
        features.words += 1
        features.digits += 1
        firstWord = false
      case .word:
        features.words += 1
        letters += token.span.length
        let word = token.lower
        if Lexicon.numberWords.contains(word) { features.numberWords += 1 }
        if Lexicon.quantityWords.contains(word) { features.quantities += 1 }
        if Lexicon.recordWords.contains(word) || (word.hasSuffix("est") && word.count > 5 && isSuperlative(word)) {
          features.records += 1
        }
        if Lexicon.changeWords.contains(word) { features.changes += 1 }
        if word.count >= 5, word.hasSuffix("ed"), !Lexicon.speechVerbs.contains(word) { features.pastTense += 1 }
        if Lexicon.factualVerbs.contains(word) { features.factualVerbs += 1 }
        if token.isCapitalized, !firstWord, word != "i", previous != "." { features.names += 1 }
        if Lexicon.speechVerbs.contains(word) || (word == "according" && index + 1 < tokens.count) {
          features.speechVerbs += 1
        }
        if Lexicon.opinionWords.contains(word) { features.opinion += 1 }
        if Lexicon.firstPerson.contains(word) { features.firstPerson += 1 }
        if word == "you" || word == "your" { features.secondPerson += 1 }
        if Lexicon.modalWords.contains(word), !(word == "may" && token.isCapitalized) {
          features.modals += 1
          if word != "can" && word != "could" { features.predictions += 1 }
        }
        if firstWord, Lexicon.imperativeOpeners.contains(word) { features.isImperative = true }
        firstWord = false
        previous = word
      }
    }
    if let last = tokens.last(where: { $0.kind == .mark && $0.lower != "\"" && $0.lower != "”" && $0.lower != "’" }),
      last.lower == "?", last == tokens.last(where: { $0.kind == .mark && ($0.lower == "?" || $0.lower == ".") })
    {
      features.isQuestion = true
    }
    // "(Applause.)", "(APPLAUSE)", "[Laughter]": a bracketed line, or a line all in capitals without digits.
    if let first = tokens.first, first.lower == "(" || first.lower == "[", features.words <= 4 {
      features.isStageDirection = true
    }
    if features.words <= 3, features.digits == 0, tokens.allSatisfy({ $0.kind != .word || $0.isAllCapitals }) {
      features.isStageDirection = letters > 0
    }
    return features
  }

  /// The weight of topic salience (per unit of mean log count).
  static let salienceWeight = 0.5

  private func isSuperlative(_ word: String) -> Bool {
    let exceptions: Set<String> = [
      "interest", "protest", "request", "arrest", "forest", "harvest", "contest", "suggest",
    ]
    return !exceptions.contains(word) && !word.hasSuffix("iest") || word.hasSuffix("iest")
  }
}
