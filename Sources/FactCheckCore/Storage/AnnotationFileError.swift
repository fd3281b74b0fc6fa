/// An annotation file that cannot be used as it is, and where the problem is.
///
/// The shell opens the article read-only and never overwrites such a file.
public struct AnnotationFileError: Error, Sendable, Hashable {
  /// The kind of problem.
  public enum Reason: Sendable, Hashable {
    /// The file is not well-formed JSON.
    case syntax
    /// The JSON is well-formed but does not follow the annotation format.
    case invalid
    /// The file declares a format this version does not know, or cannot upgrade.
    case unsupportedFormat(String)
    /// The file was written by a newer version of factcheck, in a later format.
    case newerFormat(String)
    /// The file could not be read.
    case unreadable
  }

  /// The kind of problem.
  public var reason: Reason
  /// The file's path as the user should see it.
  public var file: String
  /// Where the problem is, when it is at a position in the file.
  public var position: SourcePosition?
  /// The JSON path of the offending value, such as `claims[2].status`.
  public var path: String?
  /// What is wrong, in short lowercase words.
  public var message: String

  /// Creates an error.
  public init(
    _ reason: Reason, file: String, position: SourcePosition? = nil, path: String? = nil,
    message: String
  ) {
    self.reason = reason
    self.file = file
    self.position = position
    self.path = path
    self.message = message
  }
}

extension AnnotationFileError: CustomStringConvertible {
  /// `file:line:column: path: message`, the form compilers use.
  public var description: String {
    var text = file
    if let position { text += ":\(position.line):\(position.column)" }
    text += ": "
    if let path, !path.isEmpty { text += "\(path): " }
    return text + message
  }
}
