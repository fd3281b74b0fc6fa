import Foundation

/// Teaches a git repository to diff and merge annotation files with factcheck.
///
/// Two parts: a line in `.gitattributes` at the top of the work tree, shared by
/// committing it, which gives the annotation files the `factcheck` diff and merge
/// drivers; and the repository's own configuration (never shared by git), which
/// says what those drivers run. Installing is idempotent.
public struct GitSetup: Sendable {
  /// The name of the diff and merge drivers.
  public static let driverName = "factcheck"

  /// The repository being set up.
  public let repository: GitRepository
  /// The annotations folder relative to the top of the work tree, such as `annotations`.
  public let folder: String
  /// The shell command that runs factcheck, already quoted (`'/path/to/factcheck'` or `factcheck`).
  public let command: String

  /// Prepares to set up `repository` for the annotation files in `annotationsFolder`, run by `command`.
  public init(repository: GitRepository, annotationsFolder: URL, command: String) throws(GitError) {
    self.repository = repository
    self.folder = try repository.relativePath(of: annotationsFolder)
    self.command = command
  }

  /// What one part of the setup found and did.
  public struct Step: Sendable, Hashable {
    /// Whether the setting was new, replaced or already right.
    public enum Outcome: Sendable, Hashable {
      /// Added where there was nothing.
      case added
      /// Replaced another value, kept here.
      case changed(from: String)
      /// Already as wanted: nothing written.
      case unchanged
    }

    /// `.gitattributes` or the configuration key.
    public var place: String
    /// The line or value wanted.
    public var value: String
    /// What was done.
    public var outcome: Outcome
  }

  /// The `.gitattributes` pattern matching the annotation files.
  public var pattern: String { folder.isEmpty ? "*.json" : "\(folder)/*.json" }

  /// The `.gitattributes` line that selects the drivers.
  public var attributesLine: String {
    "\(pattern) diff=\(Self.driverName) merge=\(Self.driverName)"
  }

  /// The configuration keys and values of the drivers, in the order they are written.
  public var settings: [(key: String, value: String)] {
    [
      ("diff.\(Self.driverName).textconv", "\(command) textconv"),
      ("merge.\(Self.driverName).name", "factcheck: per-claim merge of annotation files"),
      ("merge.\(Self.driverName).driver", "\(command) merge-driver %O %A %B --path %P"),
    ]
  }

  /// Writes what is missing or different; returns every step, including the unchanged ones.
  public func install() throws -> [Step] {
    guard !pattern.contains(where: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "\\" }) else {
      throw GitError.failed(
        command: "factcheck init",
        message: "the annotations folder's path '\(folder)' cannot be written in .gitattributes")
    }
    var steps = [try installAttributes()]
    for (key, value) in settings {
      let current = repository.localConfig(key)
      if current == value {
        steps.append(Step(place: key, value: value, outcome: .unchanged))
        continue
      }
      try repository.setLocalConfig(key, value)
      steps.append(Step(place: key, value: value, outcome: current.map { .changed(from: $0) } ?? .added))
    }
    return steps
  }

  private func installAttributes() throws -> Step {
    let url = repository.root.appendingPathComponent(".gitattributes")
    let existing = FileManager.default.contents(atPath: url.path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    let wanted = Set(["diff=\(Self.driverName)", "merge=\(Self.driverName)"])
    for line in existing.split(whereSeparator: \.isNewline) {
      let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
      if fields.first == pattern, wanted.isSubset(of: fields.dropFirst()) {
        return Step(place: ".gitattributes", value: attributesLine, outcome: .unchanged)
      }
    }
    var text = existing
    if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
    text += attributesLine + "\n"
    try AtomicFile.write(Array(text.utf8), to: url)
    return Step(place: ".gitattributes", value: attributesLine, outcome: .added)
  }

  /// Problems that would make git diff or merge annotation files without factcheck, as short messages.
  ///
  /// Reported: the attributes select the drivers but this clone does not define
  /// them (git would merge the JSON as text, with conflict markers); or they run
  /// an executable that is no longer there.
  public func problems() -> [String] {
    let selected = attributesSelectDrivers(all: false)
    let driver = repository.localConfig("merge.\(Self.driverName).driver")
    let textconv = repository.localConfig("diff.\(Self.driverName).textconv")
    var problems: [String] = []
    if selected, driver == nil || textconv == nil {
      problems.append(
        "\(folder.isEmpty ? "annotation files" : folder + "/") use factcheck's git drivers, but this clone does "
          + "not define them, so git would merge them as plain text: run 'factcheck init'")
    }
    for value in [driver, textconv].compactMap({ $0 }) {
      guard let executable = ShellQuote.firstWord(of: value), executable.contains("/") else { continue }
      if !FileManager.default.isExecutableFile(atPath: executable) {
        problems.append("git's factcheck drivers run \(executable), which is missing: run 'factcheck init' again")
        break
      }
    }
    return problems
  }

  /// Whether git gives annotation files the factcheck drivers: both of them, or (`all` false) either.
  ///
  /// Asked of git (`git check-attr`), so that a later line or a nested
  /// `.gitattributes` overriding ours is noticed.
  public func attributesSelectDrivers(all: Bool = true) -> Bool {
    let attributes = repositoryAttributes(of: pattern.replacingOccurrences(of: "*", with: "factcheck-probe"))
    let merge = attributes["merge"] == Self.driverName
    let diff = attributes["diff"] == Self.driverName
    return all ? merge && diff : merge || diff
  }

  /// The `diff` and `merge` attributes git gives `path` (relative to the top).
  private func repositoryAttributes(of path: String) -> [String: String] {
    let output = repository.command.run(["check-attr", "diff", "merge", "--", path])
    guard let output, output.status == 0 else { return [:] }
    var attributes: [String: String] = [:]
    for line in output.text.split(separator: "\n") {
      let parts = line.components(separatedBy: ": ")
      guard parts.count >= 3 else { continue }
      attributes[parts[parts.count - 2]] = parts[parts.count - 1]
    }
    return attributes
  }
}
