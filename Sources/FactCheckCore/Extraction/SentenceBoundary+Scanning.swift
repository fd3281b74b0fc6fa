/// Looking around a position of the text: spaces, closers and openers, words and their case.
extension SentenceBoundary {
  /// The first position at or after `index` (before the block's end) whose scalar `belongs` does not accept.
  func skip(from index: Int, while belongs: (Unicode.Scalar) -> Bool) -> Int {
    var index = index
    while index < upper, belongs(scalars[index]) { index += 1 }
    return index
  }

  func skipSpace(from index: Int) -> Int { skip(from: index, while: ScalarClass.isWhitespace) }

  func skipClosers(from index: Int) -> Int { skip(from: index, while: ScalarClass.isClosing) }

  func skipOpeners(from index: Int) -> Int {
    var index = index
    while index < upper, ScalarClass.isOpening(scalars[index]) && scalars[index] != "(" && scalars[index] != "[" {
      index += 1
    }
    return index
  }

  /// The number of marks in a spaced run such as `. . .` starting at `index` (1 if there is none).
  func spacedStops(from index: Int) -> Int {
    var count = 1
    var offset = index
    while offset + 2 < upper, scalars[offset + 1] == " ", scalars[offset + 2] == scalars[index] {
      count += 1
      offset += 2
    }
    return count
  }

  /// Skips footnote references after sentence-final punctuation: "martyr.[1][2]", "consultation.11 12".
  func skipFootnotes(from index: Int, terminal: Int) -> Int {
    var offset = index
    while offset < upper, scalars[offset] == "[", let close = regions.closer(ofBracketOpeningAt: offset),
      close - offset <= 8,
      scalars[(offset + 1)..<close].allSatisfy({ ScalarClass.isDigit($0) || ScalarClass.isDash($0) })
    {
      offset = close + 1
    }
    guard offset == index, scalars[terminal] == ".", terminal > lower,
      ScalarClass.isLetter(scalars[terminal - 1]) || scalars[terminal - 1] == ")"
    else { return offset }
    var digits = offset
    while digits < upper, digits - offset < 4, ScalarClass.isDigit(scalars[digits]) { digits += 1 }
    guard digits > offset, digits - offset <= 3, digits == upper || ScalarClass.isWhitespace(scalars[digits]) else {
      return offset
    }
    offset = digits
    // Further references separated by spaces: "consultation.11 12 Take".
    while true {
      let start = skipSpace(from: offset)
      var end = start
      while end < upper, end - start < 4, ScalarClass.isDigit(scalars[end]) { end += 1 }
      guard end > start, end - start <= 3, end < upper, ScalarClass.isWhitespace(scalars[end]) else { break }
      offset = end
    }
    return offset
  }

  /// The first letter or digit at or after `index`, skipping a few opening marks, dashes and symbols.
  func firstAlphanumeric(from index: Int) -> Int? {
    var offset = index
    while offset < upper, offset - index < 4 {
      let scalar = scalars[offset]
      if ScalarClass.isAlphanumeric(scalar) { return offset }
      if ScalarClass.isWhitespace(scalar) && offset - index > 2 { return nil }
      offset += 1
    }
    return nil
  }

  func startsLowercase(at index: Int) -> Bool {
    guard let first = firstAlphanumeric(from: index) else { return false }
    return ScalarClass.isLowercase(scalars[first])
  }

  func startsCapitalised(at index: Int) -> Bool {
    guard let first = firstAlphanumeric(from: index) else { return false }
    return ScalarClass.isUppercase(scalars[first])
  }

  func wordEnd(from index: Int) -> Int { skip(from: index, while: ScalarClass.isLetter) }

  func previousWordIsLowercase(before index: Int) -> Bool {
    var end = index
    while end > lower, ScalarClass.isWhitespace(scalars[end - 1]) { end -= 1 }
    var start = end
    while start > lower, ScalarClass.isLetter(scalars[start - 1]) { start -= 1 }
    return start < end && ScalarClass.isLowercase(scalars[start])
  }

  func wordCount(from start: Int, to end: Int) -> Int {
    var count = 0
    var inWord = false
    for offset in start..<end {
      let isWord = !ScalarClass.isWhitespace(scalars[offset])
      if isWord && !inWord { count += 1 }
      inWord = isWord
    }
    return count
  }

  func isMonthOrDay(from start: Int, to end: Int) -> Bool {
    guard let key = WordKey.key(scalars, from: start, to: end) else { return false }
    return Self.monthsAndDays.contains(key)
  }

  private static let monthsAndDays = WordKey.set([
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ])

  /// Whether the `!` at `index` belongs to a name such as "Yahoo!".
  func isPartOfExclamationWord(_ index: Int) -> Bool {
    guard scalars[index] == "!" else { return false }
    var start = index
    while start > lower, ScalarClass.isLetter(scalars[start - 1]) { start -= 1 }
    guard let key = WordKey.key(scalars, from: start, to: index) else { return false }
    return Self.exclamationWords.contains(key)
  }

  private static let exclamationWords = WordKey.set(["yahoo", "jeopardy", "yum"])
}
