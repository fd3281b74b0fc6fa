/// Makes untrusted text literal in Markdown (CommonMark and GitHub's tables).
///
/// Every ASCII character with a Markdown meaning (`\ ` * _ [ ] < > | ~`, `#`, `!`) is backslash-escaped, so text
/// can neither format nor link nor open raw HTML (`<script>` stays text); `&` before a letter or `#` is escaped so
/// an entity such as `&lt;` is shown as written. A leading `-`, `+`, `=` or `1.` cannot start a list or a heading.
/// Invisible controls that could reorder or hide text (bidirectional overrides such as U+202E, C0 and C1 controls)
/// are shown as `⟨U+202E⟩`, as the shell shows them. In table cells a line break becomes `<br>`.
enum MarkdownText {
  private static let escaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "#", "!"]

  /// `text` as literal inline Markdown, line breaks kept as spaces.
  static func inline(_ text: String) -> String {
    escape(text, lineBreak: " ")
  }

  /// `text` as literal content of a table cell: line breaks become `<br>`.
  static func cell(_ text: String) -> String {
    escape(text, lineBreak: "<br>")
  }

  /// A link to `anchor` in the same document with literal `label`, or the label alone when there is no anchor.
  static func link(_ label: String, anchor: String?) -> String {
    guard let anchor else { return inline(label) }
    return "[\(inline(label))](#\(anchor))"
  }

  /// An evidence item: an autolink for a web address, literal text otherwise.
  static func evidence(_ item: String) -> String {
    ReportText.isWebAddress(item) && !item.contains(where: { $0.isNewline || $0 == "|" })
      ? "<\(item)>" : cell(item)
  }

  private static func escape(_ text: String, lineBreak: String) -> String {
    var output = ""
    var atLineStart = true
    var listMarker: Int?  // Where the "." or ")" of a leading "1." is.
    let characters = Array(text)
    for (index, character) in characters.enumerated() {
      if character.isNewline {
        output += lineBreak
        atLineStart = true
        continue
      }
      if let visible = visibleControl(character) {
        output += visible
        atLineStart = false
        continue
      }
      if atLineStart, character.isNumber { listMarker = orderedListMarker(characters, from: index) }
      if escaped.contains(character) || index == listMarker || (atLineStart && "-+=".contains(character)) {
        output += "\\" + String(character)
      } else if character == "&", index + 1 < characters.count,
        characters[index + 1].isLetter || characters[index + 1] == "#"
      {
        output += "\\&"
      } else {
        output.append(character == "\t" ? " " : character)
      }
      if character != " " { atLineStart = false }
    }
    return output
  }

  /// The index of the `.` or `)` that would make the digits at `index` an ordered list marker.
  private static func orderedListMarker(_ characters: [Character], from index: Int) -> Int? {
    var end = index
    while end < characters.count, characters[end].isNumber { end += 1 }
    return end < characters.count && (characters[end] == "." || characters[end] == ")") ? end : nil
  }

  /// The visible stand-in of an invisible control character, if `character` is one.
  static func visibleControl(_ character: Character) -> String? {
    guard character.unicodeScalars.contains(where: isHidden) else { return nil }
    return character.unicodeScalars.map { scalar in
      isHidden(scalar) ? "⟨U+\(hex(scalar))⟩" : String(scalar)
    }.joined()
  }

  private static func isHidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00..<0x20, 0x7F..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x061C: true
    default: false
    }
  }

  private static func hex(_ scalar: Unicode.Scalar) -> String {
    let digits = String(scalar.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
