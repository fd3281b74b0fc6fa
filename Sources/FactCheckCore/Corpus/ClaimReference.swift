/// Names one claim of the corpus: its article and its number there (`002:11`), and its stable id.
public struct ClaimReference: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The article's file name.
  public var articleFile: String
  /// The article's short name (`002`).
  public var article: String
  /// The claim's number in its article, as in the shell; `nil` for an orphaned claim.
  public var number: Int?
  /// The claim's stable id.
  public var id: String

  /// Creates a reference.
  public init(articleFile: String, article: String, number: Int?, id: String) {
    self.articleFile = articleFile
    self.article = article
    self.number = number
    self.id = id
  }

  /// `002:11`, or `002:<id>` for an orphan.
  public var label: String { "\(article):\(number.map(String.init) ?? id)" }

  public var description: String { label }

  /// Orders by article, then by number (orphans last), then by id.
  public static func < (lhs: ClaimReference, rhs: ClaimReference) -> Bool {
    if lhs.articleFile != rhs.articleFile { return lhs.articleFile < rhs.articleFile }
    if lhs.number != rhs.number { return (lhs.number ?? Int.max) < (rhs.number ?? Int.max) }
    return lhs.id < rhs.id
  }
}
