/// One claim as a report shows it: text, review, source, caveats, and links to other claims.
public struct ReportClaim: Sendable {
  /// Which claim it is (`number` is `nil` for an orphan).
  public var reference: ClaimReference
  /// Found by the splitter or added by a reviewer.
  public var origin: ClaimOrigin
  /// Where it is in the article (for an orphan: where it was).
  public var anchor: ClaimAnchor
  /// The claim's text, white space collapsed.
  public var text: String
  /// The review.
  public var review: Review
  /// Kind, score, source and the publication's caveats; `nil` for an orphan, whose text is gone.
  public var analysis: ClaimAnalysis?
  /// Whether the claim's text is no longer in the article: its review is kept, and flagged.
  public var isOrphaned: Bool
  /// Disagreeing figures, opposing statements and related claims.
  public var links: [ClaimLink]

  /// Who makes the claim, as the article attributes it; `nil` for the publication's own statement.
  public var source: Attribution? { analysis?.attribution }

  /// The source for display: the attribution, or the publication's own statement.
  public var sourceDescription: String { source?.source ?? "the publication" }

  /// The publication's caveats: those stored with the review, then those detected and not stored.
  public var publicationCaveats: [Caveat] {
    let stored = review.caveats.filter { $0.origin == .article }
    let detected = (analysis?.caveats ?? []).map(\.stored).filter { !stored.contains($0) }
    return stored + detected
  }

  /// The reviewer's caveats.
  public var reviewerCaveats: [Caveat] { review.caveats.filter { $0.origin == .reviewer } }

  /// Whether the claim has a verdict.
  public var isReviewed: Bool { review.status != .unreviewed }

  /// A publication caveat in a line: its cue, and its sentence unless that is the claim itself.
  public func describe(_ caveat: Caveat) -> String {
    guard let cue = caveat.cue else { return caveat.text }
    return caveat.text == text ? "“\(cue)” (in this sentence)" : "“\(cue)”: \(caveat.text)"
  }
}
