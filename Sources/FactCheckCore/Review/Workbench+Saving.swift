import Foundation

extension Workbench {
  /// Stores `annotation` for `id` and saves; the in-memory state changes only if the save succeeds.
  func commit(_ annotation: ClaimAnnotation?, id: String, in articleFile: String) throws -> SaveOutcome {
    _ = try review(articleFile)
    if let reason = openArticles[articleFile]?.review.readOnly {
      throw StorageError.readOnly(article: Article.name(ofFile: articleFile), reason: reason.summary)
    }
    // Taken out of the cache, so that changing it copies nothing; put back as it was if the save fails.
    guard var open = openArticles.removeValue(forKey: articleFile) else { return SaveOutcome() }
    let previous = open.review.annotations[id]
    let wasOrphan = open.review.orphans.contains { $0.id == id }
    open.review.setStored(annotation, id: id)
    var merged = false
    do {
      let outcome = try save(&open, articleFile: articleFile, merged: &merged)
      openArticles[articleFile] = open
      return outcome
    } catch {
      if !merged && !wasOrphan {
        open.review.setStored(previous, id: id)
        openArticles[articleFile] = open
      }
      // Otherwise the article is read again on next use, from the disk the failed save left as it was.
      throw error
    }
  }

  /// Writes `open`'s annotations, merging changes made on disk since it was read (`merged` says whether any was).
  private func save(_ open: inout OpenArticle, articleFile: String, merged: inout Bool) throws -> SaveOutcome {
    try store.withLock { () throws -> SaveOutcome in
      if !sweptTemporaries {
        AtomicFile.removeAbandonedTemporaries(in: workspace.annotationsFolder)
        sweptTemporaries = true
      }
      var outcome = SaveOutcome()
      let onDisk = try store.currentBytes(articleFile: articleFile)
      if !ByteComparison.same(onDisk, open.diskBytes) {
        try mergeExternalChanges(onDisk, into: &open, articleFile: articleFile, outcome: &outcome)
        merged = outcome.mergedExternalChanges
      }
      let annotations = open.review.annotations
      let bytes = annotations.isEmpty ? nil : AnnotationCodec.encodeBytes(annotations, reusing: &open.fragments)
      if !ByteComparison.same(bytes, onDisk) {
        try store.write(bytes: bytes, articleFile: articleFile)
        outcome.wrote = true
      }
      let written = open.diskBytes
      open.diskBytes = bytes
      open.seenBytes = bytes
      if let written { open.fragments.recycle(written) }
      open.annotationStamp = FileStamp.of(workspace.annotationURL(forArticleFile: articleFile).path)
      return outcome
    }
  }

  private func mergeExternalChanges(
    _ onDisk: [UInt8]?, into open: inout OpenArticle, articleFile: String, outcome: inout SaveOutcome
  ) throws {
    var theirs: ArticleAnnotations?
    if let onDisk {
      switch AnnotationStore.decode(onDisk, file: store.displayPath(forArticleFile: articleFile)) {
      case .loaded(let annotations, _): theirs = annotations
      case .broken(let error, _):
        throw StorageError.cannotWrite(
          path: error.file, reason: "it was changed on disk and cannot be read (\(error)); nothing was overwritten")
      case .missing: theirs = nil
      }
    }
    let ours = open.review.annotations
    // The base, what this session last read or wrote, is decoded only now: a merge is rare, and a decoded copy kept
    // beside the review would make every change copy all its claims.
    let base = open.diskBytes.flatMap { bytes in
      try? AnnotationCodec.decode(bytes, file: store.displayPath(forArticleFile: articleFile))
    }
    guard let result = AnnotationMerge.merge(base: base, ours: ours.isEmpty ? nil : ours, theirs: theirs) else {
      return
    }
    open.review.replaceAnnotations(result.merged)
    outcome.mergedExternalChanges = true
    // What the reviewer has not seen yet: a conflict already open here was reported when it arose.
    outcome.conflicts = result.conflicts.filter { ours[$0]?.review.conflict == nil }
  }
}
