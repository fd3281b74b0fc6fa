/// A three-way merge of annotation files, per claim and per field.
///
/// Used when a file changed on disk under an open shell and by the git merge
/// driver. Changes to different claims, or to different fields of one claim,
/// combine cleanly; caveats and evidence merge as sets. When both sides give
/// the same claim different verdicts or notes, the result keeps "ours" as the
/// claim's review and "theirs" in its `conflict`, so both survive in valid JSON.
/// A claim one side removed and the other changed is kept: verdicts are never lost.
public enum AnnotationMerge {
  /// The merged annotations and the ids of claims left in conflict.
  public struct Result: Sendable, Hashable {
    /// The merged annotations.
    public var merged: ArticleAnnotations
    /// Ids of claims whose reviews conflict, in reading order.
    public var conflicts: [String]
  }

  /// Merges `ours` and `theirs`, both descended from `base` (`nil` = no file).
  public static func merge(
    base: ArticleAnnotations?, ours: ArticleAnnotations?, theirs: ArticleAnnotations?
  ) -> Result? {
    guard let reference = ours ?? theirs else { return nil }
    let baseClaims = index(base)
    let ourClaims = index(ours)
    let theirClaims = index(theirs)
    var ids = Set(ourClaims.keys).union(theirClaims.keys)
    ids.formUnion(baseClaims.keys)
    var merged: [ClaimAnnotation] = []
    var conflicts: [String] = []
    for id in ids.sorted() {
      let (claim, conflicted) = mergeClaim(base: baseClaims[id], ours: ourClaims[id], theirs: theirClaims[id])
      guard let claim else { continue }
      merged.append(claim)
      if conflicted { conflicts.append(id) }
    }
    let file =
      pick(base: base?.articleFile, ours: ours?.articleFile, theirs: theirs?.articleFile) ?? reference.articleFile
    let hash =
      pick(base: base?.articleSHA256, ours: ours?.articleSHA256, theirs: theirs?.articleSHA256)
      ?? reference.articleSHA256
    let result = ArticleAnnotations(articleFile: file, articleSHA256: hash, claims: merged)
    let order = result.claims.map(\.id)
    return Result(
      merged: result, conflicts: conflicts.sorted { (order.firstIndex(of: $0) ?? 0) < (order.firstIndex(of: $1) ?? 0) })
  }

  private static func index(_ annotations: ArticleAnnotations?) -> [String: ClaimAnnotation] {
    Dictionary((annotations?.claims ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The usual three-way rule for one value: take the side that changed.
  private static func pick<Value: Equatable>(base: Value?, ours: Value?, theirs: Value?) -> Value? {
    if ours == theirs { return ours }
    if ours == base { return theirs }
    return ours
  }

  private static func mergeClaim(
    base: ClaimAnnotation?, ours: ClaimAnnotation?, theirs: ClaimAnnotation?
  ) -> (ClaimAnnotation?, Bool) {
    if ours == theirs { return (ours, ours?.review.conflict != nil) }
    if ours == base { return (theirs, theirs?.review.conflict != nil) }
    if theirs == base { return (ours, ours?.review.conflict != nil) }
    // Both sides changed the claim, differently. A removal loses to a change.
    guard let ours else { return (theirs, theirs?.review.conflict != nil) }
    guard let theirs else { return (ours, ours.review.conflict != nil) }
    var claim = ours
    claim.anchor = pick(base: base?.anchor, ours: ours.anchor, theirs: theirs.anchor) ?? ours.anchor
    claim.origin = pick(base: base?.origin, ours: ours.origin, theirs: theirs.origin) ?? ours.origin
    let (review, conflicted) = mergeReview(base: base?.review, ours: ours.review, theirs: theirs.review)
    claim.review = review
    return (claim, conflicted)
  }

  private static func mergeReview(base: Review?, ours: Review, theirs: Review) -> (Review, Bool) {
    let empty = Review()
    let base = base ?? empty
    var merged = ours
    var conflicted = false
    func field<Value: Equatable>(_ keyPath: WritableKeyPath<Review, Value>) {
      let (o, t, b) = (ours[keyPath: keyPath], theirs[keyPath: keyPath], base[keyPath: keyPath])
      if o == t || t == b { return }
      if o == b {
        merged[keyPath: keyPath] = t
      } else {
        conflicted = true
      }
    }
    field(\.status)
    field(\.note)
    field(\.dismissed)
    merged.caveats = mergeSets(base: base.caveats, ours: ours.caveats, theirs: theirs.caveats)
    merged.evidence = mergeSets(base: base.evidence, ours: ours.evidence, theirs: theirs.evidence)
    // Who and when follow the later change.
    if (theirs.updated ?? "") > (ours.updated ?? "") {
      merged.reviewer = theirs.reviewer
      merged.updated = theirs.updated
    }
    if conflicted {
      merged.conflict = ReviewConflict(theirs: theirs, base: base == empty ? nil : base)
    } else {
      merged.conflict = pick(base: base.conflict, ours: ours.conflict, theirs: theirs.conflict) ?? nil
      conflicted = merged.conflict != nil
    }
    return (merged, conflicted)
  }

  /// Items either side added, minus items either side removed; ours' order first.
  private static func mergeSets<Item: Hashable>(base: [Item], ours: [Item], theirs: [Item]) -> [Item] {
    let baseSet = Set(base)
    let removed = baseSet.subtracting(ours).union(baseSet.subtracting(theirs))
    var result: [Item] = []
    var seen: Set<Item> = []
    for item in ours + theirs where !removed.contains(item) && !seen.contains(item) {
      seen.insert(item)
      result.append(item)
    }
    return result
  }
}
