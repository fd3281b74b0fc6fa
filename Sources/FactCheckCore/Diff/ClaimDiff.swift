/// How one claim's review differs between two versions of an annotation file.
public struct ClaimDiff: Sendable, Hashable {
  /// Whether the claim's stored review appeared, disappeared or changed.
  public enum Kind: String, Sendable, Hashable, CaseIterable {
    /// Stored only in the newer version: reviewed for the first time, or added by a reviewer.
    case added
    /// Stored only in the older version: its review was taken back.
    case removed
    /// Stored in both (its review changed, or it was orphaned or found again).
    case changed
  }

  /// The parts of a review a diff reports.
  public enum Field: String, Sendable, Hashable, CaseIterable {
    case status, note, caveats, evidence, dismissed, conflict
  }

  /// The claim's id.
  public var id: String
  /// Added, removed or changed.
  public var kind: Kind
  /// The stored claim in the older version.
  public var before: ClaimAnnotation?
  /// The stored claim in the newer version.
  public var after: ClaimAnnotation?
  /// The claim's number in the newer version of the article, when it is known and the claim is in it.
  public var number: Int?
  /// The claim's number in the older version of the article, when known.
  public var numberBefore: Int?
  /// The fields that differ (for an added or removed claim: the fields that hold something).
  public var fields: [Field]
  /// Whether the claim's text is no longer in the newer article, while it was in the older one.
  public var orphaned: Bool
  /// Whether the claim was orphaned in the older version and is found in the newer one.
  public var found: Bool

  /// Compares two stored versions of a claim; `nil` when nothing a reviewer would notice changed.
  public static func compare(
    before: ClaimAnnotation?, after: ClaimAnnotation?, orphaned: Bool = false, found: Bool = false
  ) -> ClaimDiff? {
    guard let id = after?.id ?? before?.id else { return nil }
    let old = before?.review ?? Review()
    let new = after?.review ?? Review()
    var fields: [Field] = []
    if old.status != new.status { fields.append(.status) }
    if old.note != new.note { fields.append(.note) }
    if old.caveats != new.caveats { fields.append(.caveats) }
    if old.evidence != new.evidence { fields.append(.evidence) }
    if old.dismissed != new.dismissed { fields.append(.dismissed) }
    if old.conflict != new.conflict { fields.append(.conflict) }
    let kind: Kind = before == nil ? .added : after == nil ? .removed : .changed
    guard kind != .changed || !fields.isEmpty || orphaned || found else { return nil }
    return ClaimDiff(
      id: id, kind: kind, before: before, after: after, number: nil, numberBefore: nil, fields: fields,
      orphaned: orphaned, found: found)
  }

  /// The claim's text as stored (newer version first).
  public var quote: String { (after ?? before)?.anchor.quote ?? "" }

  /// Whether the claim was dismissed as not a claim in this change.
  public var dismissed: Bool { after?.review.dismissed == true && before?.review.dismissed != true }

  /// Whether a dismissal was taken back in this change.
  public var restored: Bool { before?.review.dismissed == true && after?.review.dismissed != true }

  /// Whether this change put the claim in conflict (a merge left competing reviews).
  public var conflicted: Bool { after?.review.conflict != nil && before?.review.conflict == nil }

  /// Whether this change resolved the claim's conflict.
  public var resolved: Bool { before?.review.conflict != nil && after?.review.conflict == nil }
}
