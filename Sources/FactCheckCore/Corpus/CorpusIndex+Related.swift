/// Claims in other articles about the same thing.
extension CorpusIndex {
  /// The claims of other articles most like claim `index`, best first.
  ///
  /// The score is BM25 over the claims' stems, relative to the claim's score against itself (so 1 means every
  /// weighed word is shared), plus 0.2 for each figure both state (at most two) and up to 0.3 for shared proper
  /// names, weighted by how rare each name is in the corpus, plus 0.3 when both state a figure for the same
  /// measured quantity. Only claims sharing a weighed word, a figure or a measured quantity are compared; those
  /// scoring below `minimum` are left out.
  ///
  /// The search reads, claim by claim in corpus order, the lists of claims that share each feature (a word, a
  /// name, a figure, a quantity), and scores a claim only when the features it has could lift it to `minimum` and
  /// to the `limit`th best found so far; the lists of the features that together cannot are not read at all
  /// ("MaxScore", Turtle and Flood 1995). The result is the same as comparing every claim. Claims at positions in `excluded` are left out.
  public func related(
    to index: Int, limit: Int = 5, minimum: Double = 0.25, excluding excluded: Set<Int> = []
  ) -> [RelatedClaim] {
    guard claims.indices.contains(index), limit > 0 else { return [] }
    var best: [(score: Double, claim: Int)] = []  // Best first, at most `limit`.
    var threshold = minimum
    // The lists of claims sharing each feature, the feature that can add least first, read claim by claim in
    // corpus order ("document at a time").
    let features = relatedFeatures(of: index)
    var cursors = Array(repeating: 0, count: features.count)
    // Features before `essential` can add, together, less than the threshold: a claim found only in them cannot
    // reach it, so only the other lists propose claims.
    var essential = 0
    var prefix = 0.0
    func advanceEssential() {
      while essential < features.count, prefix + features[essential].bound + 1e-9 < threshold {
        prefix += features[essential].bound
        essential += 1
      }
    }
    advanceEssential()
    while essential < features.count {
      // The next claim any essential list proposes.
      var next = Int.max
      for feature in essential..<features.count where cursors[feature] < features[feature].claims.count {
        next = min(next, features[feature].claims[cursors[feature]])
      }
      guard next != Int.max else { break }
      // The most it can score: the bounds of the features it has, each kind's part under its ceiling.
      var parts = SIMD4<Double>()
      for feature in features.indices {
        let list = features[feature].claims
        if feature < essential {
          cursors[feature] = Self.firstPosition(in: list, notBefore: next, from: cursors[feature])
        }
        guard cursors[feature] < list.count, list[cursors[feature]] == next else { continue }
        parts[features[feature].kind.rawValue] += features[feature].bound
        if feature >= essential { cursors[feature] += 1 }
      }
      let ceiling = pointwiseMin(parts, RelatedFeatureKind.ceilings).sum()
      guard ceiling + 1e-9 >= threshold, next != index, articleNumbers[next] != articleNumbers[index],
        !excluded.contains(next), let score = relatedScore(index, next, minimum: minimum, threshold: threshold)
      else { continue }
      let entry = (score: score, claim: next)
      let position = best.firstIndex { ranks(entry, before: $0) } ?? best.count
      guard position < limit else { continue }
      best.insert(entry, at: position)
      if best.count > limit { best.removeLast() }
      if best.count == limit, let last = best.last, last.score > threshold {
        threshold = last.score
        advanceEssential()
      }
    }
    return best.map { entry in
      let other = entry.claim
      return RelatedClaim(
        reference: claims[other].reference, score: entry.score, sharedWords: sharedWords(index, other),
        sharedNumbers: sharedNumbers(index, other).map(NumberWords.display),
        sharedNames: sharedNames(index, other).map(\.name.key), sameQuantity: shareMeasure(index, other))
    }
  }

  /// What a feature of a claim is: each kind adds its own part of a related claim's score.
  private enum RelatedFeatureKind: Int {
    case word, name, figure, quantity

    /// The most each kind's part adds: 1 for the words (BM25 relative to the claim's own), 0.3 for names, 0.2
    /// for each of two figures, 0.3 for a measured quantity (by `rawValue`).
    static let ceilings = SIMD4<Double>(1, 0.3, 0.4, 0.3)
  }

  /// Whether `a` ranks before `b`: a higher score, then the earlier claim (references are in corpus order).
  private func ranks(_ a: (score: Double, claim: Int), before b: (score: Double, claim: Int)) -> Bool {
    a.score != b.score ? a.score > b.score : claims[a.claim].reference < claims[b.claim].reference
  }

