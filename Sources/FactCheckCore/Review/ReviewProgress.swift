/// How far the review of one article, or of the corpus, has come.
public struct ReviewProgress: Sendable, Hashable {
  /// Claims to review: every anchored claim not dismissed.
  public var total: Int = 0
  /// Claims with a verdict.
  public var reviewed: Int = 0
  /// Claims per verdict (unreviewed included).
  public var byStatus: [ClaimStatus: Int] = [:]
  /// Sentences dismissed as not claims.
  public var dismissed: Int = 0
  /// Claims whose reviews conflict after a merge, orphaned claims included: a conflict is open until resolved.
  public var conflicts: Int = 0
  /// Stored claims that could not be found in the text.
  public var orphans: Int = 0
  /// Verdicts given to words that have changed since (`Review.changedWordsReviewed`), also counted as reviewed:
  /// claims to check again.
  public var changed: Int = 0

  /// Creates an empty tally.
  public init() {}

  /// The tally of `claims` and `orphans` (which count as orphans and, when in conflict, as conflicts).
  public init(claims: [Claim], orphans: [ClaimAnnotation]) {
    for claim in claims { add(claim.review) }
    self.orphans = orphans.count
    conflicts += orphans.count { $0.review.conflict != nil }
  }

  /// The tally of `reviews` and of `unreviewed` claims nobody has looked at (no orphans).
  public init(reviews: some Sequence<Review>, unreviewed: Int) {
    for review in reviews { add(review) }
    guard unreviewed > 0 else { return }
    total += unreviewed
    byStatus[.unreviewed, default: 0] += unreviewed
  }

  /// Counts one claim's review.
  private mutating func add(_ review: Review) {
    if review.conflict != nil { conflicts += 1 }
    if review.dismissed {
      dismissed += 1
      return
    }
    total += 1
    byStatus[review.status, default: 0] += 1
    if review.status != .unreviewed { reviewed += 1 }
    if review.changedWordsReviewed != nil { changed += 1 }
  }

  /// The count for `status`.
  public func count(_ status: ClaimStatus) -> Int { byStatus[status] ?? 0 }

  /// The fraction reviewed, in [0, 1].
  public var fraction: Double { total == 0 ? 1 : Double(reviewed) / Double(total) }

  /// The sum of two tallies.
  public static func + (lhs: ReviewProgress, rhs: ReviewProgress) -> ReviewProgress {
    var sum = lhs
    sum.total += rhs.total
    sum.reviewed += rhs.reviewed
    sum.dismissed += rhs.dismissed
    sum.conflicts += rhs.conflicts
    sum.orphans += rhs.orphans
    sum.changed += rhs.changed
    for (status, count) in rhs.byStatus { sum.byStatus[status, default: 0] += count }
    return sum
  }
}
