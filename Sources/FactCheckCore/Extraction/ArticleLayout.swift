/// The parts of an article: metadata the seeds carry, and the body blocks.
///
/// Metadata (date, headline, `KEY POINTS` bullets) is shown to the reviewer but
/// never split into claims. Body blocks are the runs of text that claims are
/// split from, in reading order.
public struct ArticleLayout: Sendable, Hashable {
  /// The publication date from a leading ` date 2022-03-10 …` line (`2022-03-10`).
  public var date: String?
  /// The span of the `date 2022-03-10` marker itself.
  public var dateSpan: TextSpan?
  /// The headline line, when the article starts with one.
  public var headline: TextSpan?
  /// The `KEY POINTS` bullets, without their bullet marks.
  public var keyPoints: [TextSpan]
  /// The span of the `KEY POINTS` label.
  public var keyPointsLabel: TextSpan?
  /// Body text blocks (paragraphs, or lines joined where a sentence continues).
  public var blocks: [TextSpan]
  /// The role of each block, parallel to `blocks`.
  public var roles: [BlockRole]
  /// The dateline that opened the first paragraph ("(CNN) —"), kept out of the claims.
  public var dateline: TextSpan?

  /// Creates a layout.
  public init(
    date: String? = nil, dateSpan: TextSpan? = nil, headline: TextSpan? = nil,
    keyPoints: [TextSpan] = [], keyPointsLabel: TextSpan? = nil, blocks: [TextSpan] = [], roles: [BlockRole]? = nil,
    dateline: TextSpan? = nil
  ) {
    self.date = date
    self.dateSpan = dateSpan
    self.headline = headline
    self.keyPoints = keyPoints
    self.keyPointsLabel = keyPointsLabel
    self.blocks = blocks
    self.roles = roles ?? blocks.map { _ in .body }
    self.dateline = dateline
  }

  /// The role of the block at `index` (`.body` past the end).
  public func role(ofBlockAt index: Int) -> BlockRole {
    roles.indices.contains(index) ? roles[index] : .body
  }

  /// The block containing `span`, if any.
  public func block(containing span: TextSpan) -> TextSpan? {
    blocks.first { $0.contains(span) } ?? blocks.first { $0.overlaps(span) }
  }
}
