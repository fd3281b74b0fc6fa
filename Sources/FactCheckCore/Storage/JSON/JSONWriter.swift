/// Serialises JSON deterministically: sorted keys, 2-space indent, trailing newline.
///
/// Only `"` , `\` and control characters are escaped, so non-ASCII text stays
/// readable in `git diff`. Empty arrays and objects are written as `[]` and `{}`.
public enum JSONWriter {
  /// The text of `value` as a complete document ending in a newline.
  public static func document(_ value: JSONValue) -> String {
    var output = ""
    write(value, indent: 0, into: &output)
    output.append("\n")
    return output
  }

  private static func write(_ value: JSONValue, indent: Int, into output: inout String) {
    switch value {
    case .null: output.append("null")
    case .bool(let flag): output.append(flag ? "true" : "false")
    case .number(let number): output.append(format(number))
    case .string(let string): appendQuoted(string, into: &output)
    case .array(let elements):
      guard !elements.isEmpty else { return output.append("[]") }
      output.append("[\n")
      for (offset, element) in elements.enumerated() {
        output.append(String(repeating: " ", count: indent + 2))
        write(element.value, indent: indent + 2, into: &output)
        output.append(offset == elements.count - 1 ? "\n" : ",\n")
      }
      output.append(String(repeating: " ", count: indent))
      output.append("]")
    case .object(let members):
      guard !members.isEmpty else { return output.append("{}") }
      output.append("{\n")
      let keys = members.keys.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
      for (offset, key) in keys.enumerated() {
        output.append(String(repeating: " ", count: indent + 2))
        appendQuoted(key, into: &output)
        output.append(": ")
        write(members[key]?.value ?? .null, indent: indent + 2, into: &output)
        output.append(offset == keys.count - 1 ? "\n" : ",\n")
      }
      output.append(String(repeating: " ", count: indent))
      output.append("}")
    }
  }

  private static func format(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 9.007_199_254_740_992e15 {
      return String(Int64(number))
    }
    return "\(number)"
  }

  /// Appends `string` as a JSON string literal.
  static func appendQuoted(_ string: String, into output: inout String) {
    output.append("\"")
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": output.append("\\\"")
      case "\\": output.append("\\\\")
      case "\n": output.append("\\n")
      case "\r": output.append("\\r")
      case "\t": output.append("\\t")
      case "\u{08}": output.append("\\b")
      case "\u{0C}": output.append("\\f")
      case "\u{00}"..."\u{1F}", "\u{7F}", "\u{2028}", "\u{2029}":
        let hex = String(scalar.value, radix: 16, uppercase: true)
        output.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
      default: output.unicodeScalars.append(scalar)
      }
    }
    output.append("\"")
  }
}
