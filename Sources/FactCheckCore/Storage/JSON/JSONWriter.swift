/// Serialises JSON deterministically: sorted keys, 2-space indent, trailing newline.
///
/// Only `"` , `\`, control characters and the invisible marks that reorder text
/// are escaped, so non-ASCII text stays readable in `git diff`. Empty arrays and objects are written as `[]` and `{}`.
/// Text is written as UTF-8 bytes straight from each string's storage: saving an
/// annotation file of a thousand claims must take a fraction of a millisecond.
public enum JSONWriter {
  /// The text of `value` as a complete document ending in a newline.
  public static func document(_ value: JSONValue) -> String {
    String(decoding: documentBytes(value), as: UTF8.self)
  }

  /// The UTF-8 bytes of `value` as a complete document ending in a newline.
  public static func documentBytes(_ value: JSONValue) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(4096)
    write(value, indent: 0, into: &output)
    output.append(0x0A)
    return output
  }

  /// Appends `value` as it appears at nesting depth `indent` (in spaces): its first line unindented, the others
  /// indented.
  static func write(_ value: JSONValue, indent: Int, into output: inout [UInt8]) {
    switch value {
    case .null: append("null", to: &output)
    case .bool(let flag): append(flag ? "true" : "false", to: &output)
    case .number(let number): append(format(number), to: &output)
    case .string(let string): appendQuoted(string, into: &output)
    case .array(let elements):
      guard !elements.isEmpty else { return append("[]", to: &output) }
      output.append(0x5B)  // [
      output.append(0x0A)
      for (offset, element) in elements.enumerated() {
        appendSpaces(indent + 2, to: &output)
        write(element.value, indent: indent + 2, into: &output)
        if offset != elements.count - 1 { output.append(0x2C) }
        output.append(0x0A)
      }
      appendSpaces(indent, to: &output)
      output.append(0x5D)  // ]
    case .object(let members):
      guard !members.isEmpty else { return append("{}", to: &output) }
      output.append(0x7B)  // {
      output.append(0x0A)
      // Keys in the order of their UTF-8 bytes, so that every platform writes the same file.
      let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      for (offset, member) in sorted.enumerated() {
        appendSpaces(indent + 2, to: &output)
        appendQuoted(member.key, into: &output)
        output.append(0x3A)  // :
        output.append(0x20)
        write(member.value.value, indent: indent + 2, into: &output)
        if offset != sorted.count - 1 { output.append(0x2C) }
        output.append(0x0A)
      }
      appendSpaces(indent, to: &output)
      output.append(0x7D)  // }
    }
  }

  private static func format(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 9.007_199_254_740_992e15 {
      return String(Int64(number))
    }
    return "\(number)"
  }

  @inline(__always)
  static func appendSpaces(_ count: Int, to output: inout [UInt8]) {
    for _ in 0..<count { output.append(0x20) }
  }

  @inline(__always)
  private static func append(_ text: String, to output: inout [UInt8]) {
    output.append(contentsOf: text.utf8)
  }

  private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

  /// Appends `string` in quotes, escaping `"`, `\`, control characters (C0, DEL and C1), the line and paragraph
  /// separators, and the invisible marks that reorder text (bidirectional controls).
  ///
  /// Written raw, a bidirectional control in a note makes `git diff` and editors show the file's text in another
  /// order than it has; escaped, the file shows what it holds. Readers decode the escapes to the same text.
  static func appendQuoted(_ string: String, into output: inout [UInt8]) {
    output.append(0x22)
    var copy = string
    copy.withUTF8 { bytes in
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        if byte >= 0x20, byte != 0x22, byte != 0x5C, byte != 0x7F, byte < 0xC2 || !mayNeedEscape(byte) {
          output.append(byte)
          index += 1
          continue
        }
        let escaped = byte < 0x80 ? (value: UInt32(byte), length: 1) : Self.escapedScalar(bytes, at: index)
        guard let escaped else {
          output.append(byte)
          index += 1
          continue
        }
        output.append(0x5C)  // \
        switch escaped.value {
        case 0x22, 0x5C: output.append(byte)
        case 0x0A: output.append(0x6E)  // n
        case 0x0D: output.append(0x72)  // r
        case 0x09: output.append(0x74)  // t
        case 0x08: output.append(0x62)  // b
        case 0x0C: output.append(0x66)  // f
        default:
          output.append(0x75)  // u
          for shift in [12, 8, 4, 0] { output.append(hexDigits[Int((escaped.value >> UInt32(shift)) & 0xF)]) }
        }
        index += escaped.length
      }
    }
    output.append(0x22)
  }

  /// Whether a scalar starting with lead byte `byte` can be one that is escaped: C1 controls (C2 80–9F), the
  /// Arabic letter mark (D8 9C) and the separators and bidirectional controls of U+200E–U+2069 (E2 80–81 …).
  @inline(__always)
  private static func mayNeedEscape(_ byte: UInt8) -> Bool {
    byte == 0xC2 || byte == 0xD8 || byte == 0xE2
  }

  /// The code point and UTF-8 length of the escaped scalar starting at `index` (a lead byte of two or three
  /// bytes), or `nil` when it is written as it is.
  private static func escapedScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int)?
  {
    guard index + 1 < bytes.count else { return nil }
    let second = bytes[index + 1]
    switch bytes[index] {
    case 0xC2 where second >= 0x80 && second <= 0x9F:
      return (UInt32(second), 2)  // U+0080–U+009F
    case 0xD8 where second == 0x9C:
      return (0x061C, 2)  // Arabic letter mark
    case 0xE2 where index + 2 < bytes.count:
      let value = 0x2000 | (UInt32(second & 0x3F) << 6) | UInt32(bytes[index + 2] & 0x3F)
      switch value {
      case 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: return (value, 3)
      default: return nil
      }
    default:
      return nil
    }
  }
}
