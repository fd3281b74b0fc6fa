/// A report written in one format, with what the reader of the command should be told about it.
public struct RenderedReport: Sendable, Hashable {
  /// The document.
  public var text: String
  /// Notes on what was left out and why ("2 claims in conflict are not exported").
  public var notices: [String]
}
