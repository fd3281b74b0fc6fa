import Foundation

/// Scores how check-worthy a sentence is, in [0, 1].
///
/// Two kinds of evidence feed a linear model trained offline on transcripts
/// labelled by professional fact-checkers (`CheckWorthinessModel`, trained by
/// `factcheck-train` from `Training/data`): features that the check-worthiness
/// literature found to mark claims (ClaimBuster, Hassan et al. 2017; CheckThat!
/// 2018–2019 systems) — numbers and quantities, comparisons and records,
/// factual verbs, names and attribution; questions, first-person opinion,
/// thanks and ceremony, predictions, imperatives and very short lines — plus
/// the document's own topic words (`TopicSalience`), and the sentence's words
/// and word pairs (`LexicalTerms`). Stage directions such as "(Applause.)" and
/// empty lines score 0.
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
    /// The prior probability of the sentence before it in the document (stage directions skipped), or 0.
    public var previousPrior = 0.0
    /// The prior probability of the sentence after it in the document (stage directions skipped), or 0.
    public var nextPrior = 0.0
  }

  /// The model that weighs the evidence.
  public let model: CheckWorthinessModel

  /// Creates a scorer with the shipped model, or another one.
  public init(model: CheckWorthinessModel = .shipped) {
    self.model = model
  }

  /// The score of the sentence `span` in `scalars`, on its own (no document topic words).
  public func score(_ scalars: [Unicode.Scalar], span: TextSpan) -> Double {
    let words = SentenceWords(scalars, span: span)
    return score(words, features: features(words))
  }

  /// The score of a sentence given as a string, on its own.
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
    let inDocument = Self.withContext(
      tokenized.indices.map { index in
        var features = features(tokenized[index])
        features.salience = salience.salience(ofSentenceAt: index)
        return features
      })
    return zip(tokenized, inDocument).map { score($0, features: $1) }
  }

  /// `features` of a document's sentences in order, with each one's neighbours' prior probabilities filled in.
  ///
  /// A claim often runs over several sentences, and fact-checkers choose them together; the sentences around
  /// a likely claim are more likely to be chosen too. Stage directions and empty lines are skipped over.
  public static func withContext(_ features: [Features]) -> [Features] {
    var result = features
    let priors = features.map { $0.isStageDirection || $0.words == 0 ? nil : 1 / (1 + exp(-priorLogit($0))) }
    var previous = 0.0
    for index in result.indices {
      result[index].previousPrior = previous
      if let prior = priors[index] { previous = prior }
    }
    var next = 0.0
    for index in result.indices.reversed() {
      result[index].nextPrior = next
      if let prior = priors[index] { next = prior }
    }
    return result
  }

  /// The score of a tokenized sentence with its features (their `salience` set for its document, or 0).
  public func score(_ words: SentenceWords, features: Features) -> Double {
    if features.isStageDirection || features.words == 0 { return 0 }
    let logit = Self.priorLogit(features) + model.logit(inputs: Self.inputs(features), words: words)
    return 1 / (1 + exp(-logit))
  }

  /// The prior: weights set by hand from the check-worthiness literature, which the trained model corrects.
  ///
  /// The trained weights (`CheckWorthinessModel`) are added to these; training pulls them towards 0, that is
  /// towards this prior, as strongly as cross-validation on the training transcripts says it should.
  public static func priorLogit(_ features: Features) -> Double {
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
    logit += 0.5 * min(features.salience, 3)
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
    return logit
  }

  /// The names of the model's sentence-feature inputs, in order.
  public static let inputNames = [
    "digits", "number-words", "quantities", "records", "changes", "past-tense", "factual-verbs", "names",
    "speech-verbs", "opinion", "first-person", "first-person-opinion", "second-person", "modals", "predictions",
    "question", "imperative", "words-under-4", "words-4-to-6", "words-7-to-9", "words-40-or-more", "salience",
    "previous-prior", "next-prior",
  ]

  /// The model's input values for `features`, parallel to `inputNames`: capped counts and indicators.
  public static func inputs(_ features: Features) -> [Double] {
    func capped(_ value: Int, _ cap: Int) -> Double { Double(min(value, cap)) }
    func flag(_ value: Bool) -> Double { value ? 1 : 0 }
    return [
      flag(features.digits > 0), flag(features.numberWords > 0 && features.digits == 0),
      capped(features.quantities, 2), capped(features.records, 2), capped(features.changes, 2),
      capped(features.pastTense, 2), capped(features.factualVerbs, 2), capped(features.names, 3),
      capped(features.speechVerbs, 1), capped(features.opinion, 2), capped(features.firstPerson, 2),
      flag(features.firstPerson > 0 && features.opinion > 0), capped(features.secondPerson, 2),
      capped(features.modals, 2), capped(features.predictions, 2), flag(features.isQuestion),
      flag(features.isImperative), flag(features.words < 4), flag((4..<7).contains(features.words)),
      flag((7..<10).contains(features.words)), flag(features.words >= 40), min(features.salience, 3),
      features.previousPrior, features.nextPrior,
    ]
  }

  /// The features of a tokenized sentence.
  public func features(_ words: SentenceWords) -> Features {
    var features = Features()
    let tokens = words.tokens
    let scalars = words.scalars
    var firstWord = true
    var letters = 0
    let (pronounI, according, you, your) = (Words.i, Words.according, Words.you, Words.your)
    for (index, token) in tokens.enumerated() {
      switch token.kind {
      case .mark:
        switch token.scalar {
        case "%", "$", "€", "£": features.quantities += 1
        default: break
        }
        continue
      case .number:
        features.words += 1
        features.digits += 1
        firstWord = false
      case .word:
        features.words += 1
        let length = token.span.length
        letters += length
        let classes = token.classes
        if classes.contains(.numberWord) { features.numberWords += 1 }
        if classes.contains(.quantityWord) { features.quantities += 1 }
        if classes.contains(.recordWord)
          || length > 5 && Self.endsWith(token, "est", in: scalars) && !classes.contains(.superlativeException)
        {
          features.records += 1
        }
        if classes.contains(.changeWord) { features.changes += 1 }
        if length >= 5, Self.endsWith(token, "ed", in: scalars), !classes.contains(.speechVerb) {
          features.pastTense += 1
        }
        if classes.contains(.factualVerb) { features.factualVerbs += 1 }
        if token.isCapitalized, !firstWord, !token.is(pronounI) { features.names += 1 }
        if classes.contains(.speechVerb) || (token.is(according) && index + 1 < tokens.count) {
          features.speechVerbs += 1
        }
        if classes.contains(.opinionWord) { features.opinion += 1 }
        if classes.contains(.firstPerson) { features.firstPerson += 1 }
        if token.is(you) || token.is(your) { features.secondPerson += 1 }
        if classes.contains(.modalWord), !(token.is(Words.may) && token.isCapitalized) {
          features.modals += 1
          if !token.is(Words.can) && !token.is(Words.could) { features.predictions += 1 }
        }
        if firstWord, classes.contains(.imperativeOpener) { features.isImperative = true }
        firstWord = false
      }
    }
    // A question: the last mark (closing quotes aside) is "?", and no full stop follows it.
    if let last = tokens.lastIndex(where: { $0.kind == .mark && !["\"", "”", "’"].contains($0.scalar) }),
      tokens[last].scalar == "?",
      last == tokens.lastIndex(where: { $0.kind == .mark && ($0.scalar == "?" || $0.scalar == ".") })
    {
      features.isQuestion = true
    }
    // "(Applause.)", "(APPLAUSE)", "[Laughter]": a bracketed line, or a line all in capitals without digits.
    if let first = tokens.first, first.isMark("(") || first.isMark("["), features.words <= 4 {
      features.isStageDirection = true
    }
    if features.words <= 3, features.digits == 0, tokens.allSatisfy({ $0.kind != .word || $0.isAllCapitals }) {
      features.isStageDirection = letters > 0
    }
    return features
  }

  /// Whether the word `token` ends with the lowercase ASCII `suffix` (compared case-insensitively).
  @inline(__always)
  private static func endsWith(_ token: SentenceWords.Token, _ suffix: StaticString, in scalars: [Unicode.Scalar])
    -> Bool
  {
    let count = suffix.utf8CodeUnitCount
    guard token.span.length >= count else { return false }
    let start = token.span.end - count
    return suffix.withUTF8Buffer { bytes in
      for offset in 0..<count where WordHash.fold(scalars[start + offset]).value != UInt32(bytes[offset]) {
        return false
      }
      return true
    }
  }
}
