/// A caveat the publication itself wrote: a disclaimer, a hedge or a stated disagreement.
public struct PublicationCaveat: Sendable, Hashable {
  /// What sort of caveat it is.
  public enum Kind: String, Sendable, Hashable {
    /// The publication could not verify, or the source did not say ("could not independently verify").
    case disclaimer
    /// A word that marks the claim as uncertain or second-hand ("allegedly").
    case hedge
    /// The article says sources disagree ("These figures differed from…").
    case disagreement
  }

  /// What sort of caveat it is.
  public var kind: Kind
  /// The words that signal it.
  public var cue: String
  /// Where the cue is.
  public var cueSpan: TextSpan
  /// The sentence that holds it.
  public var sentence: TextSpan
  /// The sentence's text, white space collapsed.
  public var text: String
  /// The ids of the claims it covers, in reading order.
  public var covers: [String]

  /// Creates a caveat.
  public init(kind: Kind, cue: String, cueSpan: TextSpan, sentence: TextSpan, text: String, covers: [String] = []) {
    self.kind = kind
    self.cue = cue
    self.cueSpan = cueSpan
    self.sentence = sentence
    self.text = text
    self.covers = covers
  }

  /// The caveat as stored in a claim's review (`origin: article`, with the cue).
  public var stored: Caveat {
    Caveat(text: text, origin: .article, cue: cue)
  }
}
