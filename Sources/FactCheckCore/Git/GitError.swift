/// A git operation that could not be carried out.
public enum GitError: Error, Sendable, Hashable {
  /// The `git` executable could not be started.
  case gitUnavailable
  /// The folder is not inside a git work tree.
  case notARepository(path: String)
  /// A path lies outside the repository's work tree.
  case outsideRepository(path: String)
  /// The name is not a revision git knows.
  case unknownRevision(String)
  /// The name is neither a revision git knows nor a folder.
  case unknownRevisionOrFolder(String)
  /// Git ran and failed; `command` is what was run, `message` the first line git printed.
  case failed(command: String, message: String)
}

extension GitError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .gitUnavailable: "cannot run git (is it installed and on PATH?)"
    case .notARepository(let path): "not a git repository: \(path) (run 'git init' first)"
    case .outsideRepository(let path): "\(path) is outside the git repository"
    case .unknownRevision(let name): "unknown revision '\(name)'"
    case .unknownRevisionOrFolder(let name): "unknown revision or folder '\(name)'"
    case .failed(let command, let message): "\(command) failed: \(message)"
    }
  }
}
