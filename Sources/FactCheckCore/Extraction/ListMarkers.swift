/// The list items of one block that run on without line breaks, as in `1. Eggs 2. Milk`.
///
/// A marker is a number or letter with `.`, `.)` or `)`, or in parentheses,
/// after white space or a bullet. Markers of the same shape whose values count
/// up one by one (1, 2, 3; a, b, c; i, ii, iii) form a list: each starts a new
/// sentence, and the full stop of a marker ends none. A numbered marker with a
/// full stop must be followed by a capital ("1. The first"), so "for 1. above"
/// is no list. Letters with a full stop must be lowercase, so initials
/// ("John A. Smith. Jane B. Smith") are not lists.
struct ListMarkers {
  /// Offsets where list items start (the marker's first code point), in order.
  private(set) var itemStarts: [Int] = []
  /// Offsets of full stops that belong to list markers.
  private(set) var markerStops: Set<Int> = []

  private enum Shape: Hashable {
    case numberStop, numberStopParen, numberParen, numberInParens
    case letterStop, letterStopParen, letterParen, letterInParens
    case romanParen, romanInParens
  }

  private struct Candidate {
    var start: Int
    var shape: Shape
    var value: Int
    var stop: Int?
  }

  /// Finds the list markers of `scalars[block]`.
  init(_ scalars: [Unicode.Scalar], block: TextSpan) {
    var candidates: [Candidate] = []
    // A marker ends in "." or ")": find those (few), then look back for the marker's start.
    var index = block.start + 1
    while index < block.end {
      let value = scalars[index].value
      if value == 0x2E || value == 0x29, let start = Self.markerStart(before: index, in: scalars, block: block) {
        candidates.append(contentsOf: Self.candidates(at: start, in: scalars, upper: block.end))
      }
      index += 1
    }
    guard candidates.count >= 2 else { return }
    var members: [Int: Candidate] = [:]
    var lastOfShape: [Shape: Candidate] = [:]
    for candidate in candidates {
      if let previous = lastOfShape[candidate.shape], previous.value + 1 == candidate.value {
        members[previous.start] = previous
        members[candidate.start] = candidate
      }
      lastOfShape[candidate.shape] = candidate
    }
    for start in members.keys.sorted() {
      itemStarts.append(start)
      if let stop = members[start]?.stop { markerStops.insert(stop) }
    }
  }

  /// The offset of the full stop of a numbered marker starting at `offset` ("1." or "12.)"), if one starts there.
  ///
  /// Used at the start of a sentence, where a single marker ("1. This is a list item.") is a list item too.
  static func numberStop(at offset: Int, in scalars: [Unicode.Scalar], upper: Int) -> Int? {
    var index = offset
    while index < upper, ScalarClass.isBullet(scalars[index]) || scalars[index] == " " { index += 1 }
    let digits = index
    while index < upper, index - digits < 3, ScalarClass.isDigit(scalars[index]) { index += 1 }
    guard index > digits, index - digits <= 2, index < upper, scalars[index] == "." else { return nil }
    let after = index + 1
    guard after < upper, ScalarClass.isWhitespace(scalars[after]) || scalars[after] == ")" else { return nil }
    return index
  }

  /// Where a possible marker starts whose token ends right before the `.` or `)` at `mark`: the token is one to
  /// five letters or digits that start a word (after white space, a bullet or the block's start), or follow a
  /// "(" that does.
  @inline(__always)
  private static func markerStart(before mark: Int, in scalars: [Unicode.Scalar], block: TextSpan) -> Int? {
    var tokenStart = mark
    while tokenStart > block.start, mark - tokenStart < 6, ScalarClass.isAlphanumeric(scalars[tokenStart - 1]) {
      tokenStart -= 1
    }
    guard tokenStart < mark, mark - tokenStart <= 5 else { return nil }
    if startsWord(tokenStart, in: scalars, block: block) { return tokenStart }
    if tokenStart > block.start, scalars[tokenStart - 1] == "(", startsWord(tokenStart - 1, in: scalars, block: block) {
      return tokenStart - 1
    }
    return nil
  }

