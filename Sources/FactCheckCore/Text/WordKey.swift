/// Packs a short ASCII word into an integer, case-folded, for allocation-free set look-ups.
///
/// Letters `a`–`z` take five bits each and `.` is allowed (for `a.m`, `e.g`),
/// so words of up to twelve characters fit in a `UInt64`. Anything else gives
/// `nil`: such a word is in none of the tables that use these keys.
enum WordKey {
  /// The key of `scalars[start..<end]`, or `nil` if it is empty, too long or not ASCII letters and dots.
  @inline(__always)
  static func key(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> UInt64? {
    let length = end - start
    guard length > 0, length <= 12 else { return nil }
    var key: UInt64 = 0
    for index in start..<end {
      var value = scalars[index].value
      if value >= 0x41 && value <= 0x5A { value += 0x20 }
      let code: UInt64
      if value >= 0x61 && value <= 0x7A {
        code = UInt64(value - 0x60)
      } else if value == 0x2E {
        code = 27
      } else {
        return nil
      }
      key = key << 5 | code
    }
    return key
  }

  /// The key of an ASCII word written in source code.
  static func key(_ word: String) -> UInt64 {
    let scalars = Array(word.unicodeScalars)
    guard let key = key(scalars, from: 0, to: scalars.count) else {
      preconditionFailure("'\(word)' is not a short ASCII word")
    }
    return key
  }

  /// The keys of `words`.
  static func set(_ words: [String]) -> Set<UInt64> {
    Set(words.map(key))
  }
}
