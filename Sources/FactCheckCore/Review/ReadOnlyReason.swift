/// Why an article's annotations cannot be changed in this session.
public enum ReadOnlyReason: Sendable, Hashable, CustomStringConvertible {
  /// The annotation file is damaged, or in a format this version cannot write; it is left exactly as it is.
  case brokenAnnotations(AnnotationFileError)
  /// The article is not clean UTF-8 text.
  case encoding(TextEncodingIssue)

  /// A short form for repeated messages, naming the place without the details.
  public var summary: String {
    switch self {
    case .brokenAnnotations(let error):
      switch error.reason {
      case .newerFormat(let format): "\(error.file) was written by a newer version of factcheck (\(format))"
      default: error.file + (error.position.map { ":\($0.line):\($0.column)" } ?? "") + " cannot be used"
      }
    case .encoding(let issue): "the article is \(issue)"
    }
  }

  public var description: String {
    switch self {
    case .brokenAnnotations(let error):
      switch error.reason {
      case .newerFormat: "\(error) (upgrade factcheck to change this article; the file will not be overwritten)"
      case .unsupportedFormat: "\(error) (the file will not be overwritten)"
      case .syntax, .invalid, .unreadable: "\(error) (fix the file by hand; it will not be overwritten)"
      }
    case .encoding(let issue):
      "the article is \(issue) (shown with replacement characters; fix the file to review it)"
    }
  }
}
