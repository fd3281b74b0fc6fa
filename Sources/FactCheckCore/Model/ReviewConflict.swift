/// Two reviews of the same claim that a merge could not combine.
///
/// The claim's own review holds one side ("ours"); the conflict keeps the other
/// side ("theirs") and the common ancestor, so nothing is lost and the file stays
/// valid JSON. A reviewer adjudicates with the shell's `conflicts` and `resolve`.
public struct ReviewConflict: Sendable, Hashable {
  // A `Review` holds an optional conflict, which holds reviews: the array gives
  // the recursion the indirection it needs. Element 0 is theirs, element 1 the base.
  private var sides: [Review]

  /// Creates a conflict; nested conflicts inside the sides are dropped.
  public init(theirs: Review, base: Review? = nil) {
    var theirs = theirs
    theirs.conflict = nil
    var base = base
    base?.conflict = nil
    sides = [theirs] + (base.map { [$0] } ?? [])
  }

  /// The competing review.
  public var theirs: Review { sides[0] }

  /// The review both sides started from, when there was one.
  public var base: Review? { sides.count > 1 ? sides[1] : nil }
}
