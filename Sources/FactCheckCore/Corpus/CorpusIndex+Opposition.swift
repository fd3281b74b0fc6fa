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
    var found: [OpposingStatement] = []
    // Each source's words once, not once per pair compared.
    var sources: [SourceWords?] = Array(repeating: nil, count: claims.count)
    var parsed = Array(repeating: false, count: claims.count)
    func source(_ index: Int) -> SourceWords? {
      if !parsed[index] {
        sources[index] = claims[index].source.map(SourceWords.init)
        parsed[index] = true
      }
      return sources[index]
    }
    for denial in claims.indices {
      let negated = claims[denial].terms.clauses.filter { $0.isNegated && !$0.subject.isEmpty }
      guard !negated.isEmpty else { continue }
      var candidates: [OpposingStatement] = []
      // Only claims that use a word of a denial's subject can affirm it.
      for other in claims(containingAny: Set(negated.flatMap(\.subject))) where other != denial {
        guard !Self.sameSource(words: source(denial), source(other)) else { continue }
        var best: (score: Double, denial: Clause, affirmation: Clause, subject: Set<String>)?
        for clause in negated {
          let subject = Set(clause.subject)
          let predicate = Set(clause.stems).subtracting(subject)
          for affirmed in claims[other].terms.clauses
          where !affirmed.isNegated && affirmed.hasVerb && !affirmed.isReportingFrame {
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
          let word = claims[denial].terms.surfaces[stem] ?? stem
          if !words.contains(word) { words.append(word) }
        }
        candidates.append(
          OpposingStatement(
            denial: claims[denial].reference, denialClause: best.denial.text,
            denialSource: claims[denial].sourceDescription, affirmation: claims[other].reference,
            affirmationClause: best.affirmation.text, affirmationSource: claims[other].sourceDescription,
            score: best.score, subject: words))
      }
      candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.affirmation < $1.affirmation }
      found += candidates.prefix(perDenial)
    }
    return found.sorted {
      $0.score != $1.score ? $0.score > $1.score : ($0.denial, $0.affirmation) < ($1.denial, $1.affirmation)
    }
  }

  /// The summed inverse document frequency of `stems`.
  private func weight(_ stems: Set<String>) -> Double {
    stems.sorted().reduce(0) { $0 + bm25.idf($1) }
  }
}
