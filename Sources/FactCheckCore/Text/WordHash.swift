/// A 64-bit hash of a word, case-folded, computed from code points without making a string.
///
/// FNV-1a over the lowercased scalars. Lexicon look-ups and the check-worthiness
/// model's word features use it, so that the analysis never allocates a string
/// per word. Two different words share a hash with probability about 2⁻⁶⁴ per
/// pair: for the few thousand words the tables hold, never in practice.
public enum WordHash {
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// The hash of `scalars[start..<end]`, lowercased.
  @inline(__always)
  public static func hash(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> UInt64 {
    var hash = offsetBasis
    for index in start..<end {
      hash = (hash ^ UInt64(fold(scalars[index]).value)) &* prime
    }
    return hash
  }

  /// The hash of a word written as a string (lowercased the same way).
  public static func hash<Word: StringProtocol>(_ word: Word) -> UInt64 {
    var hash = offsetBasis
    for scalar in word.unicodeScalars {
      hash = (hash ^ UInt64(fold(scalar).value)) &* prime
    }
    return hash
  }

  /// The hash of a word given as code points (lowercased the same way).
  public static func hash<Scalars: Sequence<Unicode.Scalar>>(scalars: Scalars) -> UInt64 {
    var hash = offsetBasis
    for scalar in scalars {
      hash = (hash ^ UInt64(fold(scalar).value)) &* prime
    }
    return hash
  }

  /// The hash of two words in a row: a bigram.
  @inline(__always)
  public static func combine(_ first: UInt64, _ second: UInt64) -> UInt64 {
    var hash = (first ^ 0x2000) &* prime  // A space between the two words.
    var value = second
    for _ in 0..<8 {
      hash = (hash ^ (value & 0xFF)) &* prime
      value >>= 8
    }
    return hash
  }

  /// `scalars[start..<end]` lowercased the way the hash folds them.
  public static func lowercased(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> String {
    var view = String.UnicodeScalarView()
    for index in start..<end { view.append(fold(scalars[index])) }
    return String(view)
  }

  /// One scalar lowercased: ASCII directly, other uppercase letters by their single-scalar lowercase mapping.
  @inline(__always)
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value < 0x80 {
      return value >= 0x41 && value <= 0x5A ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
    }
    guard scalar.properties.changesWhenLowercased else { return scalar }
    let lowered = scalar.properties.lowercaseMapping.unicodeScalars
    return lowered.count == 1 ? lowered.first ?? scalar : scalar
  }
}
