/// Finds stored claims again in an article's current text.
///
/// In order, for each claim: the recorded span, if the text there is still the
/// quote (when the article's SHA-256 is unchanged this is all there is to do);
/// the exact quote elsewhere; the claim the splitter finds with the same id,
/// that is the same text but for case, spacing and typography (reflowed lines,
/// CRLF, curly quotes); text close to the quote. Candidates are chosen by
/// quote, prefix, suffix and position as the Hypothesis annotator does
/// (`QuoteMatcher`), and a place another claim already holds is not taken
/// twice. A fuzzy match must score at least `minimumFuzzyScore`, and may not
/// be the text the claim was recorded next to (`isRecordedNeighbour`). A claim found
/// nowhere is an orphan: it stays in the file with its review, never dropped;
/// and since a claim the splitter still finds is never an orphan, an orphan's
/// id is never also a listed claim's.
///
/// A verdict found again only fuzzily was given to other words: the claim's
/// review keeps the text it had then (`Review.reviewedText`) until a reviewer
/// gives a verdict again or the text reads as it did.
public struct Reanchorer: Sendable {
  /// The lowest score with which a fuzzy match carries a verdict over.
  ///
  /// A fuzzy match needs the text around the claim to vouch for it: with the
  /// recorded prefix and suffix both intact, almost half of the quote may
  /// differ; with one side's context gone, only about 6% of it; with both
  /// gone, nothing. Below this, an orphan (kept, and listed by `orphans`) is
  /// safer than a verdict attached to the wrong sentence.
  public static let minimumFuzzyScore = 0.75

  /// Creates a re-anchorer.
  public init() {}

  /// The outcome for a set of stored claims.
  public struct Outcome: Sendable {
    /// Claims found in the text, with anchors updated to where they are now.
    public var anchored: [ClaimAnnotation]
    /// Claims not found, unchanged.
    public var orphans: [ClaimAnnotation]
    /// What moved and what was orphaned.
    public var report: AnchoringReport
  }

  /// Re-anchors `claims`, recorded against an article whose SHA-256 was `recordedHash`.
  public func anchor(_ claims: [ClaimAnnotation], recordedHash: String, in article: Article) -> Outcome {
    let text = article.text
    let unchanged = recordedHash == article.sha256
    var report = AnchoringReport(articleChanged: !unchanged)
    var found: [TextSpan?] = Array(repeating: nil, count: claims.count)
    var occupied = OccupiedSpans()
    var pending: [Int] = []
    for (index, claim) in claims.enumerated() {
      let span = claim.anchor.span
      if text.isValid(span), text.scalars[span.start..<span.end].elementsEqual(claim.anchor.quote.unicodeScalars) {
        found[index] = span
        occupied.insert(span)
        continue
      }
      if unchanged {
        let problem: AnchoringReport.DamagedAnchor.Problem =
          text.isValid(span) ? .quoteDiffers : .outsideText(length: text.count)
        report.damaged.append(.init(id: claim.id, span: span, problem: problem))
      }
      pending.append(index)
    }
    if !pending.isEmpty {
      locate(pending, of: claims, in: article, found: &found, occupied: &occupied, report: &report)
    }
    var outcome = Outcome(anchored: [], orphans: [], report: report)
    let fuzzy = Set(report.moved.lazy.filter(\.isFuzzy).map(\.id))
    for (claim, span) in zip(claims, found) {
      guard let span else {
        outcome.orphans.append(claim)
        outcome.report.orphaned.append(claim.id)
        continue
      }
      var anchored = claim
      if !unchanged || span != claim.anchor.span { anchored.anchor = ClaimAnchor(span: span, in: text) }
      if fuzzy.contains(claim.id) {
        Self.keepReviewedText(of: &anchored, quoted: claim.anchor.quote)
      } else if let reviewed = anchored.review.reviewedText,
        ClaimIdentifier.normalize(reviewed) == ClaimIdentifier.normalize(anchored.anchor.quote)
      {
        anchored.review.reviewedText = nil  // The words are back as they were reviewed.
      }
      outcome.anchored.append(anchored)
    }
    return outcome
  }

  /// Records on a claim found fuzzily the text its verdict was given to (`recorded`, its quote before), unless it
  /// has no verdict, already keeps an older one, or reads the same now.
  static func keepReviewedText(of claim: inout ClaimAnnotation, quoted recorded: String) {
    let now = ClaimIdentifier.normalize(claim.anchor.quote)
    if let reviewed = claim.review.reviewedText {
      if ClaimIdentifier.normalize(reviewed) == now { claim.review.reviewedText = nil }
      return
    }
    guard claim.review.status != .unreviewed, ClaimIdentifier.normalize(recorded) != now else { return }
    claim.review.reviewedText = ClaimExtractor.displayText(recorded)
  }

  /// Looks for the `pending` claims by exact quote, then fuzzily, recording each place found.
  private func locate(
    _ pending: [Int], of claims: [ClaimAnnotation], in article: Article, found: inout [TextSpan?],
    occupied: inout OccupiedSpans, report: inout AnchoringReport
  ) {
    let text = article.text
    let matcher = QuoteMatcher(text: text.scalars)
    let selectors = pending.map { QuoteMatcher.Selector(claims[$0].anchor) }
    let occurrences = QuoteOccurrences.find(selectors.map(\.quote), hints: selectors.map(\.hint), in: text.scalars)
    var unresolved: [(index: Int, selector: QuoteMatcher.Selector)] = []
    for (offset, index) in pending.enumerated() {
      let selector = selectors[offset]
      let candidates = occurrences[offset].map {
        (span: TextSpan(start: $0, end: $0 + selector.quote.count), errors: 0)
      }
      if let match = matcher.best(of: candidates, for: selector, isFree: { !occupied.conflicts(with: $0) }) {
        found[index] = match.span
        occupied.insert(match.span)
        report.moved.append(.init(id: claims[index].id, from: claims[index].anchor.span, to: match.span, score: 1))
      } else {
        unresolved.append((index, selector))
      }
    }
    let extracted = Dictionary(article.extracted.map { ($0.id, $0.span) }) { first, _ in first }
    unresolved.removeAll { index, _ in
      // The splitter's own word that this is the same claim: taken even where another claim sits.
      guard let span = extracted[claims[index].id] else { return false }
      found[index] = span
      occupied.insert(span)
      report.moved.append(
        .init(id: claims[index].id, from: claims[index].anchor.span, to: span, score: 1, method: .sameText))
      return true
    }
    // Fuzzy matches are given out best first across all claims, so that a claim edited in place keeps
    // its sentence even when a deleted claim before it would have matched that sentence too.
    var offers: [(match: QuoteMatcher.Match, index: Int)] = []
    for (index, selector) in unresolved {
      let candidates = matcher.approximateCandidates(for: selector).filter {
        !matcher.isRecordedNeighbour($0.span, of: selector)
      }
      for match in matcher.scored(candidates, for: selector, minimumScore: Self.minimumFuzzyScore) {
        offers.append((match, index))
      }
    }
    offers.sort { ($1.match.score, $0.index, $0.match.span) < ($0.match.score, $1.index, $1.match.span) }
    for (match, index) in offers where found[index] == nil && !occupied.conflicts(with: match.span) {
      found[index] = match.span
      occupied.insert(match.span)
      report.moved.append(
        .init(
          id: claims[index].id, from: claims[index].anchor.span, to: match.span, score: match.score,
          method: .fuzzyQuote))
    }
    report.moved.sort { ($0.to, $0.id) < ($1.to, $1.id) }
  }
}
