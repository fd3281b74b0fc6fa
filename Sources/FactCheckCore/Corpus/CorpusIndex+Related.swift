/// Claims in other articles about the same thing.
extension CorpusIndex {
  /// The claims of other articles most like claim `index`, best first.
  ///
  /// The score is BM25 over the claims' stems, relative to the claim's score against itself (so 1 means every
  /// weighed word is shared), plus 0.2 for each figure both state (at most two) and up to 0.3 for shared proper
  /// names, weighted by how rare each name is in the corpus. Claims scoring below `minimum` are left out.
  public func related(to index: Int, limit: Int = 5, minimum: Double = 0.25) -> [RelatedClaim] {
    guard claims.indices.contains(index) else { return [] }
    let own = claims[index].reference.articleFile
    var found: [RelatedClaim] = []
    for (other, similarity) in candidates(of: index) where claims[other].reference.articleFile != own {
      let numbers = sharedNumbers(index, other)
      // Names add at most 0.3: most candidates (a common word shared) are out before they are compared.
      guard combinedScore(index, other, similarity: similarity, numbers: numbers, names: []) + 0.3 >= minimum else {
        continue
      }
      let names = sharedNames(index, other)
      let score = combinedScore(index, other, similarity: similarity, numbers: numbers, names: names)
      guard score >= minimum else { continue }
      let words = sharedWords(index, other)
      let same = shareMeasure(index, other)
      // One shared word alone (a short claim's "lost") is not enough to call two claims related.
      guard words.count >= 2 || !numbers.isEmpty || !names.isEmpty || same else { continue }
      found.append(
        RelatedClaim(
          reference: claims[other].reference, score: score, sharedWords: words,
          sharedNumbers: numbers.map(NumberWords.display), sharedNames: names.map(\.name.key),
          sameQuantity: same))
    }
    found.sort { $0.score != $1.score ? $0.score > $1.score : $0.reference < $1.reference }
    return Array(found.prefix(limit))
  }

  /// BM25 relative to the self score, plus shared figures and names.
  func combinedScore(
    _ a: Int, _ b: Int, similarity: Double, numbers: [Double], names: [(name: NameKey, weight: Double)]
  ) -> Double {
    let nameBonus = min(0.3, 0.1 * names.reduce(0) { $0 + $1.weight })
    return similarity + 0.2 * Double(min(2, numbers.count)) + nameBonus + (shareMeasure(a, b) ? 0.3 : 0)
  }
}
