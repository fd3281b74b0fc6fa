/// The sentence boundaries of one block: the scanning pass of `SentenceSegmenter`.
struct SentenceBoundary {
  // Read by the scanning helpers too (SentenceBoundary+Scanning.swift).
  let scalars: [Unicode.Scalar]
  let lower: Int
  let upper: Int
  let regions: QuotedRegions
  let lists: ListMarkers
  private var found: [TextSpan] = []

  /// What the scan does after looking at a terminal mark.
  private struct Decision {
    /// Where the current sentence ends, if it ends here.
    var cut: Int?
    /// Where the next sentence starts (when `cut` is set).
    var next: Int
    /// Where scanning resumes.
    var resume: Int
  }

  /// Prepares to scan `block` of `scalars`.
  init(scalars: [Unicode.Scalar], block: TextSpan) {
    self.scalars = scalars
    self.lower = block.start
    self.upper = block.end
    self.regions = QuotedRegions(scalars, block: block)
    self.lists = ListMarkers(scalars, block: block)
  }

  /// The trimmed sentence spans of the block, in order.
  mutating func spans() -> [TextSpan] {
    var start = skipSpace(from: lower)
    var markerStop = ListMarkers.numberStop(at: start, in: scalars, upper: upper)
    var items = lists.itemStarts.makeIterator()
    var nextItem = items.next()
    var index = start
    while index < upper {
      while let item = nextItem, item < index { nextItem = items.next() }
      let scalar = scalars[index]
      // Letters, digits, spaces and most ASCII punctuation decide nothing: skip them at once.
      if scalar.value < 0x80, !Self.isDecisiveASCII(scalar.value), nextItem != index {
        index += 1
        continue
      }
      let forced =
        index > start
        && (nextItem == index || (ScalarClass.isBullet(scalar) && ScalarClass.isWhitespace(scalars[index - 1])))
        && !onlyBullets(from: start, to: index)
      if forced {
        emit(from: start, to: index)
        start = index
        markerStop = ListMarkers.numberStop(at: start, in: scalars, upper: upper)
        index += 1
        continue
      }
      if ScalarClass.isClosing(scalar), index > start + 2, ScalarClass.isDash(scalars[index - 1]),
        let cut = interruptedQuotationEnd(at: index)
      {
        // "… afore she comes, to--" At this moment": speech broken off ends the sentence.
        emit(from: start, to: cut)
        start = skipSpace(from: cut)
        markerStop = ListMarkers.numberStop(at: start, in: scalars, upper: upper)
        index = start
        continue
      }
      guard ScalarClass.isTerminal(scalar), !regions.isProtected(index), index != markerStop,
        !lists.markerStops.contains(index), !isPartOfExclamationWord(index)
      else {
        index += 1
        continue
      }
      let decision = decide(at: index, sentenceStart: start)
      if let cut = decision.cut {
        emit(from: start, to: cut)
        start = decision.next
        markerStop = ListMarkers.numberStop(at: start, in: scalars, upper: upper)
      }
      index = max(decision.resume, index + 1)
    }
    emit(from: start, to: upper)
    attachTrailingAside()
    return found
  }

  /// Whether an ASCII scalar can end a sentence or close a quotation: `.`, `!`, `?`, `"`, `'`, `)`, `]`, `}`.
  @inline(__always)
  private static func isDecisiveASCII(_ value: UInt32) -> Bool {
    let low: UInt64 = (1 << 0x21) | (1 << 0x22) | (1 << 0x27) | (1 << 0x29) | (1 << 0x2E) | (1 << 0x3F)
    let high: UInt64 = (1 << (0x5D - 64)) | (1 << (0x7D - 64))
    return value < 64 ? (low >> UInt64(value)) & 1 == 1 : (high >> UInt64(value - 64)) & 1 == 1
  }

  // MARK: - Deciding

