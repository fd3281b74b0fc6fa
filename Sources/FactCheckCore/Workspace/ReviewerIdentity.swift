import Foundation

/// Works out who is reviewing: the name stamped on every verdict.
public enum ReviewerIdentity {
  /// The name used when none is found.
  public static let fallback = "anonymous"

  /// In order: `FACTCHECK_REVIEWER`, `git config user.name` (run in `directory`), `$USER`, else `fallback`.
  public static func resolve(environment: [String: String], directory: URL) -> String {
    if let explicit = environment["FACTCHECK_REVIEWER"], !explicit.isEmpty { return explicit }
    if let output = GitCommand(directory: directory).run(["config", "user.name"]), output.status == 0,
      !output.text.isEmpty
    {
      return output.text
    }
    if let user = environment["USER"], !user.isEmpty { return user }
    return fallback
  }
}
