/// Walks of ascending lists without repeats, for comparing claims' sorted terms and values.
enum SortedLists {
  /// Calls `body` with the positions in `left` and in `right` of each element both hold, in ascending order.
  @inline(__always)
  static func forEachCommon<Element: Comparable>(
    _ left: [Element], _ right: [Element], _ body: (_ left: Int, _ right: Int) -> Void
  ) {
    var (i, j) = (0, 0)
    while i < left.count, j < right.count {
      if left[i] == right[j] {
        body(i, j)
        i += 1
        j += 1
      } else if left[i] < right[j] {
        i += 1
      } else {
        j += 1
      }
    }
  }

  /// The number of elements both lists hold.
  static func commonCount<Element: Comparable>(_ left: [Element], _ right: [Element]) -> Int {
    var count = 0
    forEachCommon(left, right) { _, _ in count += 1 }
    return count
  }
}
