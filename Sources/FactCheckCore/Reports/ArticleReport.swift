/// One article in a report: metadata, progress, the claims listed, and its text for the HTML view.
public struct ArticleReport: Sendable {
  /// The file name (`002_826b06bc2df8a369.txt`).
  public var file: String
  /// The short name (`002`).
  public var shortName: String
  /// The headline, else the first claim.
  public var title: String
  /// The headline, when the article has one.
  public var headline: String?
  /// Who published it, when the text says: its dateline ("(CNN) —") or copyright line ("© Copyright IBTimes").
  public var publisher: String?
  /// The publication date the article carries (`2022-03-10`).
  public var date: String?
  /// The `KEY POINTS` bullets.
  public var keyPoints: [String]
  /// The SHA-256 of the article's bytes.
  public var sha256: String
  /// The article's text.
  public var text: ArticleText
  /// The tally of verdicts.
  public var progress: ReviewProgress
  /// The claims listed, in reading order, orphans last.
  public var claims: [ReportClaim]
  /// The claims dismissed as not claims (left out of `claims`).
  public var dismissed: [ReportClaim]
  /// Why the article's annotations could not be used, when they could not.
  public var readOnly: String?
  /// Why the annotation file could not be read, when it could not: the report then shows none of its reviews.
  public var unreadableAnnotations: String?
  /// The HTML anchor of the article (`article-002`).
  public var anchor: String
  /// What the anchors of its claims start with (`claim-002-`).
  public var claimAnchorPrefix: String

  /// The claims with text in the article (not orphaned).
  public var anchoredClaims: [ReportClaim] { claims.filter { !$0.isOrphaned } }
}
