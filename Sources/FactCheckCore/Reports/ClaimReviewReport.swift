/// Writes schema.org `ClaimReview` JSON-LD: one review per claim with a verdict.
///
/// Follows schema.org and Google's fact-check guidance: `claimReviewed` is the claim cut to about 75 characters
/// (the full text is `itemReviewed.text`); `reviewRating` carries `alternateName` and a 1–3 scale where higher is
/// truer (`VerdictRating`); `itemReviewed` is a `Claim` whose `author` is the attributed source (the publication for
/// its own statements) and whose `appearance` is the article, a `CreativeWork` with headline and date, identified
/// without a URL by its file name and the SHA-256 of its text (an `identifier` and a `ni:` URI as `@id`); `author`
/// and `datePublished` are the reviewer's and the review's day; `url` is the claim's place in the HTML report
/// (relative without `ReportOptions.baseURL`). Claims still in conflict are left out, with a notice.
struct ClaimReviewReport: Sendable {
  let report: VerificationReport

  /// The document, without its notices (`ReportExport.notices`), in pieces: the reviews of a few articles at a time, made on
  /// every core when reached, so that the reviews of an archive are never all held at once.
  func chunks() -> AnySequence<String> {
    JSONLDArrayStream(
      prefix: "{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": ", indent: 4, suffix: { _ in "\n}\n" },
      elements: { article in
        article.claims.filter(ReportExport.isPublished).map { claim in
          JSONLDArrayStream.encoded(.object(review(claim, in: article)), indent: 4)
        }
      }
    ).chunks(of: report.articles.unlinked)
  }

  private func review(_ claim: ReportClaim, in article: ArticleReport) -> [String: JSONNode] {
    let anchor = report.anchor(of: claim.reference) ?? article.anchor
    let url = (report.options.baseURL ?? "") + "#" + anchor
    var members: [String: JSONNode] = [
      "@type": string("ClaimReview"),
      "@id": string(url),
      "url": string(url),
      "claimReviewed": string(ReportText.shortened(claim.text, to: 75)),
      "itemReviewed": object(item(claim, in: article)),
      "author": object(["@type": string("Person"), "name": string(claim.review.reviewer)]),
    ]
    if let rating = VerdictRating(claim.review.status) {
      members["reviewRating"] = object([
        "@type": string("Rating"), "ratingValue": number(rating.value), "bestRating": number(VerdictRating.best),
        "worstRating": number(VerdictRating.worst), "alternateName": string(rating.name),
      ])
    }
    if let day = ReportText.day(claim.review.updated) { members["datePublished"] = string(day) }
    if !claim.review.note.isEmpty { members["reviewBody"] = string(claim.review.note) }
    if !claim.review.evidence.isEmpty { members["citation"] = JSONNode(.array(claim.review.evidence.map(string))) }
    return members
  }

  private func item(_ claim: ReportClaim, in article: ArticleReport) -> [String: JSONNode] {
    var appearance: [String: JSONNode] = [
      "@type": string("CreativeWork"),
      "@id": string(JSONLDText.namedInformation(sha256: article.sha256)),
      "headline": string(article.title),
      "name": string(article.file),
      "identifier": object([
        "@type": string("PropertyValue"), "propertyID": string("sha256"), "value": string(article.sha256),
      ]),
    ]
    if let date = article.date { appearance["datePublished"] = string(date) }
    var item: [String: JSONNode] = [
      "@type": string("Claim"),
      "text": string(claim.text),
      "appearance": object(appearance),
      "author": object(author(of: claim, in: article)),
    ]
    if let date = article.date { item["datePublished"] = string(date) }
    return item
  }

  /// The claim's author: the attributed source, a `Person` unless it reads as an organisation; else the publication.
  private func author(of claim: ReportClaim, in article: ArticleReport) -> [String: JSONNode] {
    guard let source = claim.source?.source else {
      return [
        "@type": string("Organization"), "name": string(article.publisher ?? "the publication of “\(article.title)”"),
      ]
    }
    return ["@type": string(SourceKind.isOrganization(source) ? "Organization" : "Person"), "name": string(source)]
  }

  private func string(_ text: String) -> JSONNode { JSONNode(.string(text)) }
  private func number(_ value: Int) -> JSONNode { JSONNode(.number(Double(value))) }
  private func object(_ members: [String: JSONNode]) -> JSONNode { JSONNode(.object(members)) }
}
