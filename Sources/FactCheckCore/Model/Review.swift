/// A reviewer's judgement of one claim: verdict, note, caveats and evidence.
public struct Review: Sendable, Hashable {
  /// The verdict.
  public var status: ClaimStatus
  /// Free text explaining the verdict.
  public var note: String
  /// Caveats that qualify the claim.
  public var caveats: [Caveat]
  /// URLs or free-text references supporting the verdict.
  public var evidence: [String]
  /// Whether the reviewer marked the sentence as not a claim (reversible).
  public var dismissed: Bool
  /// Who last changed this review.
  public var reviewer: String
  /// When this review last changed, as ISO-8601 UTC (`2026-01-31T09:30:00Z`).
  public var updated: String?
  /// A competing review from a merge that a reviewer still has to adjudicate.
  public var conflict: ReviewConflict?
  /// The claim's text when its verdict was given, kept while the article says something else there.
  ///
  /// Set when the claim is found again only fuzzily (its words were edited since the verdict); cleared when a
  /// reviewer gives a verdict again, or when the text reads as reviewed once more. A verdict with a reviewed
  /// text is not published by the exports.
  public var reviewedText: String?

  /// Creates a review; every part defaults to "not reviewed".
  public init(
    status: ClaimStatus = .unreviewed,
    note: String = "",
    caveats: [Caveat] = [],
    evidence: [String] = [],
    dismissed: Bool = false,
    reviewer: String = "",
    updated: String? = nil,
    conflict: ReviewConflict? = nil,
    reviewedText: String? = nil
  ) {
    self.status = status
    self.note = note
    self.caveats = caveats
    self.evidence = evidence
    self.dismissed = dismissed
    self.reviewer = reviewer
    self.updated = updated
    self.conflict = conflict
    self.reviewedText = reviewedText
  }

  /// Whether the review holds nothing a reviewer wrote.
  public var isEmpty: Bool {
    status == .unreviewed && note.isEmpty && caveats.isEmpty && evidence.isEmpty && !dismissed
      && conflict == nil
  }

  /// The words a standing verdict was given to, when they have changed since: what must be checked again.
  ///
  /// `nil` without a verdict, for a dismissed sentence, and when the words are those reviewed.
  public var changedWordsReviewed: String? {
    status == .unreviewed || dismissed ? nil : reviewedText
  }

  /// The parts a reviewer judges, without who and when: what merges and diffs compare.
  public var content: ReviewContent {
    ReviewContent(status: status, note: note, caveats: caveats, evidence: evidence, dismissed: dismissed)
  }
}

/// The judged parts of a review, without reviewer, timestamp or conflict.
public struct ReviewContent: Sendable, Hashable {
  /// The verdict.
  public var status: ClaimStatus
  /// The note.
  public var note: String
  /// The caveats.
  public var caveats: [Caveat]
  /// The evidence.
  public var evidence: [String]
  /// Whether the sentence is dismissed as not a claim.
  public var dismissed: Bool
}
