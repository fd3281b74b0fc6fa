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

  /// Whether `scalar` is a dash or hyphen used as punctuation (`-`, `–`, `—`, `―`).
  @inline(__always)
  static func isDash(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2D, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: true
    default: false
    }
  }

  /// Whether `scalar` is a full-width sentence terminal that ends a sentence without a following space.
  @inline(__always)
  static func isFullWidthTerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xFF01, 0xFF0E, 0xFF1F, 0x3002: true
    default: false
    }
  }

  /// Whether `scalar` is a bullet mark that starts a list item (`•`, `⁃`, `▪`, `◦`, `‣`).
  @inline(__always)
  static func isBullet(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x2022, 0x2043, 0x25AA, 0x25E6, 0x2023, 0x25CF, 0x25A0: true
    default: false
    }
  }

  /// Whether `scalar` is a line break: line feed, carriage return, or a Unicode line or paragraph separator.
  @inline(__always)
  static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
    default: false
    }
  }

  /// Whether `scalar` is a letter or a decimal digit.
  @inline(__always)
  static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
    isLetter(scalar) || isDigit(scalar)
  }
}
