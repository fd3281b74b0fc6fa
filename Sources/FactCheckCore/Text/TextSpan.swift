/// A half-open range `[start, end)` of Unicode code point offsets into a text.
///
/// Offsets count Unicode scalars, not bytes, UTF-16 units or grapheme clusters,
/// so they agree with Python string offsets and with W3C `TextPositionSelector`.
public struct TextSpan: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The offset of the first code point in the span.
  public var start: Int
  /// The offset one past the last code point in the span.
  public var end: Int

  /// Creates a span; `end` must not be less than `start`.
  public init(start: Int, end: Int) {
    precondition(start <= end, "span end before start")
    self.start = start
    self.end = end
  }

  /// The number of code points in the span.
  public var length: Int { end - start }

  /// Whether the span covers no code points.
  public var isEmpty: Bool { start == end }

  /// Whether `other` lies entirely inside this span.
  public func contains(_ other: TextSpan) -> Bool {
    start <= other.start && other.end <= end
  }

  /// Whether the two spans share at least one code point.
  public func overlaps(_ other: TextSpan) -> Bool {
    start < other.end && other.start < end
  }

  /// Orders spans by start, then by end.
  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }

  public var description: String { "[\(start), \(end))" }
}
