/// Wording shared by the report formats: verdict names and symbols, shortened claims, counts.
enum ReportText {
  /// The verdict's symbol, as in the shell (`✓`, `?`, `✗`, `·`).
  static func symbol(_ status: ClaimStatus) -> String {
    switch status {
    case .unreviewed: "·"
    case .verified: "✓"
    case .unverified: "?"
    case .disputed: "✗"
    }
  }

  /// The verdict with its symbol: "✗ disputed".
  static func label(_ status: ClaimStatus) -> String { symbol(status) + " " + status.rawValue }

  /// A claim's verdict as a report states it, with conflicts and orphaning flagged.
  static func verdict(of claim: ReportClaim) -> String {
    var label = label(claim.review.status)
    if let conflict = claim.review.conflict {
      let sides = [claim.review] + conflict.alternatives
      label =
        "⚠ conflict: "
        + sides.map { side in
          side.reviewer.isEmpty ? side.status.rawValue : "\(side.status.rawValue) (\(side.reviewer))"
        }.joined(separator: " vs ")
    }
    if claim.isOrphaned { label = "⚠ orphaned (no longer in the text); " + label }
    if let reviewed = claim.review.changedWordsReviewed {
      label = "⚠ text changed since the verdict (it was “\(shortened(reviewed, to: 80))”); " + label
    }
    return label
  }

  /// `text` cut at a word boundary to at most `limit` characters, ending in `…` when cut.
  static func shortened(_ text: String, to limit: Int) -> String {
    guard text.count > limit else { return text }
    var cut = String(text.prefix(limit - 1))
    if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > limit / 2 {
      cut = String(cut[..<space])
    }
    while let last = cut.last, ",;:—–- ".contains(last) { cut.removeLast() }
    return cut + "…"
  }

  /// "1 claim", "3 claims".
  static func count(_ number: Int, _ noun: String, plural: String? = nil) -> String {
    "\(number) " + (number == 1 ? noun : plural ?? noun + "s")
  }

  /// The percentage reviewed, rounded down.
  static func percent(_ progress: ReviewProgress) -> Int { Int((progress.fraction * 100).rounded(.down)) }

  /// The date part of a timestamp (`2026-11-21`).
  static func day(_ timestamp: String?) -> String? { timestamp.map { String($0.prefix(10)) } }

  /// Whether `text` is an `http` or `https` address without spaces or angle brackets.
  static func isWebAddress(_ text: String) -> Bool {
    let lowered = text.lowercased()
    return (lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) && text.count > 8
      && !text.contains { $0.isWhitespace || $0 == "<" || $0 == ">" || $0 == "\"" }
  }
}
