extension Workbench {
  /// Re-reads what changed on disk since it was read, and reports it.
  ///
  /// One `stat` per open article file and annotation file tells whether to
  /// look; only files whose bytes really changed are read again. The merge
  /// base is kept: a claim changed elsewhere and then changed here becomes a
  /// conflict at the next save, keeping both, rather than silently replacing
  /// the other side's verdict. Nothing unsaved is lost, because every change
  /// is saved before it is acknowledged.
  public func refreshFromDisk() -> [DiskChange] {
    var changes: [DiskChange] = []
    if let listed = cachedFiles, FileStamp.of(workspace.articlesFolder.path) != cachedFilesStamp {
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
      guard articleStamp != open.articleStamp || annotationStamp != open.annotationStamp else { continue }
      if let change = refresh(file, from: open) { changes.append(change) }
    }
    return changes
  }

  /// Reads `file` again; returns what changed, if anything did.
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
    fresh.diskAnnotations = open.diskAnnotations
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
