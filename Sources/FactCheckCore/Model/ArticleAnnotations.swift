import Synchronization

/// The contents of one annotation file: every reviewed claim of one article.
///
/// Claims that carry no review are not stored; an article nobody reviewed has
/// no file at all. Claims are kept in reading order.
public struct ArticleAnnotations: Sendable, Hashable {
  /// The article's file name, relative to the articles folder.
  public var articleFile: String
  /// The SHA-256 of the article's bytes when the claims were last anchored (lowercase hex).
  public var articleSHA256: String
  /// The stored claims, in reading order.
  public private(set) var claims: [ClaimAnnotation]
  /// Each claim's revision, at the same position: a number given anew whenever the claim is stored.
  ///
  /// No two claims stored in this process get the same revision, so equal revisions are the same claim, and what
  /// was made of a claim (its encoding, `ClaimFragments`) is reused by revision without comparing claims. Not
  /// part of equality.
  private(set) var revisions: [UInt64]

  private static let lastRevision = Atomic<UInt64>(0)

  /// Creates an annotation set; claims are put into reading order.
  public init(articleFile: String, articleSHA256: String, claims: [ClaimAnnotation] = []) {
    self.articleFile = articleFile
    self.articleSHA256 = articleSHA256
    self.claims = claims.sorted(by: Self.readingOrder)
    revisions = Self.newRevisions(claims.count)
  }

  /// Whether no claim is stored.
  public var isEmpty: Bool { claims.isEmpty }

  /// The stored claim with `id`, if any.
  public subscript(id: String) -> ClaimAnnotation? {
    claims.first { $0.id == id }
  }

  /// Stores `claim`, replacing any with the same id; a claim not worth keeping is removed.
  public mutating func upsert(_ claim: ClaimAnnotation) {
    if let index = claims.firstIndex(where: { $0.id == claim.id }) {
      if claim.isWorthKeeping, index == claims.startIndex || Self.readingOrder(claims[index - 1], claim),
        index == claims.endIndex - 1 || Self.readingOrder(claim, claims[index + 1])
      {
        claims[index] = claim  // The usual change, a review: the claim keeps its place.
        revisions[index] = Self.newRevision()
        return
      }
      claims.remove(at: index)
      revisions.remove(at: index)
    }
    guard claim.isWorthKeeping else { return }
    let index = claims.partitioningIndex { Self.readingOrder(claim, $0) }
    claims.insert(claim, at: index)
    revisions.insert(Self.newRevision(), at: index)
  }

  /// Removes the claim with `id`.
  public mutating func remove(id: String) {
    guard let index = claims.firstIndex(where: { $0.id == id }) else { return }
    claims.remove(at: index)
    revisions.remove(at: index)
  }

  /// Replaces every claim at once (after re-anchoring or merging).
  public mutating func replaceClaims(_ newClaims: [ClaimAnnotation]) {
    claims = newClaims.sorted(by: Self.readingOrder)
    revisions = Self.newRevisions(claims.count)
  }

  /// Reading order: by span, then by id so that equal spans order stably.
  public static func readingOrder(_ lhs: ClaimAnnotation, _ rhs: ClaimAnnotation) -> Bool {
    if lhs.anchor.span != rhs.anchor.span { return lhs.anchor.span < rhs.anchor.span }
    return lhs.id < rhs.id
  }

  public static func == (lhs: ArticleAnnotations, rhs: ArticleAnnotations) -> Bool {
    lhs.articleFile == rhs.articleFile && lhs.articleSHA256 == rhs.articleSHA256 && lhs.claims == rhs.claims
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(articleFile)
    hasher.combine(articleSHA256)
    hasher.combine(claims)
  }

  /// `count` revisions never given before in this process.
  private static func newRevisions(_ count: Int) -> [UInt64] {
    let end = lastRevision.wrappingAdd(UInt64(count), ordering: .relaxed).newValue
    return Array(end - UInt64(count) + 1..<end + 1)
  }

  /// A revision never given before in this process.
  private static func newRevision() -> UInt64 {
    lastRevision.wrappingAdd(1, ordering: .relaxed).newValue
  }
}
