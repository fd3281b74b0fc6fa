/// Finds stored claims again in an article's current text.
///
/// In order: the recorded span if it still holds the quote; the exact quote
/// nearest the recorded position. A claim found nowhere is an orphan: it stays
/// in the file with its review, and is never dropped.
public struct Reanchorer: Sendable {
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
    var outcome = Outcome(anchored: [], orphans: [], report: AnchoringReport())
    let text = article.text
    for claim in claims {
      let span = claim.anchor.span
      if text.isValid(span), recordedHash == article.sha256 || text[span] == claim.anchor.quote {
        outcome.anchored.append(claim)
        continue
      }
      if let found = nearestOccurrence(of: claim.anchor.quote, in: text, near: span.start) {
        var moved = claim
        moved.anchor = ClaimAnchor(span: found, in: text)
        outcome.anchored.append(moved)
        outcome.report.moved.append(.init(id: claim.id, from: span, to: found, score: 1))
        continue
      }
      outcome.orphans.append(claim)
      outcome.report.orphaned.append(claim.id)
    }
    return outcome
  }

  /// The occurrence of `quote` in `text` whose start is closest to `hint`.
  func nearestOccurrence(of quote: String, in text: ArticleText, near hint: Int) -> TextSpan? {
    let needle = Array(quote.unicodeScalars)
    guard let first = needle.first, needle.count <= text.count else { return nil }
    let scalars = text.scalars
    var best: TextSpan?
    var start = 0
    while start + needle.count <= scalars.count {
      if scalars[start] == first, scalars[start..<start + needle.count].elementsEqual(needle) {
        let candidate = TextSpan(start: start, end: start + needle.count)
        if best.map({ abs($0.start - hint) > abs(start - hint) }) ?? true { best = candidate }
      }
      start += 1
    }
    return best
  }
}
