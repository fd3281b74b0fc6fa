/// A workspace that cannot be found or an article that cannot be named.
public enum WorkspaceError: Error, Sendable, Hashable {
  /// No `seeds/` folder in the current directory or above it.
  case notFound(searchedFrom: String)
  /// The articles folder does not exist or is not a folder.
  case missingFolder(path: String)
  /// No article matches the name.
  case noSuchArticle(String, suggestion: String?)
  /// Several articles match the name.
  case ambiguousArticle(String, candidates: [String])
  /// The article file could not be read.
  case unreadableArticle(path: String, reason: String)
}

extension WorkspaceError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .notFound(let path):
      "no workspace: no seeds/ folder in \(path) or above (use --articles DIR)"
    case .missingFolder(let path):
      "no such folder: \(path)"
    case .noSuchArticle(let name, let suggestion):
      "no article \"\(name)\"" + (suggestion.map { "; did you mean \($0)?" } ?? " (see 'articles')")
    case .ambiguousArticle(let name, let candidates):
      "\"\(name)\" matches \(candidates.count) articles: \(candidates.prefix(5).joined(separator: ", "))"
        + (candidates.count > 5 ? ", …" : "")
    case .unreadableArticle(let path, let reason):
      "cannot read \(path): \(reason)"
    }
  }
}
