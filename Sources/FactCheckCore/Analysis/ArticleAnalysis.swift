/// The analysis of an article's claims: kinds, scores, sources and the publication's caveats.
///
/// Derived data: computed from the article's text with the extraction, never
/// stored on its own. A reviewer's change to a claim copies the caveats that
/// cover it into the claim's stored review (see `Workbench`).
public struct ArticleAnalysis: Sendable {
  /// Each extracted claim's analysis, by claim id.
  public let claims: [String: ClaimAnalysis]
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
    for (index, claim) in extracted.enumerated() {
      let words = tokenized[index]
      // Claims and blocks are both in reading order: walk the blocks alongside.
      while blockIndex + 1 < layout.blocks.count, layout.blocks[blockIndex].end <= claim.span.start { blockIndex += 1 }
      let startsParagraph = blockIndex != previousBlock
      previousBlock = blockIndex
      let attribution =
        claim.role == .body ? finder.attribution(of: claim.span, words: words, startsParagraph: startsParagraph) : nil
      let features = allFeatures[index]
      let opens = claim.span.length > 0 && ["“", "\"", "‘", "«"].contains(text.scalars[claim.span.start])
      let kind = classifier.kind(
        role: claim.role, words: words, features: features, attribution: attribution, opensWithQuotation: opens)
      let score = kind.isClaim ? scorer.score(words, features: features) : 0
      results.append(ClaimAnalysis(kind: kind, score: score, attribution: attribution))
      if claim.role == .body {
        for finding in detector.findings(in: words) { findings.append((index, finding)) }
      }
    }
    let caveats = findings.isEmpty ? [] : Self.cover(findings, claims: extracted, analyses: results, text: text)
    if !caveats.isEmpty {
      var indexOfID: [String: Int] = [:]
      for (index, claim) in extracted.enumerated() { indexOfID[claim.id] = index }
      for caveat in caveats {
        for id in caveat.covers {
          if let index = indexOfID[id] { results[index].caveats.append(caveat) }
        }
      }
    }
    var byID: [String: ClaimAnalysis] = [:]
    byID.reserveCapacity(extracted.count)
    for (claim, result) in zip(extracted, results) { byID[claim.id] = result }
    self.claims = byID
    self.caveats = caveats
  }

  /// The analysis of claim `id`, if the extractor found it.
  public func analysis(of id: String) -> ClaimAnalysis? {
    claims[id]
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

  /// Works out which claims each finding covers.
  private static func cover(
    _ findings: [(claim: Int, finding: CaveatDetector.Finding)], claims: [ExtractedClaim], analyses: [ClaimAnalysis],
    text: ArticleText
  ) -> [PublicationCaveat] {
    var caveats: [PublicationCaveat] = []
    var claimsBySource: [String: [Int]] = [:]
    for (index, analysis) in analyses.enumerated() {
      if let source = analysis.attribution?.source { claimsBySource[source, default: []].append(index) }
    }
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
          covered = (claimsBySource[source] ?? []).filter { $0 != claimIndex } + [claimIndex]
          covered.sort()
        }
      case .story:
        // Consecutive disclaimers share one story; otherwise a story runs from the last disclaimer's end.
        if let last = lastStoryDisclaimer, last < claimIndex - 1 { storyStart = last + 1 }
        covered = (storyStart...claimIndex).filter { analyses[$0].kind.isClaim || $0 == claimIndex }
        lastStoryDisclaimer = claimIndex
      }
      let cue = text[finding.cue]
      caveats.append(
        PublicationCaveat(
          kind: finding.kind, cue: ClaimExtractor.displayText(cue), cueSpan: finding.cue, sentence: claim.span,
          text: claim.text, covers: covered.map { claims[$0].id }))
    }
    return caveats
  }
}
