import Plot

/// Untrusted text made safe for Plot, whose own escaping has two gaps.
///
/// Plot 0.14.0 escapes `<` and `>` in text nodes but keeps anything shaped like an entity (`&amp;`, `&#60;`,
/// `&lt;`) as it is, so an article quoting "&lt;script&gt;" would be shown as "<script>"; and it writes attribute
/// values without any escaping, so a `"` in a note would end a `title="…"` attribute and start new attributes
/// (its `.title()` head element also copies the text, unescaped, into `og:title` and `twitter:title` meta tags).
/// `text` escapes `&` before Plot sees it; `attribute` escapes a value completely. Both replace control characters
/// (not allowed in HTML) with U+FFFD, and `text` isolates text holding bidirectional controls (U+202E…) in a
/// `<bdi>` element, so an override cannot reorder what follows it.
enum HTMLText {
  /// A text node showing `text` exactly.
  static func text<Context>(_ text: String) -> Node<Context> {
    let node = Node<Context>.text(cleaned(text).replacingOccurrences(of: "&", with: "&amp;"))
    return hasBidiControls(text) ? .element(named: "bdi", nodes: [node]) : node
  }

  /// An attribute whose value is `value`, escaped for a double-quoted attribute.
  static func attribute<Context>(_ name: String, _ value: String) -> Node<Context> {
    .attribute(named: name, value: attributeValue(value))
  }

  /// `value` escaped for a double-quoted attribute: `&`, `"`, `'`, `<`, `>` and line breaks and tabs as character
  /// references.
  static func attributeValue(_ value: String) -> String {
    var output = ""
    for character in cleaned(value) {
      switch character {
      case "&": output += "&amp;"
      case "\"": output += "&quot;"
      case "'": output += "&#39;"
      case "<": output += "&lt;"
      case ">": output += "&gt;"
      // Line breaks as references: browsers keep them either way, XML readers only this way.
      case "\n": output += "&#10;"
      case "\r\n": output += "&#13;&#10;"
      case "\r": output += "&#13;"
      case "\t": output += "&#9;"
      default: output.append(character)
      }
    }
    return output
  }

  /// `text` with characters HTML does not allow (C0 and C1 controls but tab and line ends, noncharacters)
  /// replaced by U+FFFD.
  static func cleaned(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isDisallowed) else { return text }
    var view = String.UnicodeScalarView()
    for scalar in text.unicodeScalars { view.append(isDisallowed(scalar) ? "\u{FFFD}" : scalar) }
    return String(view)
  }

  private static func isDisallowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0x00..<0x20, 0x7F..<0xA0, 0xFDD0...0xFDEF: true
    default: scalar.value & 0xFFFE == 0xFFFE
    }
  }

  /// Whether `text` holds a bidirectional embedding, override or isolate control.
  static func hasBidiControls(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }
  }
}
