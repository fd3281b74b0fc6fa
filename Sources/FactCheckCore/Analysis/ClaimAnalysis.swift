/// What the analysis says about one claim: its kind, check-worthiness, source and the caveats covering it.
public struct ClaimAnalysis: Sendable, Hashable {
  /// The kind of statement.
  public var kind: ClaimKind
  /// Check-worthiness in [0, 1]: how much a fact-checker should want to check it.
  public var score: Double
  /// Who makes the claim; `nil` when it is the publication's own assertion.
  public var attribution: Attribution?
  /// The publication's caveats that cover the claim, in reading order.
  public var caveats: [PublicationCaveat]

  /// Creates an analysis.
  public init(kind: ClaimKind, score: Double, attribution: Attribution? = nil, caveats: [PublicationCaveat] = []) {
    self.kind = kind
    self.score = score
    self.attribution = attribution
    self.caveats = caveats
  }
}
