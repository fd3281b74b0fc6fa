import FactCheckCore
import Foundation

/// Turns what a user names on the command line (a revision or a folder) into annotation files to compare.
enum ComparisonSide {
  /// The annotation files `name` stands for: an existing folder (the workspace's annotations folder
  /// stands for the working tree, articles included), else a git revision of the workspace.
  static func snapshot(_ name: String, workspace: Workspace?) throws -> AnnotationSnapshot {
    let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let url = name.hasPrefix("/") ? URL(fileURLWithPath: name) : cwd.appendingPathComponent(name)
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue {
      if let workspace,
        url.standardizedFileURL.resolvingSymlinksInPath().path
          == workspace.annotationsFolder.resolvingSymlinksInPath().path
      {
        return AnnotationSnapshot.workingTree(workspace, label: name)
      }
      return AnnotationSnapshot.folder(url, label: name)
    }
    guard let workspace else { throw GitError.unknownRevisionOrFolder(name) }
    do {
      return try revision(name, workspace: workspace)
    } catch GitError.unknownRevision(let name) {
      throw GitError.unknownRevisionOrFolder(name)
    }
  }

  /// The annotation files of `workspace` at the git revision `name`.
  static func revision(_ name: String, workspace: Workspace) throws -> AnnotationSnapshot {
    let repository = try GitRepository.discover(from: workspace.articlesFolder)
    return try AnnotationSnapshot.revision(name, in: repository, workspace: workspace)
  }
}
