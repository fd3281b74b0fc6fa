/// What happened to stored claims when their article was opened.
public struct AnchoringReport: Sendable, Hashable {
  /// A stored claim found at a different place than recorded.
  public struct Move: Sendable, Hashable {
    /// The claim's id.
    public var id: String
    /// The recorded span.
    public var from: TextSpan
    /// The span found now.
    public var to: TextSpan
    /// How the claim was found: 1 for an exact quote, less for a fuzzy match.
    public var score: Double
  }

  /// Claims found somewhere else (exactly or fuzzily).
  public var moved: [Move] = []
  /// Ids of claims that could not be found; they are kept as orphans.
  public var orphaned: [String] = []

  /// Creates an empty report.
  public init(moved: [Move] = [], orphaned: [String] = []) {
    self.moved = moved
    self.orphaned = orphaned
  }

  /// Whether every claim was where it was recorded.
  public var isEmpty: Bool { moved.isEmpty && orphaned.isEmpty }
}