  /// The score of `other` as a claim related to `index`, when it is a candidate (it shares a weighed word, a
  /// figure or a measured quantity), reaches `minimum` and shares more than one common word; `nil` also when it
  /// scores below `threshold`, the least a claim must score to be kept.
  private func relatedScore(_ index: Int, _ other: Int, minimum: Double, threshold: Double) -> Double? {
    let raw = bm25.score(distinctSorted: queryTerms[index], document: other)
    let numbers = sharedValueCount(index, other)
    let same = shareMeasure(index, other)
    guard raw > 0 || numbers > 0 || same else { return nil }
    let own = selfScores[index]
    let similarity = own > 0 ? min(1, raw / own) : 0
    let withoutNames = similarity + 0.2 * Double(min(2, numbers)) + (same ? 0.3 : 0)
    // Names add at most 0.3: most candidates (a common word shared) are out before they are compared.
    guard withoutNames + 0.3 >= minimum, withoutNames + 0.3 >= threshold else { return nil }
    let names = sharedNames(index, other)
    let score = Self.combinedScore(similarity: similarity, figures: numbers, names: names, sameQuantity: same)
    guard score >= minimum else { return nil }
    // One shared word alone (a short claim's "lost") is not enough to call two claims related.
    guard numbers > 0 || !names.isEmpty || same || sharedWordCount(index, other) >= 2 else { return nil }
    return score
  }

  /// The number of distinct values both claims state as figures.
  private func sharedValueCount(_ a: Int, _ b: Int) -> Int {
    SortedLists.commonCount(valuesOf[a], valuesOf[b])
  }

  /// The features of claim `index` with the claims that share each and the most each can add to a score, the
  /// feature that can add most first.
  private func relatedFeatures(of index: Int) -> [(kind: RelatedFeatureKind, bound: Double, claims: [Int])] {
    var features: [(kind: RelatedFeatureKind, bound: Double, claims: [Int])] = []
    let own = selfScores[index]
    if own > 0 {
      for term in queryTerms[index] {
        features.append((.word, bm25.maxContribution(of: term) / own, bm25.documents(containing: term)))
      }
    }
    var keys: Set<String> = []
    for name in claims[index].terms.contentNames where keys.insert(name.key).inserted {
      features.append((.name, 0.1 * nameWeight(name.key), claimsWithName[name.bucket] ?? []))
    }
    for value in Set(claims[index].quantities.map(\.value)) {
      features.append((.figure, 0.2, claimsWithNumber[value] ?? []))
    }
    for group in groupsOfClaim[index] ?? [] { features.append((.quantity, 0.3, claimsOfGroup[group])) }
    // Ties: the longer list first, so that it is the first left out when the threshold rises.
    return features.sorted { $0.bound != $1.bound ? $0.bound < $1.bound : $0.claims.count > $1.claims.count }
  }

  /// The first position at or after `start` in the ascending `list` whose claim is `claim` or later (galloping,
  /// then binary search).
  static func firstPosition(in list: [Int], notBefore claim: Int, from start: Int) -> Int {
    guard start < list.count, list[start] < claim else { return start }
    var (low, step) = (start, 1)
    var high = start + 1
    while high < list.count, list[high] < claim {
      low = high
      step *= 2
      high = start + step
    }
    high = min(high, list.count)
    // list[low] < claim; the answer is in (low, high].
    var (first, last) = (low + 1, high)
    while first < last {
      let middle = (first + last) / 2
      if list[middle] < claim { first = middle + 1 } else { last = middle }
    }
    return first
  }

  /// The number of stems claims `a` and `b` share.
  func sharedWordCount(_ a: Int, _ b: Int) -> Int {
    SortedLists.commonCount(queryTerms[a], queryTerms[b])
  }

  /// A related claim's score: BM25 relative to the self score, plus 0.2 for each of at most two shared figures, the
  /// shared names' bonus (at most 0.3) and 0.3 for a measured quantity in common.
  static func combinedScore(
    similarity: Double, figures: Int, names: [(name: NameKey, weight: Double)], sameQuantity: Bool
  ) -> Double {
    let nameBonus = min(0.3, 0.1 * names.reduce(0) { $0 + $1.weight })
    return similarity + 0.2 * Double(min(2, figures)) + nameBonus + (sameQuantity ? 0.3 : 0)
  }
}
