/// One claim as the corpus-wide comparisons see it: where it is, who makes it, its words and its figures.
public struct CorpusClaim: Sendable {
  /// Which claim it is.
  public var reference: ClaimReference
  /// The claim's text, white space collapsed.
  public var text: String
  /// The verdict it has.
  public var status: ClaimStatus
  /// Whether reviewers' verdicts on it conflict (a merge left the choice open).
  public var inConflict: Bool
  /// Who makes the claim, as the article attributes it; `nil` for the publication's own statement.
  public var source: String?
  /// For an unattributed claim: the sources named in the claims just before it, which the reader may take
  /// it from ("More than 3,500 soldiers have been killed" after "…, according to the Ukrainian military").
  public var contextSources: [String]
  /// The article's date, when it carries one.
  public var date: String?
  /// The words that matching uses.
  public var terms: ClaimTerms
  /// The figures it states.
  public var quantities: [Quantity]

  /// The source for display: the attribution, or "the publication" with the context sources.
  public var sourceDescription: String {
    if let source { return source }
    guard !contextSources.isEmpty else { return "the publication (unattributed)" }
    return "the publication (unattributed; nearby: \(contextSources.joined(separator: ", ")))"
  }
}
