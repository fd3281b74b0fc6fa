/// One field of a CSV record, quoted as RFC 4180 asks.
enum CSVField {
  /// `text` as a field: in double quotes, with quotes doubled, when it holds a comma, a quote or a line break.
  static func quoted(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Free text as a field, kept from running as a formula in a spreadsheet.
  ///
  /// Text starting with `=`, `+`, `-`, `@`, a tab or a carriage return is what spreadsheets evaluate (CSV
  /// injection); it gets a leading `'`, as OWASP recommends. The JSON report carries such text unchanged.
  static func text(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) else {
      return quoted(text)
    }
    return quoted("'" + text)
  }
}
