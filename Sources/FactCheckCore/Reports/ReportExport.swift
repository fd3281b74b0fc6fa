/// Which claims the JSON-LD exports publish, and what they leave out.
enum ReportExport {
  /// How many claims in conflict a notice names.
  static let listedConflicts = 10

  /// Notices naming what the exports leave out (claims with a verdict still in conflict, verdicts given to words
  /// that have changed since) or flag (orphans), from one pass over the articles without their links.
  static func notices(_ report: VerificationReport, format: String) -> [String] {
    var conflicts: [String] = []
    var changed: [String] = []
    var orphans = 0
    for batch in report.articles.unlinked.made({ _, article in
      let reviewed = article.claims.filter { $0.isReviewed && !$0.review.dismissed }
      return (
        conflicts: reviewed.filter { $0.review.conflict != nil }.map(\.reference.label),
        changed: reviewed.filter { $0.review.conflict == nil && $0.review.changedWordsReviewed != nil }.map(
          \.reference.label),
        orphans: reviewed.count { $0.review.conflict == nil && $0.review.changedWordsReviewed == nil && $0.isOrphaned }
      )
    }) {
      for article in batch {
        conflicts += article.conflicts
        changed += article.changed
        orphans += article.orphans
      }
    }
    var notices: [String] = []
    if !conflicts.isEmpty { notices.append(conflictNotice(conflicts, format: format)) }
    if !changed.isEmpty { notices.append(changedNotice(changed, format: format)) }
    if orphans > 0 {
      notices.append(
        "\(ReportText.count(orphans, "orphaned claim")) exported by \(orphans == 1 ? "its" : "their") quote only: "
          + "the text is no longer in the article")
    }
    return notices
  }

  /// The notice of the claims in conflict labelled `labels` left out of a `format` export.
  ///
  /// It names the first few: an archive can hold hundreds, which the shell's `conflicts` lists in full.
  static func conflictNotice(_ labels: [String], format: String) -> String {
    let shown = labels.prefix(listedConflicts).joined(separator: ", ")
    let more = labels.count > listedConflicts ? ", and \(labels.count - listedConflicts) more" : ""
    return "\(ReportText.count(labels.count, "claim")) in conflict left out of the \(format) export "
      + "(\(shown)\(more)); settle \(labels.count == 1 ? "it" : "them") with 'resolve'"
  }

  /// The notice of the verdicts labelled `labels`, given to words that have changed since, left out of a `format`
  /// export.
  static func changedNotice(_ labels: [String], format: String) -> String {
    let shown = labels.prefix(listedConflicts).joined(separator: ", ")
    let more = labels.count > listedConflicts ? ", and \(labels.count - listedConflicts) more" : ""
    return "\(ReportText.count(labels.count, "verdict")) given to words changed since left out of the \(format) "
      + "export (\(shown)\(more)); give \(labels.count == 1 ? "it" : "them") again in the shell to publish"
  }

  /// Whether the exports publish `claim`: it has a verdict, given to its words as they are, is not dismissed and
  /// not in conflict.
  static func isPublished(_ claim: ReportClaim) -> Bool {
    claim.isReviewed && !claim.review.dismissed && claim.review.conflict == nil
      && claim.review.changedWordsReviewed == nil
  }
}
