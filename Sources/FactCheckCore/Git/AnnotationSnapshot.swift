import Foundation

/// The annotation files of one side of a comparison (a revision, the working tree or a folder).
///
/// Revisions are read through git (`git ls-tree`, `git cat-file --batch`), never
/// by parsing `.git`. Articles are read only when asked for, since a comparison
/// usually needs few of them.
public struct AnnotationSnapshot: Sendable {
  /// How the side is named to the user: the revision as typed, `working tree`, or a folder's path.
  public var label: String
  /// The commit, when the side is a revision.
  public var commit: String?
  /// The decoded annotation files, by article name (the file name without `.json`).
  public var files: [String: ArticleAnnotations]
  /// The annotation files that could not be used, by article name.
  public var unreadable: [String: AnnotationFileError]
  private var articles: ArticleLocation

  private enum ArticleLocation: Sendable {
    case folder(URL)
    case revision(GitRepository, blobs: [String: String])
    case none
  }

  /// The article names with a file on this side, readable or not, sorted.
  public var names: [String] { Set(files.keys).union(unreadable.keys).sorted() }

  /// The bytes of each article in `fileNames` that this side has.
  public func articleBytes(_ fileNames: [String]) -> [String: [UInt8]] {
    switch articles {
    case .none:
      return [:]
    case .folder(let folder):
      var result: [String: [UInt8]] = [:]
      for name in fileNames where !name.contains("/") {
        if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) {
          result[name] = Array(data)
        }
      }
      return result
    case .revision(let repository, let blobs):
      let wanted = fileNames.compactMap { name in blobs[name].map { (name, $0) } }
      guard let contents = try? repository.blobs(wanted.map(\.1)) else { return [:] }
      var result: [String: [UInt8]] = [:]
      for (name, blob) in wanted { result[name] = contents[blob] }
      return result
    }
  }

  /// The annotation files and articles of `workspace` as they are on disk.
  public static func workingTree(_ workspace: Workspace, label: String = "working tree") -> AnnotationSnapshot {
    var snapshot = folder(workspace.annotationsFolder, label: label, display: workspace.display)
    snapshot.articles = .folder(workspace.articlesFolder)
    return snapshot
  }

  /// The annotation files in `folder`, without articles.
  public static func folder(
    _ folder: URL, label: String, display: (URL) -> String = { $0.path }
  ) -> AnnotationSnapshot {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
    var snapshot = AnnotationSnapshot(label: label, commit: nil, files: [:], unreadable: [:], articles: .none)
    for file in names {
      let url = folder.appendingPathComponent(file)
      let name = String(file.dropLast(5))
      guard let data = FileManager.default.contents(atPath: url.path) else {
        snapshot.unreadable[name] = AnnotationFileError(
          .unreadable, file: display(url), message: "cannot read the file")
        continue
      }
      snapshot.add(Array(data), name: name, file: display(url))
    }
    return snapshot
  }

  /// The annotation files and articles of `workspace` at `revision` in `repository`.
  public static func revision(
    _ revision: String, in repository: GitRepository, workspace: Workspace
  ) throws(GitError) -> AnnotationSnapshot {
    let commit = try repository.commit(revision)
    let annotationsPath = try repository.relativePath(of: workspace.annotationsFolder)
    let articlesPath = try? repository.relativePath(of: workspace.articlesFolder)
    let entries = try repository.files(at: commit, in: annotationsPath).filter {
      $0.name.hasSuffix(".json") && !$0.name.hasPrefix(".")
    }
    let contents = try repository.blobs(entries.map(\.blob))
    var articleBlobs: [String: String] = [:]
    if let articlesPath {
      for entry in try repository.files(at: commit, in: articlesPath) { articleBlobs[entry.name] = entry.blob }
    }
    var snapshot = AnnotationSnapshot(
      label: revision, commit: commit, files: [:], unreadable: [:],
      articles: .revision(repository, blobs: articleBlobs))
    for entry in entries {
      let name = String(entry.name.dropLast(5))
      let path = annotationsPath.isEmpty ? entry.name : "\(annotationsPath)/\(entry.name)"
      snapshot.add(contents[entry.blob] ?? [], name: name, file: "\(revision):\(path)")
    }
    return snapshot
  }

  private mutating func add(_ bytes: [UInt8], name: String, file: String) {
    do {
      files[name] = try AnnotationCodec.decode(bytes, file: file)
    } catch {
      unreadable[name] = error
    }
  }
}
