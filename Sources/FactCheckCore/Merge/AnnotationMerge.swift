/// A three-way merge of annotation files, per claim and per field.
///
/// Used when a file changed on disk under an open shell and by the git merge
/// driver. Changes to different claims, or to different fields of one claim,
/// combine cleanly; caveats and evidence merge as sets. When both sides give
/// the same claim different verdicts, notes or dismissals, the result keeps
/// "ours" as the claim's review and "theirs" in its `conflict`, so both survive
/// in valid JSON. Conflicts still open on either side are carried over, merged
/// as sets, so a third reviewer's verdict joins them instead of replacing them.
/// A claim one side removed and the other changed is kept: verdicts are never lost.
public enum AnnotationMerge {
  /// The merged annotations and the claims left in conflict.
  public struct Result: Sendable, Hashable {
    /// The merged annotations.
    public var merged: ArticleAnnotations
    /// Ids of every claim in conflict in the result, in reading order.
    public var conflicts: [String]
    /// Ids of the claims this merge put in conflict, in reading order (a subset of `conflicts`).
    ///
    /// Conflicts that were already open on one side and carried over are not
    /// counted: the git merge driver fails only for these.
    public var clashes: [String]
  }

  /// The `article.sha256` recorded when the two sides anchored their claims in different versions of the article.
  ///
  /// It matches no article, so every claim's quote is checked against the text
  /// when the file is next opened, and the next save records the real hash.
  public static let mixedAnchorsSHA256 = String(repeating: "0", count: 64)

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
    var clashes: Set<String> = []
    for id in ids.sorted() {
      let (claim, clashed) = mergeClaim(base: baseClaims[id], ours: ourClaims[id], theirs: theirClaims[id])
      guard let claim else { continue }
      merged.append(claim)
      if clashed { clashes.insert(id) }
    }
    let file =
      pick(base: base?.articleFile, ours: ours?.articleFile, theirs: theirs?.articleFile) ?? reference.articleFile
    let hash: String
    if let ourHash = ours?.articleSHA256, let theirHash = theirs?.articleSHA256, ourHash != theirHash {
      // Claims from both sides are anchored in different texts: no recorded span can be trusted as it is.
      hash = mixedAnchorsSHA256
    } else {
      hash = reference.articleSHA256
    }
    let result = ArticleAnnotations(articleFile: file, articleSHA256: hash, claims: merged)
    let inConflict = result.claims.filter { $0.review.conflict != nil }.map(\.id)
    return Result(merged: result, conflicts: inConflict, clashes: inConflict.filter(clashes.contains))
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

  /// One claim's merge, and whether the two sides clashed on it.
  private static func mergeClaim(
    base: ClaimAnnotation?, ours: ClaimAnnotation?, theirs: ClaimAnnotation?
  ) -> (ClaimAnnotation?, Bool) {
    if ours == theirs || theirs == base { return (ours, false) }
    if ours == base { return (theirs, false) }
    // Both sides changed the claim, differently. A removal loses to a change.
    guard let ours else { return (theirs, false) }
    guard let theirs else { return (ours, false) }
    var claim = ours
    claim.anchor = pick(base: base?.anchor, ours: ours.anchor, theirs: theirs.anchor) ?? ours.anchor
    claim.origin = pick(base: base?.origin, ours: ours.origin, theirs: theirs.origin) ?? ours.origin
    let (review, clashed) = mergeReview(base: base?.review, ours: ours.review, theirs: theirs.review)
    claim.review = review
    return (claim, clashed)
  }

  private static func mergeReview(base: Review?, ours: Review, theirs: Review) -> (Review, Bool) {
    let base = base ?? Review()
    var merged = ours
    var clashed = false
    func field<Value: Equatable>(_ keyPath: WritableKeyPath<Review, Value>) {
      let (o, t, b) = (ours[keyPath: keyPath], theirs[keyPath: keyPath], base[keyPath: keyPath])
      if o == t || t == b { return }
      if o == b {
        merged[keyPath: keyPath] = t
      } else {
        clashed = true
      }
    }
    field(\.status)
    field(\.note)
    field(\.dismissed)
    // The words a verdict was given to, when they changed since: the side that changed them wins (a verdict given
    // again drops them); when both did, differently, a kept text wins, so that the claim is looked at again.
    let (o, t, b) = (ours.reviewedText, theirs.reviewedText, base.reviewedText)
    if o != t, t != b { merged.reviewedText = o == b ? t : (o ?? t) }
    merged.caveats = mergeSets(base: base.caveats, ours: ours.caveats, theirs: theirs.caveats)
    merged.evidence = mergeSets(base: base.evidence, ours: ours.evidence, theirs: theirs.evidence)
    // Who and when follow the later change, unless the verdicts clash: then they stay with ours.
    if !clashed, (theirs.updated ?? "") > (ours.updated ?? "") {
      merged.reviewer = theirs.reviewer
      merged.updated = theirs.updated
    }
    // Reviews still competing: those open on either side (merged as sets), and theirs after a clash.
    var competing = mergeSets(
      base: base.conflict?.alternatives ?? [], ours: ours.conflict?.alternatives ?? [],
      theirs: theirs.conflict?.alternatives ?? [])
    if clashed { competing.insert(theirs, at: 0) }
    var seen: Set<ReviewContent> = [merged.content]
    competing = competing.filter { seen.insert($0.content).inserted }
    let ancestor =
      ours.conflict?.base ?? theirs.conflict?.base ?? base.conflict?.base ?? (base.isEmpty ? nil : base)
    merged.conflict = ReviewConflict(alternatives: competing, base: ancestor)
    return (merged, clashed && merged.conflict != nil)
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