  private func decide(at index: Int, sentenceStart start: Int) -> Decision {
    let scalar = scalars[index]
    var runEnd = index + 1
    var isEllipsis = scalar == "…"
    if scalar == "." {
      let spaced = spacedStops(from: index)
      if spaced >= 3 {
        let end = index + spaced * 2 - 1
        let attached = index > start && !ScalarClass.isWhitespace(scalars[index - 1])
        if attached && spaced == 4 {
          // "compounds. . . . The": the first stop ends the sentence, ". . ." opens the next.
          let after = skipClosers(from: end)
          let next = skipSpace(from: after)
          if next < upper, after < next, startsCapitalised(at: next) {
            return Decision(cut: index + 1, next: index + 2, resume: end)
          }
          return Decision(cut: nil, next: 0, resume: end)
        }
        if spaced == 3 { return Decision(cut: nil, next: 0, resume: end) }
        runEnd = end
        isEllipsis = true
      } else {
        while runEnd < upper, ScalarClass.isTerminal(scalars[runEnd]) { runEnd += 1 }
        let stops = runEnd - index
        let allStops = scalars[index..<runEnd].allSatisfy { $0 == "." }
        let spaceBefore = index == lower || ScalarClass.isWhitespace(scalars[index - 1])
        if allStops, stops >= 2, spaceBefore, index > start, stops != 3 {
          // A doubled stop after a space ("reste .. Logiquement"): the first ends the sentence.
          return Decision(cut: index + 1, next: index + 1, resume: index + 1)
        }
        if allStops, stops >= 2, index == start {
          // A run of stops on its own is a fragment of its own.
          let after = skipClosers(from: runEnd)
          if after < upper, ScalarClass.isWhitespace(scalars[after]) {
            return Decision(cut: after, next: skipSpace(from: after), resume: after)
          }
        }
        isEllipsis = isEllipsis || (allStops && stops >= 3)
      }
    } else {
      let spaced = spacedStops(from: index)
      if spaced >= 2 {
        runEnd = index + spaced * 2 - 1  // "! ! !": one run.
      } else {
        while runEnd < upper, ScalarClass.isTerminal(scalars[runEnd]) { runEnd += 1 }
      }
    }
    // Closing quotes and brackets, then footnote references.
    var after = runEnd
    while after < upper, ScalarClass.isClosing(scalars[after]) {
      if let opener = regions.opener(ofBracketClosingAt: after), skipOpeners(from: start) < opener {
        // "(He worked as an engineer.) at the": a bracket inside the sentence.
        return Decision(cut: nil, next: 0, resume: after + 1)
      }
      after += 1
    }
    after = skipFootnotes(from: after, terminal: index)
    guard after < upper else { return Decision(cut: nil, next: 0, resume: upper) }
    if ScalarClass.isFullWidthTerminal(scalars[runEnd - 1]), !ScalarClass.isWhitespace(scalars[after]) {
      return Decision(cut: after, next: after, resume: after)
    }
    guard ScalarClass.isWhitespace(scalars[after]) else { return Decision(cut: nil, next: 0, resume: after) }
    let next = skipSpace(from: after)
    guard next < upper else { return Decision(cut: nil, next: 0, resume: upper) }
    let ends =
      scalar == "." && runEnd == index + 1 && !isEllipsis
      ? stopEndsSentence(at: index, next: next, sentenceStart: start, bare: after == index + 1)
      : !startsLowercase(at: next)
    return ends ? Decision(cut: after, next: next, resume: next) : Decision(cut: nil, next: 0, resume: next)
  }

