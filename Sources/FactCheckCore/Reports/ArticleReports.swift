/// The articles of a report, in file order, each made when it is reached: its review made again (from an
/// `ArticleSnapshot` when the report was built from snapshots) and its claims' links found.
///
/// A report over an archive thus holds one article at a time per core, not thousands. Each access makes the
/// article again: go through them once.
public struct ArticleReports: RandomAccessCollection, Sendable {
  /// What the report says of each article before its claims, for the overview table.
  public let overviews: [ArticleOverview]
  private let make: @Sendable (Int, Bool) -> ArticleReport
  private let linked: Bool

  init(overviews: [ArticleOverview], linked: Bool = true, make: @escaping @Sendable (Int, Bool) -> ArticleReport) {
    self.overviews = overviews
    self.linked = linked
    self.make = make
  }

  /// The same articles without links to other claims, which are the slow part to make (for exports that show
  /// none).
  public var unlinked: ArticleReports { ArticleReports(overviews: overviews, linked: false, make: make) }

  public var startIndex: Int { 0 }
  public var endIndex: Int { overviews.count }

  /// The article at `position`, made now.
  public subscript(position: Int) -> ArticleReport { make(position, linked) }

  /// The text `render` makes of each article (given its position), in order, one batch of articles at a time,
  /// each batch made and rendered on every core: the pieces of a report written as it is made.
  func rendered(_ render: @escaping @Sendable (Int, ArticleReport) -> String) -> some Sequence<String> {
    made(render).lazy.map { $0.joined() }
  }

  /// What `make` gives of each article (given its position), a batch of articles at a time, each batch made on
  /// every core.
  func made<Made: Sendable>(_ make: @escaping @Sendable (Int, ArticleReport) -> Made) -> some Sequence<[Made]> {
    let batch = 32
    return stride(from: 0, to: count, by: batch).lazy.map { start in
      Array(start..<Swift.min(start + batch, count)).concurrentMap { position in make(position, self[position]) }
    }
  }
}
