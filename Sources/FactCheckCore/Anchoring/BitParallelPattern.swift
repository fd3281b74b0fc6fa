/// A pattern prepared for Myers' bit-parallel approximate matching.
///
/// Computes, for every position of a text, the edit distance (Levenshtein:
/// insertions, deletions, substitutions) between the pattern and the best
/// substring of the text ending there, in O(⌈m/64⌉) word operations per text
/// code point (G. Myers, "A fast bit-vector algorithm for approximate string
/// matching based on dynamic programming", J. ACM 46(3), 1999; block form as
/// in H. Hyyrö, 2003). The cost is bounded by the length of the text scanned,
/// never by how good or bad the matches are.
struct BitParallelPattern {
  /// The pattern's length in code points.
  let length: Int
  /// The number of 64-bit words per column.
  private let blocks: Int
  /// The match masks: row 0 all zero (a scalar not in the pattern), rows 1…128 ASCII, then other scalars.
  private let masks: [UInt64]
  /// The row of `masks` for each non-ASCII scalar of the pattern.
  private let otherRows: [UInt32: Int]
  /// The bit of the last block that holds the pattern's last row.
  private let lastBit: UInt64

  /// Prepares `pattern`, which must not be empty.
  init(_ pattern: some Collection<Unicode.Scalar>) {
    precondition(!pattern.isEmpty, "empty pattern")
    length = pattern.count
    blocks = (length + 63) / 64
    var otherRows: [UInt32: Int] = [:]
    for scalar in pattern where scalar.value >= 128 && otherRows[scalar.value] == nil {
      otherRows[scalar.value] = 129 + otherRows.count
    }
    var masks = [UInt64](repeating: 0, count: (129 + otherRows.count) * blocks)
    for (offset, scalar) in pattern.enumerated() {
      let row = scalar.value < 128 ? Int(scalar.value) + 1 : otherRows[scalar.value, default: 0]
      masks[row * blocks + offset / 64] |= 1 << UInt64(offset % 64)
    }
    self.masks = masks
    self.otherRows = otherRows
    self.lastBit = 1 << UInt64((length - 1) % 64)
  }

  /// The row of the match masks for `scalar`.
  @inline(__always)
  private func row(for scalar: Unicode.Scalar) -> Int {
    scalar.value < 128 ? Int(scalar.value) + 1 : otherRows[scalar.value] ?? 0
  }

  /// Scans `text` at `positions` in order, calling `body(step, distance)` after each code point.
  ///
  /// `step` counts the code points read so far (from 1). With `anchored` false,
  /// `distance` is the edit distance between the pattern and the best text
  /// ending at the current position (a match may start anywhere); with
  /// `anchored` true, between the pattern and exactly the text read so far.
  /// `body` returns false to stop early.
  func scan(
    _ text: [Unicode.Scalar], positions: some Sequence<Int>, anchored: Bool,
    _ body: (_ step: Int, _ distance: Int) -> Bool
  ) {
    var positive = [UInt64](repeating: ~0, count: blocks)
    var negative = [UInt64](repeating: 0, count: blocks)
    var distance = length
    var step = 0
    masks.withUnsafeBufferPointer { masks in
      positive.withUnsafeMutableBufferPointer { positive in
        negative.withUnsafeMutableBufferPointer { negative in
          for position in positions {
            let base = row(for: text[position]) * blocks
            // The horizontal difference entering the top of the column: 0 when a
            // match may start anywhere, +1 when it must start at the first position.
            var carry = anchored ? 1 : 0
            for block in 0..<blocks {
              let high: UInt64 = block == blocks - 1 ? lastBit : 1 << 63
              carry = Self.advance(
                positive: &positive[block], negative: &negative[block], equal: masks[base + block],
                carry: carry, high: high)
            }
            distance += carry
            step += 1
            if !body(step, distance) { return }
          }
        }
      }
    }
  }

  /// Advances one 64-row block by one text column; returns the horizontal difference leaving it.
  @inline(__always)
  private static func advance(
    positive: inout UInt64, negative: inout UInt64, equal: UInt64, carry: Int, high: UInt64
  ) -> Int {
    let carryNegative: UInt64 = carry < 0 ? 1 : 0
    let carryPositive: UInt64 = carry > 0 ? 1 : 0
    let vertical = equal | negative
    let equalIn = equal | carryNegative
    let horizontal = (((equalIn & positive) &+ positive) ^ positive) | equalIn
    var horizontalPositive = negative | ~(horizontal | positive)
    var horizontalNegative = positive & horizontal
    let out = horizontalPositive & high != 0 ? 1 : (horizontalNegative & high != 0 ? -1 : 0)
    horizontalPositive = (horizontalPositive << 1) | carryPositive
    horizontalNegative = (horizontalNegative << 1) | carryNegative
    positive = horizontalNegative | ~(vertical | horizontalPositive)
    negative = horizontalPositive & vertical
    return out
  }

  /// The smallest edit distance between the pattern and any substring of `text[range]`.
  func bestDistance(in text: [Unicode.Scalar], range: Range<Int>) -> Int {
    var best = length
    scan(text, positions: range, anchored: false) { _, distance in
      best = min(best, distance)
      return best > 0
    }
    return best
  }
}
