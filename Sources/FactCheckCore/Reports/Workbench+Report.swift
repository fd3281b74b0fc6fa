import Foundation

/// Reports over the workbench's workspace.
extension Workbench {
  /// The report of the articles `queries` name (numbers, prefixes or file names; every article when empty), with
  /// the whole corpus indexed so that links reach articles left out.
  public func report(articles queries: [String], options: ReportOptions) throws -> VerificationReport {
    let files = try articleFiles()
    var selected: [String] = []
    for query in queries {
      let file = try resolveArticle(query)
      if !selected.contains(file) { selected.append(file) }
    }
    let snapshots = try files.map { file throws -> ArticleSnapshot in try snapshot(file) }
    return VerificationReport(
      snapshots: snapshots, selected: queries.isEmpty ? nil : files.filter(selected.contains), options: options)
  }

  /// Writes `text` to `path` atomically and returns the file's URL.
  ///
  /// A relative path is taken from `directory`.
  @discardableResult
  public static func writeReport(_ text: String, to path: String, relativeTo directory: URL) throws -> URL {
    try writeReport(chunks: CollectionOfOne(text), to: path, relativeTo: directory)
  }

  /// Writes `chunks`, one after the other, to `path` atomically and returns the file's URL.
  ///
  /// A relative path is taken from `directory`. `check` runs when every chunk is written, before the file is
  /// put in place: when it throws (`SnapshotChanges.check`: files changed while the report was made), nothing at
  /// `path` changes.
  @discardableResult
  public static func writeReport(
    chunks: some Sequence<String>, to path: String, relativeTo directory: URL,
    check: () throws(StorageError) -> Void = {}
  ) throws -> URL {
    let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    try AtomicFile.write(chunks: chunks.lazy.map { Array($0.utf8) }, to: url.standardizedFileURL, check: check)
    return url.standardizedFileURL
  }
}
