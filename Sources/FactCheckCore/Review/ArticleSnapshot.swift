/// An article and its annotation file as read from disk at one moment, from which the article's review is made
/// again whenever it is needed.
///
/// A look across an archive (a report, related claims) reads every file once, then makes each review when it
/// reaches it and lets it go, instead of holding thousands of reviews and their analyses at once. Every review made
/// from one snapshot is the same, whatever happens on disk meanwhile.
public struct ArticleSnapshot: Sendable {
  /// The article's file name.
  public let fileName: String
  private let content: Content

  private enum Content: Sendable {
    /// An article open in the workbench: its review as it is.
    case review(ArticleReview)
    /// The article's bytes and its annotation file: bytes to decode again, or what reading it found.
    case files(article: [UInt8], annotations: Annotations)
  }

  private enum Annotations: Sendable {
    case encoded([UInt8], file: String)
    case found(AnnotationStore.Loaded)
  }

  /// The snapshot of an article that is open: its review.
  init(review: ArticleReview) {
    fileName = review.article.fileName
    content = .review(review)
  }

  /// The snapshot of an article read from disk: its bytes, and its annotation file as `AnnotationStore.load`
  /// found it (a valid file is kept as bytes, decoded again for each review).
  init(fileName: String, bytes: [UInt8], annotations: AnnotationStore.Loaded, annotationFile: String) {
    self.fileName = fileName
    switch annotations {
    case .loaded(_, let encoded): content = .files(article: bytes, annotations: .encoded(encoded, file: annotationFile))
    case .missing, .broken: content = .files(article: bytes, annotations: .found(annotations))
    }
  }

  /// The article's review, made from the snapshot.
  public func review() -> ArticleReview {
    switch content {
    case .review(let review):
      return review
    case .files(let bytes, let annotations):
      let article = Article(fileName: fileName, bytes: bytes)
      switch annotations {
      case .encoded(let encoded, let file):
        return Workbench.opened(article, AnnotationStore.decode(encoded, file: file)).review
      case .found(let loaded): return Workbench.opened(article, loaded).review
      }
    }
  }
}
