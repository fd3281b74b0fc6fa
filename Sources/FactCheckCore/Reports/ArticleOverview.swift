/// What a report says of an article before its claims: the line of the overview table and its anchors.
///
/// Held for every article of a report, whose claims are only made when the article is reached
/// (`ArticleReports`).
public struct ArticleOverview: Sendable {
  /// The file name (`002_826b06bc2df8a369.txt`).
  public var file: String
  /// The short name (`002`).
  public var shortName: String
  /// The headline, else the first claim.
  public var title: String
  /// The publication date the article carries (`2022-03-10`).
  public var date: String?
  /// The SHA-256 of the article's bytes.
  public var sha256: String
  /// The tally of verdicts.
  public var progress: ReviewProgress
  /// The HTML anchor of the article (`article-002`).
  public var anchor: String
  /// What the anchors of its claims start with (`claim-002-`).
  public var claimAnchorPrefix: String
  /// Why the annotation file could not be read, when it could not (see `ArticleReport.unreadableAnnotations`).
  public var unreadableAnnotations: String?

  init(_ article: ArticleReport) {
    file = article.file
    shortName = article.shortName
    title = article.title
    date = article.date
    sha256 = article.sha256
    progress = article.progress
    anchor = article.anchor
    claimAnchorPrefix = article.claimAnchorPrefix
    unreadableAnnotations = article.unreadableAnnotations
  }
}