  @inline(__always)
  private static func startsWord(_ index: Int, in scalars: [Unicode.Scalar], block: TextSpan) -> Bool {
    index == block.start || ScalarClass.isWhitespace(scalars[index - 1]) || ScalarClass.isBullet(scalars[index - 1])
  }

  private static func candidates(at start: Int, in scalars: [Unicode.Scalar], upper: Int) -> [Candidate] {
    var index = start
    let parenthesised = scalars[index] == "("
    if parenthesised { index += 1 }
    let tokenStart = index
    while index < upper, index - tokenStart < 5, ScalarClass.isAlphanumeric(scalars[index]) { index += 1 }
    let tokenEnd = index
    guard tokenEnd > tokenStart, tokenEnd < upper else { return [] }
    let first = scalars[tokenStart]
    let isNumber = ScalarClass.isDigit(first)
    var number = 0
    if isNumber {
      guard tokenEnd - tokenStart <= 2 else { return [] }
      for offset in tokenStart..<tokenEnd {
        guard ScalarClass.isDigit(scalars[offset]) else { return [] }
        number = number * 10 + Int(scalars[offset].value - 0x30)
      }
    }
    let isLetter = !isNumber && tokenEnd - tokenStart == 1 && first.value < 0x80 && ScalarClass.isLetter(first)
    let roman = isNumber ? nil : romanValue(scalars, from: tokenStart, to: tokenEnd)
    guard isNumber || isLetter || roman != nil else { return [] }
    let letterValue = isLetter ? Int((first.value | 0x20) - 0x60) : 0
    var result: [Candidate] = []
    func add(_ numberShape: Shape, _ letterShape: Shape?, _ romanShape: Shape?, stop: Int?) {
      if isNumber { result.append(Candidate(start: start, shape: numberShape, value: number, stop: stop)) }
      if isLetter, let letterShape {
        result.append(Candidate(start: start, shape: letterShape, value: letterValue, stop: stop))
      }
      if let roman, let romanShape {
        result.append(Candidate(start: start, shape: romanShape, value: roman, stop: stop))
      }
    }
    let mark = scalars[tokenEnd]
    if parenthesised {
      guard mark == ")", followedBySpace(scalars, tokenEnd + 1, upper) else { return [] }
      add(.numberInParens, .letterInParens, .romanInParens, stop: nil)
    } else if mark == ")" {
      guard followedBySpace(scalars, tokenEnd + 1, upper) else { return [] }
      add(.numberParen, .letterParen, .romanParen, stop: nil)
    } else if mark == "." {
      if tokenEnd + 1 < upper, scalars[tokenEnd + 1] == ")" {
        guard followedBySpace(scalars, tokenEnd + 2, upper) else { return [] }
        add(.numberStopParen, ScalarClass.isLowercase(first) ? .letterStopParen : nil, nil, stop: tokenEnd)
      } else {
        guard followedBySpace(scalars, tokenEnd + 1, upper) else { return [] }
        var next = tokenEnd + 1
        while next < upper, ScalarClass.isWhitespace(scalars[next]) { next += 1 }
        if isNumber, next < upper, ScalarClass.isLowercase(scalars[next]) { return [] }
        add(.numberStop, ScalarClass.isLowercase(first) ? .letterStop : nil, nil, stop: tokenEnd)
      }
    }
    return result
  }

  private static func followedBySpace(_ scalars: [Unicode.Scalar], _ index: Int, _ upper: Int) -> Bool {
    index < upper && ScalarClass.isWhitespace(scalars[index])
  }

  /// The value of a lowercase roman numeral up to 12, or `nil`.
  private static func romanValue(_ scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Int? {
    guard let key = WordKey.key(scalars, from: start, to: end), ScalarClass.isLowercase(scalars[start]) else {
      return nil
    }
    return romanNumerals[key]
  }

  private static let romanNumerals: [UInt64: Int] = {
    let numerals = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
    var table: [UInt64: Int] = [:]
    for (offset, numeral) in numerals.enumerated() { table[WordKey.key(numeral)] = offset + 1 }
    return table
  }()
}
