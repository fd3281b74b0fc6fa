/// Where the shell reads its command lines from.
///
/// The executable supplies GNU readline on a terminal; scripts and tests
/// supply plain lines. The shell never knows which.
public protocol LineSource: AnyObject {
  /// The next line without its newline, or `nil` at end of input.
  func readLine(prompt: String) -> String?
}

/// Reads lines from standard input without editing, prompt or escape codes.
public final class StandardInputLineSource: LineSource {
  /// Creates a source over standard input.
  public init() {}

  public func readLine(prompt: String) -> String? {
    Swift.readLine(strippingNewline: true)
  }
}

/// Serves a fixed list of lines, then end of input.
public final class ScriptLineSource: LineSource {
  private var lines: [String]
  private var position = 0

  /// Creates a source over `lines`.
  public init(lines: [String]) {
    self.lines = lines
  }

  public func readLine(prompt: String) -> String? {
    guard position < lines.count else { return nil }
    defer { position += 1 }
    return lines[position]
  }
}
