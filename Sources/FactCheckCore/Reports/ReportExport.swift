/// Which claims the JSON-LD exports publish, and what they leave out.
enum ReportExport {
  /// Notices naming what the exports leave out (claims with a verdict still in conflict) or flag (orphans), from
  /// one pass over the articles without their links.
  static func notices(_ report: VerificationReport, format: String) -> [String] {
    var conflicts: [String] = []
    var orphans = 0
    for batch in report.articles.unlinked.made({ _, article in
      let reviewed = article.claims.filter { $0.isReviewed && !$0.review.dismissed }
      return (
        conflicts: reviewed.filter { $0.review.conflict != nil }.map(\.reference.label),
        orphans: reviewed.count { $0.review.conflict == nil && $0.isOrphaned }
      )
    }) {
      for article in batch {
        conflicts += article.conflicts
        orphans += article.orphans
      }
    }
    var notices: [String] = []
    if !conflicts.isEmpty {
      notices.append(
        "\(ReportText.count(conflicts.count, "claim")) in conflict left out of the \(format) export "
          + "(\(conflicts.joined(separator: ", "))); settle \(conflicts.count == 1 ? "it" : "them") with 'resolve'")
    }
    if orphans > 0 {
      notices.append(
        "\(ReportText.count(orphans, "orphaned claim")) exported by \(orphans == 1 ? "its" : "their") quote only: "
          + "the text is no longer in the article")
    }
    return notices
  }

  /// Whether the exports publish `claim`: it has a verdict, is not dismissed and not in conflict.
  static func isPublished(_ claim: ReportClaim) -> Bool {
    claim.isReviewed && !claim.review.dismissed && claim.review.conflict == nil
  }
}
