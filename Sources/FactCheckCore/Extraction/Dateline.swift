/// The dateline that opens a news story: "(CNN) —", "KYIV, Ukraine (AP) —", "LONDON (Reuters) -", "WASHINGTON —".
enum Dateline {
  /// The dateline at the start of `block`, dash included, if there is one.
  static func span(atStartOf block: TextSpan, in scalars: [Unicode.Scalar]) -> TextSpan? {
    var index = block.start
    let limit = min(block.end, block.start + 80)
    var sawAgency = false
    var sawCapitals = false
    guard index < limit, scalars[index] == "(" || startsWithCapitalsWord(block, in: scalars) else { return nil }
    // Place words in capitals ("KYIV,", "NEW YORK,"), then optionally a place and date in ordinary case.
    while index < limit {
      let scalar = scalars[index]
      if scalar == "(" {
        var close = index + 1
        while close < limit, scalars[close] != ")", scalars[close] != "(" { close += 1 }
        guard close < limit, scalars[close] == ")", close - index <= 30, close > index + 1,
          ScalarClass.isUppercase(scalars[index + 1])
        else { return nil }
        sawAgency = true
        index = close + 1
        break
      }
      if ScalarClass.isDash(scalar) { break }
      if ScalarClass.isLowercase(scalar) {
        guard sawCapitals else { return nil }
      } else if ScalarClass.isUppercase(scalar) {
        sawCapitals = true
      } else if ScalarClass.isTerminal(scalar) || scalar == "“" || scalar == "\"" {
        return nil
      }
      index += 1
    }
    guard sawAgency || isAllCapitalsPlace(TextSpan(start: block.start, end: index), in: scalars) else { return nil }
    // Then white space, a dash, and white space.
    while index < block.end, scalars[index] == " " || scalars[index] == "\u{A0}" { index += 1 }
    guard index < block.end, ScalarClass.isDash(scalars[index]) else { return nil }
    var end = index + 1
    while end < block.end, ScalarClass.isDash(scalars[end]) { end += 1 }
    guard end < block.end, ScalarClass.isWhitespace(scalars[end]) else { return nil }
    return TextSpan(start: block.start, end: end)
  }

  /// Whether the block's first word is in capitals, two letters or more ("KYIV,", "LONDON").
  private static func startsWithCapitalsWord(_ block: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    var index = block.start
    var letters = 0
    while index < block.end, ScalarClass.isLetter(scalars[index]) {
      guard ScalarClass.isUppercase(scalars[index]) else { return false }
      letters += 1
      index += 1
    }
    return letters >= 2
  }

  /// Whether `span` starts with a place name in capitals of at least four letters ("WASHINGTON", "NEW YORK, N.Y.").
  private static func isAllCapitalsPlace(_ span: TextSpan, in scalars: [Unicode.Scalar]) -> Bool {
    var letters = 0
    for scalar in scalars[span.start..<span.end] {
      if ScalarClass.isLowercase(scalar) { break }
      if ScalarClass.isUppercase(scalar) { letters += 1 }
    }
    return letters >= 4
  }
}
