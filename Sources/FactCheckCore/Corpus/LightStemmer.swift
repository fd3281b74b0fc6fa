/// Strips English inflections from a lowercase word: plurals, `-ed`, `-ing` and a final `y`.
///
/// The first step of Porter's algorithm (1980), steps 1a–1c: "soldiers" → "soldier", "losses" → "loss",
/// "conscripted" → "conscript", "casualties" and "casualty" → "casualti". Derivational suffixes are left alone
/// ("conscription" stays), so words are merged only when they differ in inflection.
public enum LightStemmer {
  /// The stem of `word`, which must be lowercase; words of three letters or fewer are returned unchanged.
  public static func stem(_ word: String) -> String {
    var letters = Array(word.unicodeScalars)
    guard letters.count > 3, letters.allSatisfy({ $0.isASCII }) else { return word }
    step1a(&letters)
    step1b(&letters)
    step1c(&letters)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: letters)
    return String(view)
  }

  private static func step1a(_ word: inout [Unicode.Scalar]) {
    if ends(word, "sses") || ends(word, "ies") {
      word.removeLast(2)
    } else if ends(word, "ss") {
      return
    } else if ends(word, "s") {
      word.removeLast()
    }
  }

  private static func step1b(_ word: inout [Unicode.Scalar]) {
    if ends(word, "eed") {
      if measure(word.dropLast(3)) > 0 { word.removeLast() }
      return
    }
    var removed = false
    for suffix in ["ed", "ing"] where ends(word, suffix) {
      let stem = word.dropLast(suffix.unicodeScalars.count)
      if containsVowel(stem) {
        word = Array(stem)
        removed = true
      }
      break
    }
    guard removed else { return }
    if ends(word, "at") || ends(word, "bl") || ends(word, "iz") {
      word.append("e")
    } else if let last = word.last, word.count >= 2, word[word.count - 2] == last, isConsonant(word, word.count - 1),
      !["l", "s", "z"].contains(last)
    {
      word.removeLast()
    } else if measure(word[...]) == 1, endsConsonantVowelConsonant(word) {
      word.append("e")
    }
  }

  private static func step1c(_ word: inout [Unicode.Scalar]) {
    if ends(word, "y"), containsVowel(word.dropLast()) {
      word[word.count - 1] = "i"
    }
  }

  private static func ends(_ word: [Unicode.Scalar], _ suffix: String) -> Bool {
    let tail = Array(suffix.unicodeScalars)
    return word.count > tail.count && word.suffix(tail.count).elementsEqual(tail)
  }

  /// Whether the letter at `index` is a consonant: not a vowel, and `y` only after a vowel.
  private static func isConsonant<C: RandomAccessCollection>(_ word: C, _ index: C.Index) -> Bool
  where C.Element == Unicode.Scalar, C.Index == Int {
    switch word[index] {
    case "a", "e", "i", "o", "u": return false
    case "y": return index == word.startIndex ? true : !isConsonant(word, index - 1)
    default: return true
    }
  }

  private static func containsVowel(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
    word.indices.contains { !isConsonant(word, $0) }
  }

  /// Porter's m: the number of vowel-consonant sequences.
  private static func measure(_ word: ArraySlice<Unicode.Scalar>) -> Int {
    var count = 0
    var previousVowel = false
    for index in word.indices {
      let vowel = !isConsonant(word, index)
      if previousVowel, !vowel { count += 1 }
      previousVowel = vowel
    }
    return count
  }

  /// Whether the word ends consonant-vowel-consonant, the last not `w`, `x` or `y` ("hop" but not "snow").
  private static func endsConsonantVowelConsonant(_ word: [Unicode.Scalar]) -> Bool {
    let count = word.count
    guard count >= 3, let last = word.last else { return false }
    return isConsonant(word, count - 1) && !isConsonant(word, count - 2) && isConsonant(word, count - 3)
      && !["w", "x", "y"].contains(last)
  }
}
