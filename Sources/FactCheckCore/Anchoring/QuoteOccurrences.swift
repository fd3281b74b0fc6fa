/// Finds the exact occurrences of many quotes in a text in a single pass.
///
/// A rolling hash of each position's first few code points is checked
/// against the quotes' own, so the cost is one pass over the text plus a
/// comparison per hash hit, however many quotes are looked for.
enum QuoteOccurrences {
  /// The most code points hashed at each position.
  private static let hashedLength = 8
  private static let base: UInt64 = 0x100_0000_01B3

  /// For each quote, the starts of its occurrences: at most `limit`, those nearest `hints[i]`, in text order.
  static func find(
    _ quotes: [[Unicode.Scalar]], hints: [Int], in text: [Unicode.Scalar], limit: Int = 64
  ) -> [[Int]] {
    var found = [[Int]](repeating: [], count: quotes.count)
    let usable = quotes.indices.filter { !quotes[$0].isEmpty && quotes[$0].count <= text.count }
    guard let shortest = usable.map({ quotes[$0].count }).min() else { return found }
    let width = min(hashedLength, shortest)
    var power: UInt64 = 1
    for _ in 1..<width { power = power &* base }
    var table: [UInt64: [Int]] = [:]
    var filter = [UInt64](repeating: 0, count: 1024)
    for index in usable {
      let hash = quotes[index][0..<width].reduce(UInt64(0)) { $0 &* base &+ UInt64($1.value) }
      table[hash, default: []].append(index)
      let bit = Int(truncatingIfNeeded: hash >> 48)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }
    var hash = text[0..<width].reduce(UInt64(0)) { $0 &* base &+ UInt64($1.value) }
    for start in 0...(text.count - width) {
      if start > 0 {
        hash = (hash &- UInt64(text[start - 1].value) &* power) &* base &+ UInt64(text[start + width - 1].value)
      }
      let bit = Int(truncatingIfNeeded: hash >> 48)
      guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0, let candidates = table[hash] else { continue }
      for index in candidates where matches(quotes[index], in: text, at: start) {
        record(start, hint: hints[index], into: &found[index], limit: limit)
      }
    }
    return found.map { $0.sorted() }
  }

  private static func matches(_ quote: [Unicode.Scalar], in text: [Unicode.Scalar], at start: Int) -> Bool {
    guard start + quote.count <= text.count else { return false }
    for offset in quote.indices where text[start + offset] != quote[offset] { return false }
    return true
  }

  /// Keeps `start` among the `limit` occurrences nearest `hint`.
  private static func record(_ start: Int, hint: Int, into starts: inout [Int], limit: Int) {
    guard starts.count >= limit else {
      starts.append(start)
      return
    }
    guard let farthest = starts.indices.max(by: { abs(starts[$0] - hint) < abs(starts[$1] - hint) }),
      abs(starts[farthest] - hint) > abs(start - hint)
    else { return }
    starts[farthest] = start
  }
}
