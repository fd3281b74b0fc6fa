/// Scores and finds a quote in a text the way the Hypothesis annotator does.
///
/// Each candidate place is scored from how closely the text there matches the
/// quote (weight 50), how closely the text before and after it matches the
/// recorded prefix and suffix (20 each) and how near it is to the recorded
/// position (2, a tie-breaker); the total is divided by 92, so 1 is a perfect
/// match. Approximate candidates allow up to min(256, quote length / 2) edits
/// and are searched for within `searchRadius` code points of the recorded
/// position, which bounds the work for very long articles.
struct QuoteMatcher {
  static let quoteWeight = 50.0
  static let prefixWeight = 20.0
  static let suffixWeight = 20.0
  static let positionWeight = 2.0
  /// The most edits an approximate match may need, whatever the quote's length.
  static let maximumErrors = 256
  /// How far from the recorded position approximate matches are looked for.
  static let searchRadius = 1 << 18
  /// The most approximate candidates scored per quote.
  static let candidateLimit = 32

  /// A place in the text and how well it matches.
  struct Match: Sendable, Hashable {
    var span: TextSpan
    /// Edits between the quote and the text at `span`.
    var errors: Int
    /// The combined score, from 0 to 1.
    var score: Double
  }

  /// What is known about where a quote was.
  struct Selector {
    var quote: [Unicode.Scalar]
    var prefix: [Unicode.Scalar]
    var suffix: [Unicode.Scalar]
    /// The recorded start offset.
    var hint: Int

    init(_ anchor: ClaimAnchor) {
      quote = Array(anchor.quote.unicodeScalars)
      prefix = Array(anchor.prefix.unicodeScalars)
      suffix = Array(anchor.suffix.unicodeScalars)
      hint = anchor.span.start
    }
  }

  let text: [Unicode.Scalar]

  /// The score of the candidate `span`, whose text is `errors` edits away from the quote.
  func score(_ span: TextSpan, errors: Int, for selector: Selector) -> Double {
    let quoteScore = 1 - Double(errors) / Double(max(1, selector.quote.count))
    let before = TextSpan(start: max(0, span.start - selector.prefix.count), end: span.start)
    let after = TextSpan(start: span.end, end: min(text.count, span.end + selector.suffix.count))
    let prefixScore = contextScore(selector.prefix, in: before)
    let suffixScore = contextScore(selector.suffix, in: after)
    let positionScore = 1 - Double(abs(span.start - selector.hint)) / Double(max(1, text.count))
    let raw =
      Self.quoteWeight * quoteScore + Self.prefixWeight * prefixScore + Self.suffixWeight * suffixScore
      + Self.positionWeight * max(0, positionScore)
    return raw / (Self.quoteWeight + Self.prefixWeight + Self.suffixWeight + Self.positionWeight)
  }

  /// How closely some part of `text[span]` matches `context` (1 when there is no context to match).
  private func contextScore(_ context: [Unicode.Scalar], in span: TextSpan) -> Double {
    guard !context.isEmpty else { return 1 }
    guard !span.isEmpty else { return 0 }
    let distance = BitParallelPattern(context).bestDistance(in: text, range: span.start..<span.end)
    return 1 - Double(distance) / Double(context.count)
  }

  /// The candidates that score at least `minimumScore`, best first (ties: earlier place first).
  func scored(
    _ candidates: [(span: TextSpan, errors: Int)], for selector: Selector, minimumScore: Double = 0
  ) -> [Match] {
    candidates.map { Match(span: $0.span, errors: $0.errors, score: score($0.span, errors: $0.errors, for: selector)) }
      .filter { $0.score >= minimumScore }
      .sorted { ($1.score, $0.span) < ($0.score, $1.span) }
  }

  /// The best-scoring candidate that `isFree` accepts and that scores at least `minimumScore`.
  func best(
    of candidates: [(span: TextSpan, errors: Int)], for selector: Selector, minimumScore: Double = 0,
    isFree: (TextSpan) -> Bool
  ) -> Match? {
    scored(candidates, for: selector, minimumScore: minimumScore).first { isFree($0.span) }
  }

