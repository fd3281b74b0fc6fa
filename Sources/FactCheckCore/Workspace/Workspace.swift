import Foundation

/// An articles folder and the annotations folder beside it.
///
/// Found from the current directory upward: the first folder holding `seeds/`
/// is the workspace root, with articles in `seeds/` and annotations in
/// `annotations/`. Either folder can be given explicitly instead.
public struct Workspace: Sendable {
  /// The folder of `.txt` articles.
  public let articlesFolder: URL
  /// The folder of `.json` annotation files (created on first save).
  public let annotationsFolder: URL
  /// The folder paths are shown relative to.
  public let displayBase: URL

  /// Creates a workspace from explicit folders.
  public init(articlesFolder: URL, annotationsFolder: URL, displayBase: URL) {
    self.articlesFolder = articlesFolder.standardizedFileURL
    self.annotationsFolder = annotationsFolder.standardizedFileURL
    self.displayBase = displayBase.standardizedFileURL
  }

  /// Finds the workspace for `directory`, honouring explicit folders when given.
  public static func discover(
    from directory: URL, articles: String? = nil, annotations: String? = nil
  ) throws(WorkspaceError) -> Workspace {
    func resolve(_ path: String) -> URL {
      path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    }
    let articlesFolder: URL
    if let articles {
      articlesFolder = resolve(articles)
    } else {
      var candidate = directory.standardizedFileURL
      while !isFolder(candidate.appendingPathComponent("seeds")) {
        let parent = candidate.deletingLastPathComponent()
        guard parent.path != candidate.path else { throw .notFound(searchedFrom: directory.path) }
        candidate = parent
      }
      articlesFolder = candidate.appendingPathComponent("seeds")
    }
    guard isFolder(articlesFolder) else { throw .missingFolder(path: articlesFolder.path) }
    let annotationsFolder =
      annotations.map(resolve)
      ?? articlesFolder.standardizedFileURL.deletingLastPathComponent().appendingPathComponent("annotations")
    return Workspace(articlesFolder: articlesFolder, annotationsFolder: annotationsFolder, displayBase: directory)
  }

  /// The `.txt` files in the articles folder, sorted by name.
  ///
  /// Only regular files count (not folders, pipes or devices, which could
  /// block or never end): a symbolic link is listed only if it resolves to a
  /// regular file inside the articles folder, so a link cannot reach outside.
  public func articleFiles() throws(WorkspaceError) -> [String] {
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: articlesFolder.path)
    } catch {
      throw .missingFolder(path: display(articlesFolder))
    }
    return names.filter { name in
      name.hasSuffix(".txt") && !name.hasPrefix(".") && problem(with: name) == nil
    }.sorted()
  }

  /// Why `articleFile` cannot be read as an article, or `nil` when it can.
  private func problem(with articleFile: String) -> String? {
    if !articleFile.contains("/") {
      // The usual case in one system call: a regular file in the folder itself.
      switch RegularFile.kind(atPath: articlesFolder.path + "/" + articleFile) {
      case .regular: return nil
      case .missing: return "no such file or not readable"
      case .other: return "not a regular file"
      case .symbolicLink: break
      }
    }
    let url = articlesFolder.appendingPathComponent(articleFile)
    let resolved = url.resolvingSymlinksInPath()
    guard resolved.path.hasPrefix(articlesFolder.resolvingSymlinksInPath().path + "/") else {
      return "it is a symbolic link leading outside the articles folder"
    }
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: resolved.path) else {
      return "no such file or not readable"
    }
    guard attributes[.type] as? FileAttributeType == .typeRegular else { return "not a regular file" }
    return nil
  }

  /// The annotation file of the article stored in `articleFile`.
  public func annotationURL(forArticleFile articleFile: String) -> URL {
    annotationsFolder.appendingPathComponent(Article.name(ofFile: articleFile) + ".json")
  }

  /// The URL of an article file.
  public func articleURL(_ articleFile: String) -> URL {
    articlesFolder.appendingPathComponent(articleFile)
  }

  /// Reads an article by file name.
  public func loadArticle(_ articleFile: String) throws(WorkspaceError) -> Article {
    Article(fileName: articleFile, bytes: try readArticle(articleFile))
  }

  /// The bytes of the article file `articleFile`.
  public func readArticle(_ articleFile: String) throws(WorkspaceError) -> [UInt8] {
    let url = articleURL(articleFile)
    if let problem = problem(with: articleFile) {
      // Checked again at reading: the file may have been replaced since it was listed.
      throw .unreadableArticle(path: display(url), reason: problem)
    }
    guard case .success(let bytes) = RegularFile.read(atPath: url.path) else {
      throw .unreadableArticle(path: display(url), reason: "no such file or not readable")
    }
    return bytes
  }

  /// `url`'s path relative to the display base when it lies inside it.
  public func display(_ url: URL) -> String {
    let base = displayBase.path.hasSuffix("/") ? displayBase.path : displayBase.path + "/"
    let path = url.standardizedFileURL.path
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }

  private static func isFolder(_ url: URL) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
  }
}
