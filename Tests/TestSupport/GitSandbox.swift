import FactCheckCore
import Foundation

/// A temporary workspace that is also a git repository, isolated from the user's git configuration.
///
/// Git runs with `GIT_CONFIG_GLOBAL=/dev/null` and `GIT_CONFIG_NOSYSTEM=1`, and the
/// repository sets its own `user.name` and `user.email`, so no setting of the
/// machine can change what a test sees.
public final class GitSandbox: @unchecked Sendable {
  /// The variables every git run in a sandbox gets.
  public static let environment = [
    "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1", "GIT_TERMINAL_PROMPT": "0",
    "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z", "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z",
  ]

  /// The workspace (articles in `seeds/`, annotations in `annotations/`) at the top of the work tree.
  public let workspace: TemporaryWorkspace

  /// Creates a repository on branch `main` holding the articles (the seeds unless `articles` is given).
  public init(articles: [String: String]? = nil) throws {
    workspace = try TemporaryWorkspace(articles: articles)
    try git("init", "-q", "-b", "main")
    try git("config", "user.name", "Sandbox")
    try git("config", "user.email", "sandbox@localhost")
    try git("config", "commit.gpgsign", "false")
  }

  /// The top of the work tree.
  public var root: URL { workspace.root }

  /// The repository, as factcheck sees it.
  public func repository() throws -> GitRepository {
    try GitRepository.discover(from: root, environment: Self.environment)
  }

  /// Runs git in the work tree; fails unless it exits 0.
  @discardableResult
  public func git(_ arguments: String...) throws -> GitCommand.Output {
    let output = run(arguments)
    guard output.status == 0 else {
      throw SandboxError(message: "git \(arguments.joined(separator: " ")) failed: \(output.stderr)")
    }
    return output
  }

  /// Runs git in the work tree, whatever its exit status.
  public func run(_ arguments: [String]) -> GitCommand.Output {
    GitCommand(directory: root, environment: Self.environment).run(arguments)
      ?? GitCommand.Output(status: 127, stdout: [], stderr: "cannot run git")
  }

  /// Stages everything and commits it.
  public func commitAll(_ message: String) throws {
    try git("add", "-A")
    try git("commit", "-q", "--allow-empty", "-m", message)
  }

  /// A failed git command in a test.
  public struct SandboxError: Error, CustomStringConvertible {
    /// What failed.
    public var message: String
    public var description: String { message }
  }
}
