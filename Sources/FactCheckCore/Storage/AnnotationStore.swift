import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads and writes the annotation files of one workspace.
///
/// Writes are atomic (`AtomicFile`) and serialised between processes by an
/// advisory lock on the annotations folder, so two shells cannot interleave a
/// read-merge-write cycle.
public struct AnnotationStore: Sendable {
  /// The workspace whose annotations folder is used.
  public let workspace: Workspace
  /// How file contents are written (the system call, unless a test injects a failure).
  let writer: AtomicFile.Writer

  /// Creates a store.
  public init(workspace: Workspace) {
    self.init(workspace: workspace, writer: .system)
  }

  /// Creates a store that writes through `writer`.
  init(workspace: Workspace, writer: AtomicFile.Writer) {
    self.workspace = workspace
    self.writer = writer
  }

  /// What is on disk for one article.
  public enum Loaded: Sendable {
    /// No annotation file: nobody reviewed the article yet.
    case missing
    /// A valid file, with the exact bytes read.
    case loaded(ArticleAnnotations, bytes: [UInt8])
    /// A file that cannot be used; it must not be overwritten.
    case broken(AnnotationFileError, bytes: [UInt8]?)
  }

  /// The annotation file's path as shown to the user.
  public func displayPath(forArticleFile articleFile: String) -> String {
    workspace.display(workspace.annotationURL(forArticleFile: articleFile))
  }

  /// Reads and validates the annotation file of `articleFile`.
  public func load(articleFile: String) -> Loaded {
    let path = displayPath(forArticleFile: articleFile)
    let bytes: [UInt8]?
    do {
      bytes = try currentBytes(articleFile: articleFile)
    } catch {
      return .broken(AnnotationFileError(.unreadable, file: path, message: "\(error)"), bytes: nil)
    }
    guard let bytes else { return .missing }
    return Self.decode(bytes, file: path)
  }

  /// Decodes annotation bytes read from `file`.
  public static func decode(_ bytes: [UInt8], file: String) -> Loaded {
    do {
      return .loaded(try AnnotationCodec.decode(bytes, file: file), bytes: bytes)
    } catch {
      return .broken(error, bytes: bytes)
    }
  }

  /// The bytes of the annotation file, or `nil` when there is none.
  ///
  /// A symbolic link is followed only to a file inside the annotations folder.
  public func currentBytes(articleFile: String) throws(StorageError) -> [UInt8]? {
    if !articleFile.contains("/") {
      // The usual cases in a system call or two: no file, or a regular file in the folder itself.
      let path = workspace.annotationsFolder.path + "/" + Article.name(ofFile: articleFile) + ".json"
      switch RegularFile.kind(atPath: path) {
      case .missing: return nil
      case .regular:
        if case .success(let bytes) = RegularFile.read(atPath: path) { return bytes }
      case .symbolicLink, .other: break
      }
    }
    let url = workspace.annotationURL(forArticleFile: articleFile)
    let resolved = url.resolvingSymlinksInPath().path
    if resolved != url.path,
      !resolved.hasPrefix(workspace.annotationsFolder.resolvingSymlinksInPath().path + "/")
    {
      throw .cannotRead(
        path: workspace.display(url), reason: "it is a symbolic link leading outside the annotations folder")
    }
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .cannotRead(path: workspace.display(url), reason: "permission denied or not a file")
    }
    return Array(data)
  }

  /// Writes `annotations` (or removes the file when `nil` or empty); returns the bytes now on disk.
  @discardableResult
  public func write(_ annotations: ArticleAnnotations?, articleFile: String) throws(StorageError) -> [UInt8]? {
    guard let annotations, !annotations.isEmpty else {
      try write(bytes: nil, articleFile: articleFile)
      return nil
    }
    let bytes = AnnotationCodec.encodeBytes(annotations)
    try write(bytes: bytes, articleFile: articleFile)
    return bytes
  }

  /// Writes the encoded annotation file `bytes` (`AnnotationCodec.encodeBytes`), or removes the file when `nil`.
  public func write(bytes: [UInt8]?, articleFile: String) throws(StorageError) {
    let url = workspace.annotationURL(forArticleFile: articleFile)
    guard let bytes else {
      try AtomicFile.remove(url)
      return
    }
    do {
      try AtomicFile.write(bytes, to: url, writer: writer)
    } catch {
      throw .cannotWrite(path: workspace.display(url), reason: Self.reason(of: error))
    }
  }

  /// Runs `body` holding an exclusive lock on the annotations folder.
  public func withLock<Result>(_ body: () throws -> Result) throws -> Result {
    let folder = workspace.annotationsFolder
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    } catch {
      throw StorageError.cannotWrite(path: workspace.display(folder), reason: "cannot create folder")
    }
    let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else {
      throw StorageError.cannotWrite(path: workspace.display(folder), reason: String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    while flock(descriptor, LOCK_EX) != 0 {
      guard errno == EINTR else { break }
    }
    defer { flock(descriptor, LOCK_UN) }
    return try body()
  }

  private static func reason(of error: StorageError) -> String {
    switch error {
    case .cannotWrite(_, let reason), .cannotRead(_, let reason), .readOnly(_, let reason): reason
    case .changedWhileReading: error.description
    }
  }
}