  /// Whether a single full stop at `index` ends the sentence, given the text starting at `next`.
  private func stopEndsSentence(at index: Int, next: Int, sentenceStart start: Int, bare: Bool) -> Bool {
    guard let first = firstAlphanumeric(from: next) else { return !isAbbreviation(before: index, start: start) }
    var wordStart = index
    while wordStart > lower, ScalarClass.isLetter(scalars[wordStart - 1]) || scalars[wordStart - 1] == "." {
      wordStart -= 1
    }
    while wordStart < index, scalars[wordStart] == "." { wordStart += 1 }
    if ScalarClass.isLowercase(scalars[first]) {
      // "in the city. features": a plain word's stop ends the sentence even before lowercase.
      return bare && isPlainWord(from: wordStart, to: index)
    }
    let digitFollows = ScalarClass.isDigit(scalars[first])
    // "N°. 5", "No. 5", "p. 55": a marker before a number.
    if wordStart < index, index - wordStart <= 2, wordStart == index - 1 || scalars[index - 1] == "°" {
      if digitFollows { return false }
    }
    if index > lower, scalars[index - 1] == "°" { return !digitFollows }
    guard wordStart < index, wordStart == lower || !ScalarClass.isAlphanumeric(scalars[wordStart - 1]) else {
      return true  // "600.", "x10.", "%3.00.": numbers end sentences.
    }
    let length = index - wordStart
    if length == 1 {
      // An initial ("Jonas E. Smith"), except the pronoun "I" after a lowercase word ("you and I. Did").
      guard scalars[wordStart] == "I", !digitFollows else { return false }
      return previousWordIsLowercase(before: wordStart)
    }
    let dotted = isDottedAbbreviation(from: wordStart, to: index)
    let nextWordEnd = wordEnd(from: first)
    let startsSentence = SentenceStarters.contains(scalars, from: first, to: nextWordEnd)
    if let kind = Abbreviations.kind(scalars, from: wordStart, to: index) {
      switch kind {
      case .title, .latin: return false
      case .number: return !digitFollows
      case .general: return !digitFollows && startsSentence
      case .time:
        if digitFollows { return false }
        if startsSentence { return true }
        return !isMonthOrDay(from: first, to: nextWordEnd) && wordCount(from: start, to: wordStart) >= 4
      }
    }
    if dotted {
      // "U.S. Government" continues; "in the U.S. How" ends.
      return !digitFollows && startsSentence
    }
    return true
  }

  /// Whether the word before the full stop at `index` is an abbreviation of any kind.
  private func isAbbreviation(before index: Int, start: Int) -> Bool {
    var wordStart = index
    while wordStart > lower, ScalarClass.isLetter(scalars[wordStart - 1]) || scalars[wordStart - 1] == "." {
      wordStart -= 1
    }
    guard wordStart < index else { return false }
    if index - wordStart == 1 { return true }
    if isDottedAbbreviation(from: wordStart, to: index) { return true }
    return Abbreviations.kind(scalars, from: wordStart, to: index) != nil
  }

  /// Whether `start..<end` has the shape of a dotted abbreviation: "U.S", "e.g", "Ph.D", "a.m" (parts of 1–3 letters).
  private func isDottedAbbreviation(from start: Int, to end: Int) -> Bool {
    var part = 0
    var dots = 0
    for offset in start..<end {
      if scalars[offset] == "." {
        guard part > 0 else { return false }
        dots += 1
        part = 0
      } else {
        part += 1
        if part > 3 { return false }
      }
    }
    return dots > 0 && part > 0
  }

  /// Whether `start..<end` is an ordinary word of two or more letters, not an abbreviation.
  private func isPlainWord(from start: Int, to end: Int) -> Bool {
    guard end - start >= 2, start == lower || !ScalarClass.isAlphanumeric(scalars[start - 1]) else { return false }
    guard !scalars[start..<end].contains(".") else { return false }
    return Abbreviations.kind(scalars, from: start, to: end) == nil
  }

  /// Whether only bullets and white space lie in `start..<end`.
  private func onlyBullets(from start: Int, to end: Int) -> Bool {
    scalars[start..<end].allSatisfy { ScalarClass.isBullet($0) || ScalarClass.isWhitespace($0) }
  }

  /// Where a sentence ends when the closing quote at `index` follows a dash and a capital follows it.
  private func interruptedQuotationEnd(at index: Int) -> Int? {
    let after = skipClosers(from: index)
    guard after < upper, ScalarClass.isWhitespace(scalars[after]) else { return nil }
    let next = skipSpace(from: after)
    guard next < upper, startsCapitalised(at: next) else { return nil }
    guard regions.isProtected(index - 1) || index - 2 >= lower && ScalarClass.isDash(scalars[index - 2]) else {
      return nil
    }
    return after
  }

  // MARK: - Emitting

  /// Appends the trimmed span `start..<end`, if anything is left of it.
  private mutating func emit(from start: Int, to end: Int) {
    guard let span = PlainTextLines.trimmed(TextSpan(start: start, end: max(start, end)), in: scalars) else { return }
    found.append(span)
  }

  /// Joins a final sentence that is only a parenthesis to the sentence before ("… house!' (Which was true.)").
  private mutating func attachTrailingAside() {
    guard found.count >= 2, let last = found.last, scalars[last.start] == "(",
      let close = regions.closer(ofBracketOpeningAt: last.start), close + 1 >= last.end
    else { return }
    found.removeLast()
    found[found.count - 1].end = last.end
  }
}
