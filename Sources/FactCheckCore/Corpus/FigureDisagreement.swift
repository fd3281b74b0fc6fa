/// Figures for the same quantity that cannot all be true: "498", "about 9,000", "at least 3,500" Russian soldiers
/// killed.
public struct FigureDisagreement: Sendable, Hashable {
  /// One statement of the figure.
  public struct Mention: Sendable, Hashable {
    /// The claim that states it.
    public var claim: ClaimReference
    /// The figure.
    public var quantity: Quantity
    /// Who gives the figure (see `CorpusClaim.sourceDescription`).
    public var source: String
    /// The article's date, when known.
    public var date: String?
    /// The claim's verdict.
    public var status: ClaimStatus
  }

  /// What is measured, in words ("troops killed or lost", "tanks killed or lost").
  public var measure: String
  /// The statements, smallest value first.
  public var mentions: [Mention]

  /// The distinct values stated, smallest first, as displayed.
  public var values: [String] {
    var seen: [String] = []
    for mention in mentions where !seen.contains(mention.quantity.displayValue) {
      seen.append(mention.quantity.displayValue)
    }
    return seen
  }

  /// The claims involved.
  public var claims: [ClaimReference] {
    var seen: [ClaimReference] = []
    for mention in mentions where !seen.contains(mention.claim) { seen.append(mention.claim) }
    return seen
  }
}
