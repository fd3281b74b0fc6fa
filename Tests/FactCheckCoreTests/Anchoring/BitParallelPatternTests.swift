import PropertyBased
import Testing

@testable import FactCheckCore

@Suite("Bit-parallel approximate matching")
struct BitParallelPatternTests {
  /// The textbook dynamic programme: row `m` of the edit-distance table, one entry per text prefix.
  private func lastRow(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar], anchored: Bool) -> [Int] {
    var previous = Array(0...pattern.count)
    var row: [Int] = []
    for (column, scalar) in text.enumerated() {
      var current = [anchored ? column + 1 : 0]
      for (index, expected) in pattern.enumerated() {
        let substitution = previous[index] + (expected == scalar ? 0 : 1)
        current.append(min(substitution, previous[index + 1] + 1, current[index] + 1))
      }
      row.append(current[pattern.count])
      previous = current
    }
    return row
  }

  private func scanned(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar], anchored: Bool) -> [Int] {
    var row: [Int] = []
    BitParallelPattern(pattern).scan(text, positions: text.indices, anchored: anchored) { _, distance in
      row.append(distance)
      return true
    }
    return row
  }

  /// Short words over a tiny alphabet with one non-ASCII letter, so that matches and near-matches are common.
  static let word = Gen.int(in: 0...2).map { Array("abé".unicodeScalars)[$0] }.array(of: 1...150)

  @Test("distances equal the textbook dynamic programme, for patterns of one block and of several")
  func matchesDynamicProgramme() async {
    await propertyCheck(count: 200, input: Self.word, Self.word) { pattern, text in
      #expect(scanned(pattern, text, anchored: false) == lastRow(pattern, text, anchored: false))
      #expect(scanned(pattern, text, anchored: true) == lastRow(pattern, text, anchored: true))
    }
  }

  @Test("an exact occurrence has distance 0 where it ends; a scalar absent from the pattern costs one edit")
  func exactAndAbsent() {
    let text = Array("xx the quick fox xx".unicodeScalars)
    let row = scanned(Array("quick".unicodeScalars), text, anchored: false)
    #expect(row[11] == 0)
    #expect(BitParallelPattern(Array("quick".unicodeScalars)).bestDistance(in: text, range: 0..<text.count) == 0)
    #expect(BitParallelPattern(Array("quack".unicodeScalars)).bestDistance(in: text, range: 0..<text.count) == 1)
    #expect(BitParallelPattern(Array("qu€ck".unicodeScalars)).bestDistance(in: text, range: 0..<text.count) == 1)
  }
}
