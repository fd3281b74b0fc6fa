/// Wraps text to a width in terminal columns, breaking at spaces.
public struct TextWrapper: Sendable {
  /// The width to wrap to; `nil` means no wrapping.
  public var width: Int?

  /// Creates a wrapper.
  public init(width: Int?) {
    self.width = width
  }

  /// `text` wrapped, each line after the first prefixed with `indent` spaces.
  ///
  /// ANSI escape sequences take no width; a word longer than a line stands alone.
  public func wrap(_ text: String, indent: Int = 0, firstLineUsed: Int = 0) -> String {
    guard let width, width > indent + 10 else { return text }
    var lines: [String] = []
    var line = ""
    var used = firstLineUsed
    var hasContent = false
    let padding = String(repeating: " ", count: indent)
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let wordWidth = TerminalText.width(String(word))
      if hasContent, used + 1 + wordWidth > width {
        lines.append(line)
        line = padding
        used = indent
        hasContent = false
      }
      if hasContent {
        line += " "
        used += 1
      }
      line += word
      used += wordWidth
      hasContent = true
    }
    lines.append(line)
    return lines.joined(separator: "\n")
  }
}
