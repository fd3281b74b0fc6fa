import Crypto

/// An article and its annotation file as read at one moment, from which the article's review is made again
/// whenever it is needed.
///
/// A look across an archive (a report, related claims) reads every file once, then makes each review when it
/// reaches it and lets it go, instead of holding thousands of reviews and their analyses at once. The snapshot
/// holds no bytes: it reads the files again and checks them against the SHA-256 of what it first read, so a
/// report can refuse to be written from files that changed meanwhile (`made().changed`).
public struct ArticleSnapshot: Sendable {
  /// The article's file name.
  public let fileName: String
  private let content: Content

  private enum Content: Sendable {
    /// An article open in the workbench: its review as it is.
    case review(ArticleReview)
    /// The article's file and its annotation file, to read again.
    case files(path: String, sha256: String, annotations: Annotations, store: AnnotationStore)
  }

  private enum Annotations: Sendable {
    /// A valid file: read again, checked against the SHA-256 of its first bytes, and decoded for each review.
    case file(digest: SHA256Digest, display: String)
    /// No file, or one that cannot be used, as first found.
    case found(AnnotationStore.Loaded)
  }

  /// The snapshot of an article that is open: its review.
  init(review: ArticleReview) {
    fileName = review.article.fileName
    content = .review(review)
  }

  /// The snapshot of an article read from disk: the fingerprints of its bytes at `path` and of its annotation
  /// file as `store` found it.
  init(fileName: String, path: String, bytes: [UInt8], annotations: AnnotationStore.Loaded, store: AnnotationStore) {
    self.fileName = fileName
    let stored: Annotations
    switch annotations {
    case .loaded(_, let encoded):
      stored = .file(digest: SHA256.hash(data: encoded), display: store.displayPath(forArticleFile: fileName))
    case .missing, .broken: stored = .found(annotations)
    }
    content = .files(path: path, sha256: Article.sha256(of: bytes), annotations: stored, store: store)
  }

  /// The article's review, made from the files as they are now; `changed` when they are not the bytes first read,
  /// and the review is then not that of the snapshot (an article that can no longer be read has no text).
  public func made() -> (review: ArticleReview, changed: Bool) {
    switch content {
    case .review(let review):
      return (review, false)
    case .files(let path, let sha256, let annotations, let store):
      var bytes: [UInt8] = []
      if case .success(let read) = RegularFile.read(atPath: path) { bytes = read }
      let article = Article(fileName: fileName, bytes: bytes)
      // An article that can no longer be read reads as empty: a change, unless it was empty.
      var changed = article.sha256 != sha256
      let loaded: AnnotationStore.Loaded
      switch annotations {
      case .found(let found):
        loaded = found
        if let now = try? store.currentBytes(articleFile: fileName) {
          if case .broken(_, let old) = found, old == now { break }
          changed = true  // A file appeared, or a broken one changed.
        } else if case .broken(_, .some) = found {
          changed = true
        }
      case .file(let digest, let display):
        let now = try? store.currentBytes(articleFile: fileName)
        if let now, SHA256.hash(data: now) == digest {
          loaded = AnnotationStore.decode(now, file: display)
        } else {
          changed = true
          loaded = now.map { AnnotationStore.decode($0, file: display) } ?? .missing
        }
      }
      return (Workbench.opened(article, loaded).review, changed)
    }
  }

  /// The article's review, made from the files as they are now (see `made()`).
  public func review() -> ArticleReview { made().review }
}
