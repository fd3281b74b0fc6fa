/// Writes a report as CSV (RFC 4180): a header, then one record per claim, CRLF line ends.
///
/// Every claim is a record, dismissed ones and orphans included (they are flagged in their columns). Fields with
/// several values (caveats, evidence, links) hold one value per line inside the quoted field. `reviewed_text`, last,
/// holds the text a verdict was given to when the claim's words have changed since.
struct CSVReport: Sendable {
  let report: VerificationReport

  /// The column names.
  static let header = [
    "article", "file", "date", "title", "claim", "id", "origin", "orphaned", "dismissed", "verdict", "conflict",
    "text", "source", "source_cue", "publication_caveats", "reviewer_caveats", "note", "evidence", "reviewer",
    "updated", "start", "end", "links", "reviewed_text",
  ]

  /// The document in pieces, in order: the header, then the records of one article after another, each made when
  /// it is reached.
  func chunks() -> AnySequence<String> {
    let records = report.articles.rendered { _, article in
      let claims = (article.anchoredClaims + article.dismissed).sorted {
        ($0.reference.number ?? .max) < ($1.reference.number ?? .max)
      }
      return (claims + article.claims.filter(\.isOrphaned)).map { claim in
        Self.record(claim, in: article).joined(separator: ",") + "\r\n"
      }.joined()
    }
    return AnySequence(
      [AnySequence(CollectionOfOne(Self.header.joined(separator: ",") + "\r\n")), AnySequence(records)].joined())
  }

  private static func record(_ claim: ReportClaim, in article: ArticleReport) -> [String] {
    let review = claim.review
    let conflict = review.conflict.map { conflict in
      conflict.alternatives.map { side in
        side.reviewer.isEmpty ? side.status.rawValue : "\(side.status.rawValue) (\(side.reviewer))"
      }.joined(separator: "\n")
    }
    let links = claim.links.map { "\($0.kind.rawValue) \($0.target.label): \($0.summary)" }
    return [
      CSVField.text(article.shortName), CSVField.text(article.file), CSVField.quoted(article.date ?? ""),
      CSVField.text(article.title), claim.reference.number.map(String.init) ?? "", CSVField.quoted(claim.reference.id),
      claim.origin.rawValue, claim.isOrphaned ? "true" : "false", review.dismissed ? "true" : "false",
      review.status.rawValue, CSVField.text(conflict ?? ""), CSVField.text(claim.text),
      CSVField.text(claim.source?.source ?? ""), CSVField.text(claim.source?.cue ?? ""),
      CSVField.text(claim.publicationCaveats.map(claim.describe).joined(separator: "\n")),
      CSVField.text(claim.reviewerCaveats.map(\.text).joined(separator: "\n")), CSVField.text(review.note),
      CSVField.text(review.evidence.joined(separator: "\n")), CSVField.text(review.reviewer),
      CSVField.quoted(review.updated ?? ""), String(claim.anchor.span.start), String(claim.anchor.span.end),
      CSVField.text(links.joined(separator: "\n")), CSVField.text(review.reviewedText ?? ""),
    ]
  }
}
