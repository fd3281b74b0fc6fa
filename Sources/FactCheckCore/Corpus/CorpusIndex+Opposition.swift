/// Statements that deny what another source affirms, across the corpus.
extension CorpusIndex {
  /// Pairs of claims where one source negates what another affirms about the same subject, best first.
  ///
  /// A pair qualifies when a clause of one claim negates (`Clause`), a clause of a claim by a different source
  /// (`sameSource`) affirms with a verb other than a reporting verb, and the two clauses' subjects share words that
  /// are not commonplace in the corpus (summed inverse document frequency at least `rareness`, about one claim in
  /// five or fewer). The score, in [0, 1], is half the share of the denial's subject found in the affirmation's
  /// subject and half the share of the rest of the denial clause (its predicate) found in the affirmation clause,
  /// words weighted by inverse document frequency over the corpus's claims; pairs below `minimum` are left out, and
  /// at most `perDenial` affirmations kept per denial. A shared subject is not enough: some word of the denial's
  /// predicate must recur in the affirmation ("take part in his invasion of Ukraine", "were involved in the
  /// invasion of Ukraine"). A reading aid, not a judgement: it pairs "Russian conscripts
  /// would not take part in his invasion of Ukraine" with "Russian military conscripts were involved in the
  /// invasion of Ukraine", may pair clauses that only look opposed, and misses contradictions stated without a
  /// negation word or with different words for the subject.
  public func opposingStatements(minimum: Double = 0.5, rareness: Double = 1.5, perDenial: Int = 2)
    -> [OpposingStatement]
  {
    // Each source's words once, not once per pair compared.
    let sources = claims.map { $0.source.map(SourceWords.init) }
    let denials = claims.indices.filter { claims[$0].terms.clauses.contains { $0.isNegated && !$0.subject.isEmpty } }
    // The claims with a clause that can affirm, by the words of its subjects, in corpus order.
    var lists: [String: [Int]] = [:]
    for (index, claim) in claims.enumerated() {
      var words: Set<String> = []
      for clause in claim.terms.clauses where clause.canAffirm { words.formUnion(clause.subject) }
      for word in words { lists[word, default: []].append(index) }
    }
    let affirmers = lists
    // Denials in chunks on every core, each chunk with its own tally of subject weight per claim.
    let chunkSize = Swift.max(1, (denials.count + 15) / 16)
    let chunks = stride(from: 0, to: denials.count, by: chunkSize).map {
      Array(denials[$0..<Swift.min($0 + chunkSize, denials.count)])
    }
    let found = chunks.concurrentMap { chunk -> [OpposingStatement] in
      var tally = SubjectTally(count: claims.count)
      return chunk.flatMap { denial in
        opposing(
          denial, sources: sources, affirmers: affirmers, tally: &tally, minimum: minimum, rareness: rareness,
          perDenial: perDenial)
      }
    }.flatMap { $0 }
    return found.sorted {
      $0.score != $1.score ? $0.score > $1.score : ($0.denial, $0.affirmation) < ($1.denial, $1.affirmation)
    }
  }

