/// Why an article's annotations cannot be changed in this session.
public enum ReadOnlyReason: Sendable, Hashable, CustomStringConvertible {
  /// The annotation file is damaged; it is left exactly as it is.
  case brokenAnnotations(AnnotationFileError)
  /// The article is not clean UTF-8 text.
  case encoding(TextEncodingIssue)

  /// A short form for repeated messages, naming the place without the details.
  public var summary: String {
    switch self {
    case .brokenAnnotations(let error):
      error.file + (error.position.map { ":\($0.line):\($0.column)" } ?? "") + " cannot be used"
    case .encoding(let issue): "the article is \(issue)"
    }
  }

  public var description: String {
    switch self {
    case .brokenAnnotations(let error): "\(error) (fix the file by hand; it will not be overwritten)"
    case .encoding(let issue): "the article is \(issue)"
    }
  }
}
