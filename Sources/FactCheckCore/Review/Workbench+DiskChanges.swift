import Foundation

extension Workbench {
  /// Re-reads what changed on disk since it was read, and reports it.
  ///
  /// One `stat` per open article file and annotation file tells whether to
  /// look (see `FileStamp`); a file is read again only then, and the article
  /// reloaded only when its bytes or its annotations' bytes really changed.
  /// The merge base is kept: a claim changed elsewhere and then changed here
  /// becomes a conflict at the next save, keeping both, rather than silently
  /// replacing the other side's verdict. Nothing unsaved is lost, because
  /// every change is saved before it is acknowledged.
  public func refreshFromDisk() -> [DiskChange] {
    var changes: [DiskChange] = []
    if let listed = cachedFiles, cachedFilesStamp.mayDiffer(from: FileStamp.of(workspace.articlesFolder.path)) {
      cachedFiles = nil
      if let files = try? articleFiles(), files != listed {
        let now = Set(files)
        let before = Set(listed)
        changes.append(
          .articleListChanged(
            added: files.filter { !before.contains($0) }, removed: listed.filter { !now.contains($0) })
        )
      }
    }
    for file in openArticles.keys.sorted() {
      guard let open = openArticles[file] else { continue }
      let articleStamp = FileStamp.of(workspace.articleURL(file).path)
      let annotationStamp = FileStamp.of(workspace.annotationURL(forArticleFile: file).path)
      var differs = false
      if open.articleStamp.mayDiffer(from: articleStamp) {
        let bytes = FileManager.default.contents(atPath: workspace.articleURL(file).path).map(Array.init)
        differs = bytes.map(Article.sha256(of:)) != open.review.article.sha256
      }
      if !differs, open.annotationStamp.mayDiffer(from: annotationStamp) {
        let current = Result { () throws(StorageError) in try store.currentBytes(articleFile: file) }
        switch current {
        case .success(let bytes): differs = !ByteComparison.same(bytes, open.seenBytes)
        case .failure: differs = true
        }
      }
      if differs {
        if let change = refresh(file, from: open) { changes.append(change) }
      } else {
        openArticles[file]?.articleStamp = articleStamp
        openArticles[file]?.annotationStamp = annotationStamp
      }
    }
    return changes
  }

  /// Reads `file` again; returns what changed for the reviewer, if anything did.
  private func refresh(_ file: String, from open: OpenArticle) -> DiskChange? {
    var fresh: OpenArticle
    do {
      fresh = try load(file)
    } catch {
      openArticles[file] = nil
      return .articleRemoved(articleFile: file, reason: "\(error)")
    }
    let articleChanged = fresh.review.article.sha256 != open.review.article.sha256
    // Keep the merge base: what this session last read or wrote.
    fresh.diskBytes = open.diskBytes
    openArticles[file] = fresh
    if articleChanged {
      return .articleChanged(articleFile: file, anchoring: fresh.review.anchoring)
    }
    let before = Dictionary(open.review.annotations.claims.map { ($0.id, $0) }) { first, _ in first }
    let after = Dictionary(fresh.review.annotations.claims.map { ($0.id, $0) }) { first, _ in first }
    let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
    guard !changed.isEmpty || fresh.review.readOnly != open.review.readOnly else { return nil }
    return .annotationsChanged(articleFile: file, claimIDs: changed.sorted())
  }
}
