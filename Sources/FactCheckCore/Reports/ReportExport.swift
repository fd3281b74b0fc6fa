/// Which claims the JSON-LD exports publish, and what they leave out.
enum ReportExport {
  /// The claims with a verdict, not dismissed and not in conflict, with their articles; and notices naming what
  /// was left out (claims still in conflict) or flagged (orphans).
  static func publishable(_ report: VerificationReport, format: String) -> (
    claims: [(claim: ReportClaim, article: ArticleReport)], notices: [String]
  ) {
    var claims: [(ReportClaim, ArticleReport)] = []
    var conflicts: [String] = []
    var orphans = 0
    for article in report.articles.unlinked {
      for claim in article.claims where claim.isReviewed && !claim.review.dismissed {
        if claim.review.conflict != nil {
          conflicts.append(claim.reference.label)
          continue
        }
        if claim.isOrphaned { orphans += 1 }
        claims.append((claim, article))
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
    return (claims, notices)
  }

  /// Whether the exports publish `claim`: it has a verdict, is not dismissed and not in conflict.
  static func isPublished(_ claim: ReportClaim) -> Bool {
    claim.isReviewed && !claim.review.dismissed && claim.review.conflict == nil
  }
}
