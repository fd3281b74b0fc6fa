/// Serialises JSON deterministically: sorted keys, 2-space indent, trailing newline.
///
/// Only `"` , `\` and control characters are escaped, so non-ASCII text stays
/// readable in `git diff`. Empty arrays and objects are written as `[]` and `{}`.
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

  /// Appends `string` in quotes, escaping `"`, `\`, control characters, DEL and the line and paragraph separators.
  static func appendQuoted(_ string: String, into output: inout [UInt8]) {
    output.append(0x22)
    var copy = string
    copy.withUTF8 { bytes in
      var index = 0
      let count = bytes.count
      while index < count {
        let byte = bytes[index]
        // U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8.
        let isSeparator =
          byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80
          && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9)
        guard byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || isSeparator else {
          output.append(byte)
          index += 1
          continue
        }
        output.append(0x5C)  // \
        switch byte {
        case 0x22, 0x5C: output.append(byte)
        case 0x0A: output.append(0x6E)  // n
        case 0x0D: output.append(0x72)  // r
        case 0x09: output.append(0x74)  // t
        case 0x08: output.append(0x62)  // b
        case 0x0C: output.append(0x66)  // f
        default:
          let value: UInt32 = isSeparator ? (bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029) : UInt32(byte)
          output.append(0x75)  // u
          for shift in [12, 8, 4, 0] { output.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)]) }
          if isSeparator { index += 2 }
        }
        index += 1
      }
    }
    output.append(0x22)
  }
}
