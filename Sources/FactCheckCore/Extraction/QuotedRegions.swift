/// The quotations and brackets of one block, inside which sentences do not end.
///
/// A quotation or parenthesis is kept whole ("He said, "Go. Now." and left."):
/// only the sentence-final punctuation just before its closing mark can end a
/// sentence, and for brackets only when the bracket opened the sentence
/// ("(Dinah was the cat.)"). Brackets pair innermost-first; an unclosed one
/// protects nothing. A straight quote opens after a space or an opening mark
/// and closes before anything but a letter, so apostrophes ("isn't",
/// "the 'nineties") are not quotes.
struct QuotedRegions {
  /// For offsets `lower..<upper`: whether a full stop there is inside a quotation or bracket (empty until a
  /// region is found, as in most blocks).
  private var protected: [Bool] = []
  private let length: Int
  /// Closing bracket offsets mapped to their opening bracket's offset.
  private var openerOfBracket: [Int: Int] = [:]
  /// Opening bracket offsets mapped to their closing bracket's offset.
  private var closerOfBracket: [Int: Int] = [:]
  private let lower: Int

  /// The longest quotation kept whole, in code points; longer "quotations" are taken as stray marks.
  static let longestQuotation = 3000

  /// Finds the regions of `scalars[block]`.
  init(_ scalars: [Unicode.Scalar], block: TextSpan) {
    lower = block.start
    length = block.length
    var brackets: [(offset: Int, closer: UInt32)] = []
    var curlyDouble: [Int] = []
    var curlySingle: [Int] = []
    var guillemets: [Int] = []
    var straightDouble: Int?
    var straightSingle: Int?
    var index = block.start
    let upper = block.end
    while index < upper {
      let value = scalars[index].value
      switch value {
      case 0x28: brackets.append((index, 0x29))
      case 0x5B: brackets.append((index, 0x5D))
      case 0x7B: brackets.append((index, 0x7D))
      case 0x29, 0x5D, 0x7D:
        if let last = brackets.last, last.closer == value {
          brackets.removeLast()
          openerOfBracket[index] = last.offset
          closerOfBracket[last.offset] = index
          mark(scalars, from: last.offset, to: index)
        }
      case 0x201C: curlyDouble.append(index)
      case 0x201D:
        if let open = curlyDouble.popLast() { mark(scalars, from: open, to: index) }
      case 0x00AB: guillemets.append(index)
      case 0x00BB:
        if let open = guillemets.popLast() { mark(scalars, from: open, to: index) }
      case 0x2018:
        curlySingle.append(index)
      case 0x2019:
        if let open = curlySingle.last, !Self.letterFollows(scalars, index, upper) {
          curlySingle.removeLast()
          mark(scalars, from: open, to: index)
        }
      case 0x22:
        if let open = straightDouble {
          if index > block.start, !ScalarClass.isWhitespace(scalars[index - 1]) {
            straightDouble = nil
            mark(scalars, from: open, to: index)
          }
        } else if Self.canOpen(scalars, index, lower: block.start) {
          straightDouble = index
        }
      case 0x27:
        if let open = straightSingle, index > block.start, !ScalarClass.isWhitespace(scalars[index - 1]),
          !Self.letterFollows(scalars, index, upper)
        {
          straightSingle = nil
          mark(scalars, from: open, to: index)
        } else if straightSingle == nil, Self.canOpen(scalars, index, lower: block.start),
          index + 1 < upper, !ScalarClass.isWhitespace(scalars[index + 1])
        {
          straightSingle = index
        }
      default:
        break
      }
      index += 1
    }
  }

  /// Whether a terminal mark at `offset` is inside a region (and so ends no sentence).
  @inline(__always)
  func isProtected(_ offset: Int) -> Bool {
    !protected.isEmpty && protected[offset - lower]
  }

  /// The opening bracket matching the closing bracket at `offset`, if it closes one.
  func opener(ofBracketClosingAt offset: Int) -> Int? {
    openerOfBracket[offset]
  }

  /// The closing bracket matching the opening bracket at `offset`, if it is closed.
  func closer(ofBracketOpeningAt offset: Int) -> Int? {
    closerOfBracket[offset]
  }

  /// Protects the inside of the region `open`…`close`, except the sentence-final marks right before `close`.
  private mutating func mark(_ scalars: [Unicode.Scalar], from open: Int, to close: Int) {
    guard close - open <= Self.longestQuotation else { return }
    var end = close
    while end > open + 1, ScalarClass.isTerminal(scalars[end - 1]) || ScalarClass.isClosing(scalars[end - 1]) {
      end -= 1
    }
    if protected.isEmpty, open + 1 < end { protected = [Bool](repeating: false, count: length) }
    var offset = open + 1
    while offset < end {
      protected[offset - lower] = true
      offset += 1
    }
  }

  private static func canOpen(_ scalars: [Unicode.Scalar], _ index: Int, lower: Int) -> Bool {
    guard index > lower else { return true }
    let before = scalars[index - 1]
    return ScalarClass.isWhitespace(before) || ScalarClass.isOpening(before) || ScalarClass.isDash(before)
      || before == ":"
  }

  private static func letterFollows(_ scalars: [Unicode.Scalar], _ index: Int, _ upper: Int) -> Bool {
    index + 1 < upper && ScalarClass.isLetter(scalars[index + 1])
  }
}
