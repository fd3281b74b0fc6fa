/// A JSON text that is not well-formed, with the position of the first problem.
public struct JSONSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Where the problem is.
  public var position: SourcePosition
  /// What is wrong, in short lowercase words.
  public var message: String

  /// Creates a syntax error.
  public init(_ message: String, at position: SourcePosition) {
    self.message = message
    self.position = position
  }

  public var description: String { "\(position): \(message)" }
}
