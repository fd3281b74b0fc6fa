/// Who makes a claim, as the article tells it.
public struct Attribution: Sendable, Hashable {
  /// How the source was found.
  public enum Basis: String, Sendable, Hashable {
    /// A reporting verb with its subject ("Konashenkov said").
    case verb
    /// "according to X".
    case accordingTo = "according-to"
    /// A quotation whose speaker is named in the sentence before or after it.
    case quotation
    /// A pronoun or "the woman" resolved to the person named last.
    case pronoun
  }

  /// The source as the reviewer should read it ("Defense Ministry spokesman Igor Konashenkov").
  public var source: String
  /// The words that attribute the claim ("said in a message", "according to", "told").
  public var cue: String
  /// Where the source is named in the claim, if it is.
  public var sourceSpan: TextSpan?
  /// Where the cue is, if it is in the claim.
  public var cueSpan: TextSpan?
  /// How the source was found.
  public var basis: Basis

  /// Creates an attribution.
  public init(source: String, cue: String, sourceSpan: TextSpan?, cueSpan: TextSpan?, basis: Basis) {
    self.source = source
    self.cue = cue
    self.sourceSpan = sourceSpan
    self.cueSpan = cueSpan
    self.basis = basis
  }
}
