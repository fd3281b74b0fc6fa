/// Spans already given to claims, so that two claims never take the same place.
///
/// Two spans conflict when their overlap is at least half the longer one: a
/// claim a reviewer added inside a longer sentence does not conflict with it.
struct OccupiedSpans {
  private var spans: [TextSpan] = []
  private var longest = 0

  /// Records `span` as taken.
  mutating func insert(_ span: TextSpan) {
    let index = firstIndex(startingAtOrAfter: span.start)
    spans.insert(span, at: index)
    longest = max(longest, span.length)
  }

  /// Whether `span` mostly covers, or is mostly covered by, a span already taken.
  func conflicts(with span: TextSpan) -> Bool {
    var index = firstIndex(startingAtOrAfter: span.start - longest)
    while index < spans.count, spans[index].start < span.end {
      let other = spans[index]
      let overlap = min(other.end, span.end) - max(other.start, span.start)
      if overlap > 0, overlap * 2 >= max(other.length, span.length) { return true }
      index += 1
    }
    return false
  }

  private func firstIndex(startingAtOrAfter start: Int) -> Int {
    spans.partitioningIndex { $0.start >= start }
  }
}
