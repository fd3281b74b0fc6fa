/// A failure to read or write a workspace file.
public enum StorageError: Error, Sendable, Hashable {
  /// A file could not be written; nothing on disk changed.
  case cannotWrite(path: String, reason: String)
  /// A file could not be read.
  case cannotRead(path: String, reason: String)
  /// The article is open read-only, so its annotations cannot change.
  case readOnly(article: String, reason: String)
  /// Files read for a report changed before it was written, so it was not (articles by short name).
  case changedWhileReading(articles: [String])
}

extension StorageError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .cannotWrite(let path, let reason): "cannot save \(path): \(reason)"
    case .cannotRead(let path, let reason): "cannot read \(path): \(reason)"
    case .readOnly(let article, let reason): "\(article) is read-only: \(reason)"
    case .changedWhileReading(let articles):
      "files of \(articles.count == 1 ? "article" : "articles") \(articles.prefix(5).joined(separator: ", "))"
        + (articles.count > 5 ? ", …" : "") + " changed while the report was made; nothing was written (run it again)"
    }
  }
}
