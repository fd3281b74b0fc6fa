/// Competing reviews of the same claim that a merge could not combine.
///
/// The claim's own review holds one side ("ours"); the conflict keeps the other
/// side ("theirs"), any further reviews still competing from earlier merges
/// ("others", when three or more reviewers disagree), and the common ancestor,
/// so nothing is lost and the file stays valid JSON. A reviewer adjudicates with
/// the shell's `conflicts` and `resolve`.
public struct ReviewConflict: Sendable, Hashable {
  // A `Review` holds an optional conflict, which holds reviews: the arrays give
  // the recursion the indirection it needs.
  private var competing: [Review]
  private var ancestor: [Review]

  /// Creates a conflict with one competing review; nested conflicts inside the sides are dropped.
  public init(theirs: Review, base: Review? = nil) {
    competing = [Self.plain(theirs)]
    ancestor = base.map { [Self.plain($0)] } ?? []
  }

  /// Creates a conflict from competing reviews, or `nil` when there are none.
  ///
  /// The first is "theirs", the rest "others"; nested conflicts are dropped.
  public init?(alternatives: [Review], base: Review? = nil) {
    guard !alternatives.isEmpty else { return nil }
    competing = alternatives.map(Self.plain)
    ancestor = base.map { [Self.plain($0)] } ?? []
  }

  /// The competing review from the last merge.
  public var theirs: Review { competing[0] }

  /// Further competing reviews, left by earlier merges that were not resolved yet.
  public var others: [Review] { Array(competing.dropFirst()) }

  /// Every competing review: `theirs` first, then `others`.
  public var alternatives: [Review] { competing }

  /// The review both sides started from, when there was one.
  public var base: Review? { ancestor.first }

  private static func plain(_ review: Review) -> Review {
    var review = review
    review.conflict = nil
    return review
  }
}
