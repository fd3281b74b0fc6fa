/// An article's text, indexable by Unicode code point offset.
///
/// Claims and anchors address text by code point; `ArticleText` keeps the
/// scalars in an array so that slicing by offset is O(length of the slice).
public struct ArticleText: Sendable, Hashable {
  /// The text as a Swift string.
  public let string: String
  /// The text's Unicode scalars, in order.
  public let scalars: [Unicode.Scalar]

  /// Creates a text from a string.
  public init(_ string: String) {
    self.string = string
    self.scalars = Self.decode(string)
  }

  /// The scalars of `string`, decoded from its UTF-8 in one tight pass (a `String` is always valid UTF-8).
  static func decode(_ string: String) -> [Unicode.Scalar] {
    var copy = string
    return copy.withUTF8 { bytes in
      [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, initialized in
        var input = 0
        var output = 0
        let count = bytes.count
        while input < count {
          let lead = UInt32(bytes[input])
          var value: UInt32
          if lead < 0x80 {
            value = lead
            input += 1
          } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[input + 1] & 0x3F)
            input += 2
          } else if lead < 0xF0 {
            value = (lead & 0x0F) << 12 | UInt32(bytes[input + 1] & 0x3F) << 6 | UInt32(bytes[input + 2] & 0x3F)
            input += 3
          } else {
            value =
              (lead & 0x07) << 18 | UInt32(bytes[input + 1] & 0x3F) << 12 | UInt32(bytes[input + 2] & 0x3F) << 6
              | UInt32(bytes[input + 3] & 0x3F)
            input += 4
          }
          buffer[output] = Unicode.Scalar(value) ?? "\u{FFFD}"
          output += 1
        }
        initialized = output
      }
    }
  }

  /// The number of code points in the text.
  public var count: Int { scalars.count }

  /// The span covering the whole text.
  public var fullSpan: TextSpan { TextSpan(start: 0, end: scalars.count) }

  /// The text covered by `span`, clamped to the text's bounds.
  public subscript(span: TextSpan) -> String {
    let lower = min(max(span.start, 0), scalars.count)
    let upper = min(max(span.end, lower), scalars.count)
    // Encoded straight into the string's storage: this runs for every claim and anchor of an article.
    let capacity = scalars[lower..<upper].reduce(0) { $0 + UTF8.width($1) }
    return String(unsafeUninitializedCapacity: capacity) { buffer in
      var offset = 0
      for scalar in scalars[lower..<upper] {
        for byte in scalar.utf8 {
          buffer[offset] = byte
          offset += 1
        }
      }
      return offset
    }
  }

  /// Whether `span` lies within the text.
  public func isValid(_ span: TextSpan) -> Bool {
    span.start >= 0 && span.end <= scalars.count
  }

  /// The 1-based line and column of a code point offset.
  public func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
    var line = 1
    var column = 1
    for scalar in scalars[0..<min(max(offset, 0), scalars.count)] {
      if scalar == "\n" {
        line += 1
        column = 1
      } else {
        column += 1
      }
    }
    return (line, column)
  }
}
