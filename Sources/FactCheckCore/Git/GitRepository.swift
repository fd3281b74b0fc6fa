import Foundation

/// A git work tree, read and configured through git itself (never by parsing `.git`).
public struct GitRepository: Sendable {
  /// The top folder of the work tree, as git reports it (symbolic links resolved).
  public let root: URL
  private let git: GitCommand

  /// One file listed in a tree.
  public struct TreeEntry: Sendable, Hashable {
    /// The file's name inside the listed folder.
    public var name: String
    /// The blob's object id.
    public var blob: String
  }

  private init(root: URL, environment: [String: String]) {
    self.root = root
    self.git = GitCommand(directory: root, environment: environment)
  }

  /// The repository whose work tree contains `directory`; `environment` is passed on to every git run.
  public static func discover(
    from directory: URL, environment: [String: String] = [:]
  ) throws(GitError) -> GitRepository {
    let command = GitCommand(directory: directory, environment: environment)
    guard let output = command.run(["rev-parse", "--show-toplevel"]) else { throw .gitUnavailable }
    guard output.status == 0, !output.text.isEmpty else { throw .notARepository(path: directory.path) }
    return GitRepository(root: URL(fileURLWithPath: output.text, isDirectory: true), environment: environment)
  }

  /// Runs git in the work tree's top folder with this repository's environment.
  var command: GitCommand { git }

  /// The path of `url` relative to the work tree's top (`""` for the top itself).
  public func relativePath(of url: URL) throws(GitError) -> String {
    let path = Self.resolved(url).path
    let top = Self.resolved(root).path
    if path == top { return "" }
    let prefix = top.hasSuffix("/") ? top : top + "/"
    guard path.hasPrefix(prefix) else { throw .outsideRepository(path: url.path) }
    return String(path.dropFirst(prefix.count))
  }

  /// The commit `revision` names (a branch, tag, `HEAD~2`, an id…), as a full object id.
  public func commit(_ revision: String) throws(GitError) -> String {
    guard !revision.hasPrefix("-") else { throw .unknownRevision(revision) }
    let output = try run(
      ["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], check: false)
    guard output.status == 0, !output.text.isEmpty else { throw .unknownRevision(revision) }
    return output.text
  }

  /// The abbreviated form of an object id, as git would show it.
  public func shortID(_ id: String) -> String {
    (try? run(["rev-parse", "--short", id]).text) ?? String(id.prefix(7))
  }

  /// The files (blobs, not links or folders) directly inside `folder` at `commit`; empty when the folder is absent.
  public func files(at commit: String, in folder: String) throws(GitError) -> [TreeEntry] {
    var arguments = ["ls-tree", "-z", "--full-tree", commit]
    if !folder.isEmpty { arguments += ["--", folder.hasSuffix("/") ? folder : folder + "/"] }
    let output = try run(arguments)
    var entries: [TreeEntry] = []
    for record in output.stdout.split(separator: 0) {
      // "<mode> SP <type> SP <object> TAB <path>"
      guard let tab = record.firstIndex(of: 0x09) else { continue }
      let fields = record[..<tab].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
      guard fields.count == 3, fields[0] == "100644" || fields[0] == "100755", fields[1] == "blob" else { continue }
      let path = String(decoding: record[record.index(after: tab)...], as: UTF8.self)
      entries.append(TreeEntry(name: String(path.split(separator: "/").last ?? ""), blob: fields[2]))
    }
    return entries.sorted { $0.name < $1.name }
  }

  /// The contents of blobs by object id, read in one `git cat-file --batch`.
  public func blobs(_ ids: [String]) throws(GitError) -> [String: [UInt8]] {
    let unique = Array(Set(ids)).sorted()
    guard !unique.isEmpty else { return [:] }
    let input = Array(unique.joined(separator: "\n").utf8) + [0x0A]
    let output = try run(["cat-file", "--batch"], input: input)
    var contents: [String: [UInt8]] = [:]
    let bytes = output.stdout
    var cursor = 0
    while cursor < bytes.count {
      guard let newline = bytes[cursor...].firstIndex(of: 0x0A) else { break }
      let header = String(decoding: bytes[cursor..<newline], as: UTF8.self).split(separator: " ")
      cursor = newline + 1
      // "<id> <type> <size>" then the contents and a newline; "<id> missing" for an unknown id.
      guard header.count == 3, let size = Int(header[2]), cursor + size <= bytes.count else { continue }
      contents[String(header[0])] = Array(bytes[cursor..<cursor + size])
      cursor += size + 1
    }
    return contents
  }

  /// The value of `key` in the repository's own configuration (`.git/config`), if set.
  public func localConfig(_ key: String) -> String? {
    guard let output = try? run(["config", "--local", "--get", key], check: false), output.status == 0 else {
      return nil
    }
    return output.text
  }

  /// Sets `key` to `value` in the repository's own configuration.
  public func setLocalConfig(_ key: String, _ value: String) throws(GitError) {
    _ = try run(["config", "--local", key, value])
  }

  /// Whether git has `path` (relative to the top) in an unfinished merge.
  public func isUnmerged(_ path: String) -> Bool {
    guard let output = try? run(["ls-files", "--unmerged", "--", path], check: false) else { return false }
    return output.status == 0 && !output.stdout.isEmpty
  }

  private func run(_ arguments: [String], input: [UInt8]? = nil, check: Bool = true) throws(GitError)
    -> GitCommand.Output
  {
    guard let output = git.run(arguments, input: input) else { throw .gitUnavailable }
    if check, output.status != 0 {
      let message = output.stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(output.status)"
      throw .failed(command: "git " + (arguments.first ?? ""), message: message)
    }
    return output
  }

  /// `url` with symbolic links resolved in the part of its path that exists.
  static func resolved(_ url: URL) -> URL {
    var existing = url.standardizedFileURL
    var rest: [String] = []
    while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
      rest.insert(existing.lastPathComponent, at: 0)
      existing = existing.deletingLastPathComponent()
    }
    var result = existing.resolvingSymlinksInPath()
    for component in rest { result.appendPathComponent(component) }
    return result
  }
}