  /// Whether the text at `span` is one of the claim's recorded neighbours rather than the claim.
  ///
  /// When a sentence is deleted, the sentences around it keep much of its
  /// context, and in repetitive text can be only a few edits from its quote.
  /// But the one after begins with the recorded suffix (the text that
  /// followed the claim), and the one before ends with the recorded prefix:
  /// such a candidate is a neighbour, not the claim. The test needs 16 code
  /// points of context, and is skipped when the quote itself begins with the
  /// suffix or ends with the prefix (sentences cut from one template), where
  /// it cannot tell them apart.
  func isRecordedNeighbour(_ span: TextSpan, of selector: Selector) -> Bool {
    let minimum = 16
    let suffix = Array(selector.suffix.drop { $0.properties.isWhitespace })
    if suffix.count >= minimum, span.length >= suffix.count, !selector.quote.starts(with: suffix),
      text[span.start..<span.start + suffix.count].elementsEqual(suffix)
    {
      return true
    }
    var prefix = selector.prefix[...]
    while let last = prefix.last, last.properties.isWhitespace { prefix = prefix.dropLast() }
    return prefix.count >= minimum && span.length >= prefix.count
      && !selector.quote.reversed().starts(with: prefix.reversed())
      && text[span.end - prefix.count..<span.end].elementsEqual(prefix)
  }

  /// Places near the recorded position where the quote occurs with at most min(256, length / 2) edits.
  ///
  /// Positions whose distance is within the limit come in runs; the best of
  /// each run (cut at the quote's length) is a candidate, and the candidates
  /// with the fewest edits are kept. Each one's start is then found by
  /// matching the quote backwards from its end.
  func approximateCandidates(for selector: Selector) -> [(span: TextSpan, errors: Int)] {
    let length = selector.quote.count
    let limit = min(Self.maximumErrors, length / 2)
    guard limit >= 1, !text.isEmpty else { return [] }
    let low = max(0, min(selector.hint, text.count) - Self.searchRadius)
    let high = min(text.count, max(0, selector.hint) + length + Self.searchRadius)
    guard low < high else { return [] }
    var ends: [(end: Int, errors: Int)] = []
    var run: (end: Int, errors: Int)?
    var runLength = 0
    BitParallelPattern(selector.quote).scan(text, positions: low..<high, anchored: false) { step, distance in
      if distance <= limit {
        if distance < run?.errors ?? Int.max { run = (low + step, distance) }
        runLength += 1
        if runLength < length { return true }
      }
      if let finished = run { ends.append(finished) }
      run = nil
      runLength = 0
      return true
    }
    if let finished = run { ends.append(finished) }
    let target = selector.hint + length
    ends.sort { ($0.errors, abs($0.end - target), $0.end) < ($1.errors, abs($1.end - target), $1.end) }
    let reversed = BitParallelPattern(selector.quote.reversed())
    var candidates: [(span: TextSpan, errors: Int)] = []
    for end in ends.prefix(Self.candidateLimit) {
      let start = self.start(of: reversed, endingAt: end.end, limit: limit)
      if !candidates.contains(where: { $0.span == start.span }) { candidates.append(start) }
    }
    return candidates
  }

  /// The start of the closest match of the reversed quote ending at `end`, and its edits.
  private func start(
    of reversed: BitParallelPattern, endingAt end: Int, limit: Int
  ) -> (span: TextSpan, errors: Int) {
    let lowest = max(0, end - reversed.length - limit)
    var best = (errors: Int.max, length: 0)
    reversed.scan(text, positions: stride(from: end - 1, through: lowest, by: -1), anchored: true) { step, distance in
      if distance < best.errors
        || (distance == best.errors && abs(step - reversed.length) < abs(best.length - reversed.length))
      {
        best = (distance, step)
      }
      return true
    }
    return (TextSpan(start: end - best.length, end: end), best.errors)
  }
}
