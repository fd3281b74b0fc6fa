/// Makes untrusted text safe and measurable on a terminal.
///
/// Article text and notes may contain escape sequences or control characters;
/// written raw they could recolour, retitle or rewrite the reviewer's terminal.
/// `sanitize` replaces them with visible stand-ins.
public enum TerminalText {
  /// `text` with control characters and bidirectional overrides made visible.
  ///
  /// C0 controls become caret notation (`ESC` → `^[`), DEL `^?`, C1 controls and
  /// bidi controls `<U+202E>`. Tabs become a space; line feeds are kept only
  /// when `keepNewlines` is true, and then a carriage return before one is a
  /// line end too (CSV's CRLF), not a `^M`.
  public static func sanitize(_ text: String, keepNewlines: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: needsEscaping) else { return text }
    var output = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var next = scalars.next()
    while let scalar = next {
      next = scalars.next()
      switch scalar.value {
      case 0x0A where keepNewlines: output.append(scalar)
      case 0x0D where keepNewlines && next == "\n": continue
      case 0x09: output.append(" ")
      case 0x00..<0x20:
        output.append("^")
        output.append(Unicode.Scalar(UInt8(scalar.value + 0x40)))
      case 0x7F: output.append(contentsOf: "^?".unicodeScalars)
      case 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        output.append(contentsOf: "<U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex)>".unicodeScalars)
      default: output.append(scalar)
      }
    }
    return String(output)
  }

  private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
    default: false
    }
  }

  /// The number of terminal columns `text` occupies (escape sequences excluded).
  public static func width(_ text: String) -> Int {
    var columns = 0
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if (0x40...0x7E).contains(scalar.value), scalar != "[" { inEscape = false }
        continue
      }
      if scalar == "\u{1B}" {
        inEscape = true
        continue
      }
      columns += width(of: scalar)
    }
    return columns
  }

  /// The columns one scalar occupies: 0 for combining marks, 2 for wide East Asian forms.
  static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return value < 0x20 ? 0 : 1 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default:
      return 1
    }
  }

  /// `text` cut to at most `columns` columns, ending in `…` when cut.
  public static func truncate(_ text: String, to columns: Int) -> String {
    guard columns > 0 else { return "" }
    guard width(text) > columns else { return text }
    var output = ""
    var used = 0
    for character in text {
      let characterWidth = character.unicodeScalars.reduce(0) { $0 + width(of: $1) }
      if used + characterWidth > columns - 1 { break }
      output.append(character)
      used += characterWidth
    }
    return output + "…"
  }
}
