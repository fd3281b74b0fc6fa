/// One article's line in a listing: its names, date, title, review progress and why it is read-only, if it is.
public struct ArticleStatus: Sendable, Hashable {
  /// The file name in the articles folder.
  public var fileName: String
  /// The SHA-256 of the article file, as 64 lowercase hex digits.
  public var sha256: String
  /// The publication date of the metadata line, if any.
  public var date: String?
  /// The title (`Article.title`).
  public var title: String
  /// The tally of verdicts.
  public var progress: ReviewProgress
  /// Why changes cannot be saved, if they cannot.
  public var readOnly: ReadOnlyReason?

  /// Creates a status from its parts.
  public init(
    fileName: String, sha256: String, date: String?, title: String, progress: ReviewProgress,
    readOnly: ReadOnlyReason?
  ) {
    self.fileName = fileName
    self.sha256 = sha256
    self.date = date
    self.title = title
    self.progress = progress
    self.readOnly = readOnly
  }

  /// The status of an opened review.
  public init(_ review: ArticleReview) {
    self.init(
      fileName: review.article.fileName, sha256: review.article.sha256, date: review.article.layout.date,
      title: review.article.title,
      progress: review.progress, readOnly: review.readOnly)
  }

  /// The file name without `.txt`.
  public var name: String { Article.name(ofFile: fileName) }

  /// The short name shown in prompts (`001`).
  public var shortName: String { Article.shortName(of: name) }
}
