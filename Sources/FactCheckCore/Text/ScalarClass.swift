/// Fast character classes over Unicode scalars, with an ASCII fast path.
enum ScalarClass {
  /// Whether `scalar` is white space, including no-break space and line breaks.
  @inline(__always)
  static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
    return scalar.properties.isWhitespace || value == 0xFEFF
  }

  /// Whether `scalar` is a line feed.
  @inline(__always)
  static func isNewline(_ scalar: Unicode.Scalar) -> Bool { scalar.value == 0x0A }

  /// Whether `scalar` is a lowercase letter.
  @inline(__always)
  static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x61...0x7A).contains(value) }
    return scalar.properties.isLowercase
  }

  /// Whether `scalar` is an uppercase letter.
  @inline(__always)
  static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x41...0x5A).contains(value) }
    return scalar.properties.isUppercase
  }

  /// Whether `scalar` is a letter.
  @inline(__always)
  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    return scalar.properties.isAlphabetic
  }

  /// Whether `scalar` is a decimal digit.
  @inline(__always)
  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 { return (0x30...0x39).contains(value) }
    return scalar.properties.numericType == .decimal
  }

  /// Whether `scalar` ends a sentence: `.`, `!`, `?`, `…` and their full-width forms.
  @inline(__always)
  static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2E, 0x21, 0x3F, 0x2026, 0x203C, 0x2047, 0x2048, 0x2049, 0xFF01, 0xFF0E, 0xFF1F, 0x3002: true
    default: false
    }
  }

  /// Whether `scalar` closes a quotation or parenthesis.
  @inline(__always)
  static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0x29, 0x5D, 0x7D, 0x2019, 0x201D, 0x00BB, 0x203A: true
    default: false
    }
  }

  /// Whether `scalar` opens a quotation or parenthesis.
  @inline(__always)
  static func isOpening(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x22, 0x27, 0x28, 0x5B, 0x7B, 0x2018, 0x201C, 0x00AB, 0x2039: true
    default: false
    }
  }
}
