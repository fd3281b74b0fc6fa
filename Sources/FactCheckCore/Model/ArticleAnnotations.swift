/// The contents of one annotation file: every reviewed claim of one article.
///
/// Claims that carry no review are not stored; an article nobody reviewed has
/// no file at all. Claims are kept in reading order.
public struct ArticleAnnotations: Sendable, Hashable {
  /// The format identifier written into every file (see `AnnotationFormat`).
  public static var currentFormat: String { AnnotationFormat.currentIdentifier }

  /// The article's file name, relative to the articles folder.
  public var articleFile: String
  /// The SHA-256 of the article's bytes when the claims were last anchored (lowercase hex).
  public var articleSHA256: String
  /// The stored claims, in reading order.
  public private(set) var claims: [ClaimAnnotation]

  /// Creates an annotation set; claims are put into reading order.
  public init(articleFile: String, articleSHA256: String, claims: [ClaimAnnotation] = []) {
    self.articleFile = articleFile
    self.articleSHA256 = articleSHA256
    self.claims = claims.sorted(by: Self.readingOrder)
  }

  /// Whether no claim is stored.
  public var isEmpty: Bool { claims.isEmpty }

  /// The stored claim with `id`, if any.
  public subscript(id: String) -> ClaimAnnotation? {
    claims.first { $0.id == id }
  }

  /// Stores `claim`, replacing any with the same id; a claim not worth keeping is removed.
  public mutating func upsert(_ claim: ClaimAnnotation) {
    claims.removeAll { $0.id == claim.id }
    guard claim.isWorthKeeping else { return }
    let index = claims.firstIndex { Self.readingOrder(claim, $0) } ?? claims.endIndex
    claims.insert(claim, at: index)
  }

  /// Removes the claim with `id`.
  public mutating func remove(id: String) {
    claims.removeAll { $0.id == id }
  }

  /// Replaces every claim at once (after re-anchoring or merging).
  public mutating func replaceClaims(_ newClaims: [ClaimAnnotation]) {
    claims = newClaims.sorted(by: Self.readingOrder)
  }

  /// Reading order: by span, then by id so that equal spans order stably.
  public static func readingOrder(_ lhs: ClaimAnnotation, _ rhs: ClaimAnnotation) -> Bool {
    if lhs.anchor.span != rhs.anchor.span { return lhs.anchor.span < rhs.anchor.span }
    return lhs.id < rhs.id
  }
}
