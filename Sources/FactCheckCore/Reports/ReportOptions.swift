/// What a report includes and where it will be published.
public struct ReportOptions: Sendable, Hashable {
  /// List only claims that have a verdict (orphans and conflicts are always listed).
  public var reviewedOnly: Bool
  /// The address the report will be published at, for the `url` of each ClaimReview and the ids of Web
  /// Annotations (`https://example.org/review.html`); without it they are fragments (`#claim-002-11`) or
  /// `urn:uuid:` ids.
  public var baseURL: String?

  /// Creates options.
  public init(reviewedOnly: Bool = false, baseURL: String? = nil) {
    self.reviewedOnly = reviewedOnly
    self.baseURL = baseURL
  }
}
