/// The corpus-level figures at the top of a report.
public struct ReportSummary: Sendable, Hashable {
  /// The articles in the report.
  public var articles: Int
  /// The tally of verdicts over them.
  public var progress: ReviewProgress
  /// The reviewers whose verdicts appear, sorted.
  public var reviewers: [String]
  /// The latest review time (`2026-11-21T00:00:00Z`), when any claim has one.
  public var lastUpdated: String?
}
