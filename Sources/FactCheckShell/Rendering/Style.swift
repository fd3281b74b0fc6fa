import FactCheckCore

/// ANSI text styles, or plain text when colour is off.
public struct Style: Sendable {
  /// Whether escape sequences are emitted.
  public let enabled: Bool

  /// Creates a style; `enabled` false makes every method return its text unchanged.
  public init(enabled: Bool) {
    self.enabled = enabled
  }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Bold text.
  public func bold(_ text: String) -> String { wrap(text, "1") }
  /// Dim text.
  public func dim(_ text: String) -> String { wrap(text, "2") }
  /// Underlined text.
  public func underline(_ text: String) -> String { wrap(text, "4") }
  /// Red text.
  public func red(_ text: String) -> String { wrap(text, "31") }
  /// Green text.
  public func green(_ text: String) -> String { wrap(text, "32") }
  /// Yellow text.
  public func yellow(_ text: String) -> String { wrap(text, "33") }
  /// Cyan text.
  public func cyan(_ text: String) -> String { wrap(text, "36") }
  /// Magenta text.
  public func magenta(_ text: String) -> String { wrap(text, "35") }
  /// A highlighted span (reverse video), or `»text«` without colour.
  public func highlight(_ text: String) -> String {
    enabled ? "\u{1B}[7m\(text)\u{1B}[0m" : "»\(text)«"
  }

  /// `text` in the colour of `status`.
  public func status(_ status: ClaimStatus, _ text: String) -> String {
    switch status {
    case .unreviewed: dim(text)
    case .verified: green(text)
    case .unverified: yellow(text)
    case .disputed: red(text)
    }
  }
}
