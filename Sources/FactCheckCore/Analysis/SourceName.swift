/// What the text of a source says about who it is: the personal name it ends with, whether it is a person, a
/// pronoun, or two people.
///
/// Works on the source as `AttributionFinder` found it (white space made single spaces), at code points, with
/// words compared by `WordHash`.
enum SourceName {
  /// The personal name a source ends with ("Igor Konashenkov" in "Defense Ministry spokesman Igor Konashenkov"),
  /// if it ends with one.
  static func personalName(_ source: String) -> String? {
    // Words are read backwards at code points: splitting at characters costs grapheme breaking, and splitting into
    // an array of words costs an allocation per source.
    let scalars = Array(source.unicodeScalars)
    var end = scalars.count
    var count = 0
    var nameStart = 0
    var nameEnd = 0
    var lastHasApostrophe = false
    while true {
      while end > 0, scalars[end - 1] == " " { end -= 1 }
      guard end > 0 else { break }
      var start = end - 1
      while start > 0, scalars[start - 1] != " " { start -= 1 }
      let word = scalars[start..<end]
      let key = WordHash.hash(scalars: word)
      guard ScalarClass.isUppercase(scalars[start]), !WordClasses.of(key).contains(.organisationWord),
        !Self.pronouns.contains(key)
      else { break }
      if count == 0 {
        nameEnd = end
        lastHasApostrophe = word.contains { $0 == "’" || $0 == "'" }
      }
      nameStart = start
      count += 1
      end = start
    }
    guard count > 0, count > 1 || !lastHasApostrophe else { return nil }
    // The words as the source has them, one space apart.
    var name = String.UnicodeScalarView()
    var previous: Unicode.Scalar = "x"
    for scalar in scalars[nameStart..<nameEnd] where scalar != " " || previous != " " {
      name.append(scalar)
      previous = scalar
    }
    return String(name)
  }

  /// Whether a source reads as a person: not a pronoun, not an organisation, and named or described as one.
  static func isPerson(_ source: String) -> Bool {
    // Words end at a space or an apostrophe; each is hashed as it is read (no array of words is made).
    var count = 0
    var only: UInt64 = 0
    var describesPerson = false
    var hash = WordHash.offsetBasis
    var inWord = false
    func endWord() -> Bool {
      guard inWord else { return true }
      let classes = WordClasses.of(hash)
      if classes.contains(.organisationWord) { return false }
      if classes.contains(.personNoun) { describesPerson = true }
      only = hash
      count += 1
      hash = WordHash.offsetBasis
      inWord = false
      return true
    }
    for scalar in source.unicodeScalars {
      if scalar == " " || scalar == "’" || scalar == "'" {
        guard endWord() else { return false }
      } else {
        hash = (hash ^ UInt64(WordHash.fold(scalar).value)) &* WordHash.prime
        inWord = true
      }
    }
    guard endWord(), count > 0, count > 1 || !Self.pronouns.contains(only) else { return false }
    let first = source.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false
    return first || describesPerson
  }

  /// Whether a source can be what a following "it" refers to: not a pronoun, two people, a person described as one
  /// ("the woman", "spokesman Igor Konashenkov") or a personal name of several words; "The United Nations",
  /// "the ministry" and "Microsoft" can.
  static func mayBeCalledIt(_ source: String) -> Bool {
    let describesPerson = source.unicodeScalars.split(separator: " ").contains {
      WordClasses.of(WordHash.hash(scalars: $0)).contains(.personNoun)
    }
    guard !isPronoun(source), !namesTwo(source), !describesPerson else { return false }
    if WordHash.hash(scalars: source.unicodeScalars.prefix { $0 != " " }) == Words.the {
      return true  // "The United Nations": a personal name does not start with "the".
    }
    return personalName(source).map { !$0.unicodeScalars.contains(" ") } ?? true
  }

  /// The pronouns a source can be ("He said", "It said", "They said"): never a name.
  static let pronouns: Set<UInt64> = Set(["he", "she", "it", "they", "we", "i", "you"].map(WordHash.hash))

  /// Whether a source is a pronoun alone.
  static func isPronoun(_ source: String) -> Bool {
    !source.unicodeScalars.contains(" ") && pronouns.contains(WordHash.hash(source))
  }

  /// Whether a source names two ("Konstantin Kosachev and Irina Yarovaya").
  static func namesTwo(_ source: String) -> Bool {
    let pattern: [UInt8] = [0x20, 0x61, 0x6E, 0x64, 0x20]  // " and "
    var utf8 = source
    return utf8.withUTF8 { bytes in
      guard bytes.count >= pattern.count else { return false }
      for start in 0...(bytes.count - pattern.count) where bytes[start] == 0x20 {
        if (0..<pattern.count).allSatisfy({ bytes[start + $0] == pattern[$0] }) { return true }
      }
      return false
    }
  }
}
