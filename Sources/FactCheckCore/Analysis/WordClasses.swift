/// The closed word classes of `Lexicon` a word belongs to, as bits: found with one table look-up per word.
public struct WordClasses: OptionSet, Sendable, Hashable {
  public let rawValue: UInt32

  public init(rawValue: UInt32) {
    self.rawValue = rawValue
  }

  static let speechVerb = WordClasses(rawValue: 1 << 0)
  static let nounLikeVerb = WordClasses(rawValue: 1 << 1)
  static let determiner = WordClasses(rawValue: 1 << 2)
  static let passiveMarker = WordClasses(rawValue: 1 << 3)
  static let speakerAdverb = WordClasses(rawValue: 1 << 4)
  static let clauseWord = WordClasses(rawValue: 1 << 5)
  static let relativePronoun = WordClasses(rawValue: 1 << 6)
  static let personalPronoun = WordClasses(rawValue: 1 << 7)
  static let personNoun = WordClasses(rawValue: 1 << 8)
  static let numberWord = WordClasses(rawValue: 1 << 9)
  static let quantityWord = WordClasses(rawValue: 1 << 10)
  static let recordWord = WordClasses(rawValue: 1 << 11)
  static let changeWord = WordClasses(rawValue: 1 << 12)
  static let factualVerb = WordClasses(rawValue: 1 << 13)
  static let modalWord = WordClasses(rawValue: 1 << 14)
  static let opinionWord = WordClasses(rawValue: 1 << 15)
  static let firstPerson = WordClasses(rawValue: 1 << 16)
  static let imperativeOpener = WordClasses(rawValue: 1 << 17)
  static let hedgeWord = WordClasses(rawValue: 1 << 18)
  static let hedgeVerb = WordClasses(rawValue: 1 << 19)
  static let disagreementWord = WordClasses(rawValue: 1 << 20)
  static let negation = WordClasses(rawValue: 1 << 21)
  static let verificationVerb = WordClasses(rawValue: 1 << 22)
  static let disclosureVerb = WordClasses(rawValue: 1 << 23)
  static let functionWord = WordClasses(rawValue: 1 << 24)
  static let superlativeException = WordClasses(rawValue: 1 << 25)
  static let organisationWord = WordClasses(rawValue: 1 << 26)
  /// Words that start a caveat cue of `CaveatDetector` other than the classes above ("identity", "comment", "in").
  static let caveatCue = WordClasses(rawValue: 1 << 27)

  /// The words of `caveatCue`.
  static let caveatCueWords: Set<String> = [
    "identity", "anonymity", "anonymous", "unnamed", "unidentified", "comment", "claims", "claim", "in", "on",
  ]

  /// The classes of every word in `Lexicon`, by `WordHash` key.
  static let table: KeyTable<WordClasses> = {
    let sets: [(Set<String>, WordClasses)] = [
      (Lexicon.speechVerbs, .speechVerb), (Lexicon.nounLikeVerbs, .nounLikeVerb), (Lexicon.determiners, .determiner),
      (Lexicon.passiveMarkers, .passiveMarker), (Lexicon.speakerAdverbs, .speakerAdverb),
      (Lexicon.clauseWords, .clauseWord), (Lexicon.relativePronouns, .relativePronoun),
      (Lexicon.personalPronouns, .personalPronoun), (Lexicon.personNouns, .personNoun),
      (Lexicon.numberWords, .numberWord), (Lexicon.quantityWords, .quantityWord), (Lexicon.recordWords, .recordWord),
      (Lexicon.changeWords, .changeWord), (Lexicon.factualVerbs, .factualVerb), (Lexicon.modalWords, .modalWord),
      (Lexicon.opinionWords, .opinionWord), (Lexicon.firstPerson, .firstPerson),
      (Lexicon.imperativeOpeners, .imperativeOpener), (Lexicon.hedgeWords, .hedgeWord),
      (Lexicon.hedgeVerbs, .hedgeVerb), (Lexicon.disagreementWords, .disagreementWord),
      (Lexicon.negations, .negation), (Lexicon.verificationVerbs, .verificationVerb),
      (Lexicon.disclosureVerbs, .disclosureVerb), (Lexicon.functionWords, .functionWord),
      (Lexicon.superlativeExceptions, .superlativeException), (Lexicon.organisationWords, .organisationWord),
      (caveatCueWords, .caveatCue),
    ]
    var classes: [UInt64: WordClasses] = [:]
    for (words, wordClass) in sets {
      for word in words { classes[WordHash.hash(word), default: []].insert(wordClass) }
    }
    return KeyTable(classes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }, empty: [])
  }()

  /// The classes of the word with `key` (none when it is in no class).
  @inline(__always)
  static func of(_ key: UInt64) -> WordClasses {
    table[key] ?? []
  }
}