  /// The best affirmations (at most `perDenial`) that claim `denial`'s negated clauses oppose.
  private func opposing(
    _ denial: Int, sources: [SourceWords?], affirmers: [String: [Int]], tally: inout SubjectTally,
    minimum: Double, rareness: Double, perDenial: Int
  ) -> [OpposingStatement] {
    let negated = claims[denial].terms.clauses.filter { $0.isNegated && !$0.subject.isEmpty }
    var candidates: [OpposingStatement] = []
    // Only claims whose affirming clauses' subjects share words of at least `rareness` with the denial's subjects
    // can affirm: the subject words a pair shares are a subset of those.
    let subjects = Set(negated.flatMap(\.subject))
    for other in Self.claims(sharing: subjects, weighing: rareness, lists: affirmers, bm25: bm25, tally: &tally)
    where other != denial {
      guard !Self.sameSource(words: sources[denial], sources[other]) else { continue }
      var best: (score: Double, denial: Clause, affirmation: Clause, subject: Set<String>)?
      for clause in negated {
        let subject = Set(clause.subject)
        let predicate = Set(clause.stems).subtracting(subject)
        for affirmed in claims[other].terms.clauses where affirmed.canAffirm {
          let shared = subject.intersection(affirmed.subject)
          guard !shared.isEmpty, weight(shared) >= rareness else { continue }
          let agreement = predicate.isEmpty ? 0 : weight(predicate.intersection(affirmed.stems)) / weight(predicate)
          guard agreement > 0 else { continue }
          let score = 0.5 * weight(shared) / weight(subject) + 0.5 * agreement
          if score > (best?.score ?? 0) { best = (score, clause, affirmed, shared) }
        }
      }
      guard let best, best.score >= minimum else { continue }
      var words: [String] = []
      for stem in best.denial.subject where best.subject.contains(stem) {
        let word = claims[denial].terms.surface(of: stem)
        if !words.contains(word) { words.append(word) }
      }
      candidates.append(
        OpposingStatement(
          denial: claims[denial].reference, denialClause: String(best.denial.text),
          denialSource: claims[denial].sourceDescription, affirmation: claims[other].reference,
          affirmationClause: String(best.affirmation.text), affirmationSource: claims[other].sourceDescription,
          score: best.score, subject: words))
    }
    candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.affirmation < $1.affirmation }
    return Array(candidates.prefix(perDenial))
  }

  /// The claims in `lists` (claims by word) under words of `words` weighing (summed inverse document frequency) at
  /// least `least` together, in corpus order.
  ///
  /// The commonest words that together weigh less than `least` propose no claim (a claim under those only cannot
  /// reach it); their weight is added to the claims the others propose.
  private static func claims(
    sharing words: Set<String>, weighing least: Double, lists: [String: [Int]], bm25: BM25Index,
    tally: inout SubjectTally
  ) -> [Int] {
    let ranked = words.map { (word: $0, weight: bm25.idf($0)) }.sorted {
      $0.weight != $1.weight ? $0.weight < $1.weight : $0.word < $1.word
    }
    var common = 0
    var commonWeight = 0.0
    while common < ranked.count, commonWeight + ranked[common].weight < least {
      commonWeight += ranked[common].weight
      common += 1
    }
    guard common < ranked.count else { return [] }
    for entry in ranked[common...] {
      for claim in lists[entry.word] ?? [] { tally.add(entry.weight, to: claim) }
    }
    for entry in ranked[..<common] {
      let list = lists[entry.word] ?? []
      for claim in tally.touched {
        let position = firstPosition(in: list, notBefore: claim, from: 0)
        if position < list.count, list[position] == claim { tally.add(entry.weight, to: claim) }
      }
    }
    let found = tally.touched.filter { tally.weight(of: $0) + 1e-9 >= least }.sorted()
    tally.reset()
    return found
  }

  /// The summed inverse document frequency of `stems`.
  private func weight(_ stems: Set<String>) -> Double {
    stems.sorted().reduce(0) { $0 + bm25.idf($1) }
  }
}

/// The subject weight each claim has gathered, over claims at positions `0..<count`, cleared in time proportional
/// to the claims touched.
struct SubjectTally {
  private var weights: [Double]
  /// The claims with a weight, in the order first touched.
  private(set) var touched: [Int] = []

  init(count: Int) { weights = Array(repeating: 0, count: count) }

  mutating func add(_ weight: Double, to claim: Int) {
    if weights[claim] == 0 { touched.append(claim) }
    weights[claim] += weight
  }

  func weight(of claim: Int) -> Double { weights[claim] }

  mutating func reset() {
    for claim in touched { weights[claim] = 0 }
    touched.removeAll(keepingCapacity: true)
  }
}
