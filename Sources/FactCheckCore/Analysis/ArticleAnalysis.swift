/// The analysis of an article's claims: kinds, scores, sources and the publication's caveats.
///
/// Derived data: computed from the article's text with the extraction, never
/// stored on its own. A reviewer's change to a claim copies the caveats that
/// cover it into the claim's stored review (see `Workbench`).
public struct ArticleAnalysis: Sendable {
  /// Each extracted claim's analysis, parallel to the claims (the analysis of claim number n is at n - 1).
  public let claims: [ClaimAnalysis]
  /// Every caveat found, in reading order.
  public let caveats: [PublicationCaveat]

  /// Analyses the claims of an article.
  public init(text: ArticleText, layout: ArticleLayout, claims extracted: [ExtractedClaim]) {
    let scorer = CheckWorthinessScorer()
    let detector = CaveatDetector()
    let classifier = ClaimClassifier()
    var finder = AttributionFinder(scalars: text.scalars)
    var results: [ClaimAnalysis] = []
    var findings: [(claim: Int, finding: CaveatDetector.Finding)] = []
    var previousBlock: Int?
    var blockIndex = 0
    let tokenized = extracted.map { SentenceWords(text.scalars, span: $0.span) }
    let salience = TopicSalience(tokenized)
    let allFeatures = CheckWorthinessScorer.withContext(
      tokenized.indices.map { index in
        var features = scorer.features(tokenized[index])
        features.salience = salience.salience(ofSentenceAt: index)
        return features
      })
    results.reserveCapacity(extracted.count)
    for index in extracted.indices {
      // The span and role only: copying the claim would retain its strings.
      let (span, role) = (extracted[index].span, extracted[index].role)
      let words = tokenized[index]
      // Claims and blocks are both in reading order: walk the blocks alongside.
      while blockIndex + 1 < layout.blocks.count, layout.blocks[blockIndex].end <= span.start { blockIndex += 1 }
      let startsParagraph = blockIndex != previousBlock
      previousBlock = blockIndex
      let attribution =
        role == .body ? finder.attribution(of: span, words: words, startsParagraph: startsParagraph) : nil
      let features = allFeatures[index]
      let opens: Bool
      switch span.isEmpty ? " " : text.scalars[span.start] {
      case "“", "\"", "‘", "«": opens = true
      default: opens = false
      }
      let kind = classifier.kind(
        role: role, words: words, features: features, attribution: attribution, opensWithQuotation: opens)
      let score = kind.isClaim ? scorer.score(words, features: features) : 0
      results.append(ClaimAnalysis(kind: kind, score: score, attribution: attribution))
      if role == .body {
        for finding in detector.findings(in: words) { findings.append((index, finding)) }
      }
    }
    let caveats = findings.isEmpty ? [] : Self.cover(findings, claims: extracted, analyses: results, text: text)
    for (caveat, covered) in caveats {
      for index in covered { results[index].caveats.append(caveat) }
    }
    self.claims = results
    self.caveats = caveats.map(\.caveat)
  }

  /// The analysis of the extracted claim at `index` (its number minus one), if there is one.
  public func analysis(ofClaimAt index: Int) -> ClaimAnalysis? {
    claims.indices.contains(index) ? claims[index] : nil
  }

  /// The analysis of a span the extractor did not produce (a claim added by a reviewer): kind and score, and the
  /// caveats whose sentence it overlaps.
  public func analysis(ofSpan span: TextSpan, in text: ArticleText) -> ClaimAnalysis {
    let scorer = CheckWorthinessScorer()
    let words = SentenceWords(text.scalars, span: span)
    let features = scorer.features(words)
    let kind = ClaimClassifier().kind(
      role: .body, words: words, features: features, attribution: nil, opensWithQuotation: false)
    return ClaimAnalysis(
      kind: kind, score: kind.isClaim ? scorer.score(words, features: features) : 0,
      caveats: caveats.filter { $0.sentence.overlaps(span) })
  }

  /// Works out which claims each finding covers: each caveat with the indices of the claims it covers.
  private static func cover(
    _ findings: [(claim: Int, finding: CaveatDetector.Finding)], claims: [ExtractedClaim], analyses: [ClaimAnalysis],
    text: ArticleText
  ) -> [(caveat: PublicationCaveat, covered: [Int])] {
    var caveats: [(caveat: PublicationCaveat, covered: [Int])] = []
    // Built at the first disclaimer that reaches a source's claims; most articles have none.
    var claimsBySource: [String: [Int]]?
    var storyStart = 0
    var lastStoryDisclaimer: Int?
    for (claimIndex, finding) in findings {
      let claim = claims[claimIndex]
      var covered: [Int] = [claimIndex]
      switch finding.reach {
      case .sentence:
        break
      case .previous:
        if claimIndex > 0, analyses[claimIndex - 1].kind.isClaim { covered.insert(claimIndex - 1, at: 0) }
      case .source:
        if let source = analyses[claimIndex].attribution?.source {
          let bySource = claimsBySource ?? Self.claimsBySource(analyses)
          claimsBySource = bySource
          covered = (bySource[source] ?? []).filter { $0 != claimIndex } + [claimIndex]
          covered.sort()
        }
      case .story:
        // Consecutive disclaimers share one story; otherwise a story runs from the last disclaimer's end.
        if let last = lastStoryDisclaimer, last < claimIndex - 1 { storyStart = last + 1 }
        covered = (storyStart...claimIndex).filter { analyses[$0].kind.isClaim || $0 == claimIndex }
        lastStoryDisclaimer = claimIndex
      }
      let caveat = PublicationCaveat(
        kind: finding.kind, cue: ClaimExtractor.displayText(text.scalars, span: finding.cue), cueSpan: finding.cue,
        sentence: claim.span, text: claim.text, covers: covered.map { claims[$0].id })
      caveats.append((caveat, covered))
    }
    return caveats
  }

  /// The indices of the claims each source makes.
  private static func claimsBySource(_ analyses: [ClaimAnalysis]) -> [String: [Int]] {
    var claims: [String: [Int]] = [:]
    for (index, analysis) in analyses.enumerated() {
      if let source = analysis.attribution?.source { claims[source, default: []].append(index) }
    }
    return claims
  }
}
