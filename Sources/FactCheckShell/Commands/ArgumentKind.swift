/// What an argument holds; completion offers candidates from it.
public enum ArgumentKind: Sendable, Hashable {
  /// An article: number, short name or file name.
  case article
  /// A claim number in the open article.
  case claimNumber
  /// A verdict status.
  case status
  /// A command name.
  case command
  /// Free text (notes, quotes, search terms): nothing to complete.
  case text
  /// One of a fixed set of words.
  case choice([String])
  /// An option that takes no value (`--reviewed`).
  case flag
}
