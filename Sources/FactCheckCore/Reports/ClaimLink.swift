/// A pointer from one claim to another that bears on it: a disagreeing figure, an opposing statement, a related
/// claim.
public struct ClaimLink: Sendable, Hashable {
  /// Why the claims are linked.
  public enum Kind: String, Sendable, Hashable {
    /// The other claim gives a different figure for the same quantity.
    case figure
    /// One claim denies what the other affirms.
    case opposing
    /// The other claim, in another article, is about the same thing.
    case related
  }

  /// Why the claims are linked.
  public var kind: Kind
  /// The other claim.
  public var target: ClaimReference
  /// What the other claim says, in a line: "about 9,000 combat losses — the Ukrainian MoD, in the first seven
  /// days of the conflict".
  public var summary: String
}
