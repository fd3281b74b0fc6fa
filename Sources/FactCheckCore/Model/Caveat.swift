/// A qualification attached to a claim: the publication's own or the reviewer's.
public struct Caveat: Sendable, Hashable {
  /// Who wrote the caveat.
  public enum Origin: String, Sendable, Hashable, CaseIterable {
    /// Detected in the article's text (a disclaimer or hedge the publication wrote).
    case article
    /// Added by the reviewer.
    case reviewer
  }

  /// The caveat's text.
  public var text: String
  /// Whether the article or the reviewer wrote it.
  public var origin: Origin
  /// The cue that triggered detection (`allegedly`, `could not independently verify`), if any.
  public var cue: String?

  /// Creates a caveat.
  public init(text: String, origin: Origin, cue: String? = nil) {
    self.text = text
    self.origin = origin
    self.cue = cue
  }
}
