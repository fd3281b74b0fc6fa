import Foundation

/// Works out each claim's links: figures that disagree with it, statements opposing it, related claims.
struct ReportLinker: Sendable {
  let corpus: CorpusIndex
  let figures: [FigureDisagreement]
  let opposing: [OpposingStatement]
  /// The positions in `figures` of the groups each claim is in, in order.
  private let figuresOf: [ClaimReference: [Int]]
  /// The positions in `opposing` of the pairs each claim is in, in order.
  private let opposingOf: [ClaimReference: [Int]]
  /// Related claims are linked when they score at least this much (see `CorpusIndex.related`): stricter than the
  /// shell's `related` (0.25), which shows scores, because a published report shows none.
  static let relatedMinimum = 0.4
  /// At most this many related claims are linked per claim.
  static let relatedLimit = 3
  /// At most this many other figures are linked per claim and group: a group of an archive can hold thousands,
  /// all listed under "Figures that disagree".
  static let figureLimit = 6

  /// The mentions of a group a claim links to, in the group's order (by value): all of them when they come from
  /// at most `figureLimit` claims; else one claim per figure the claim does not give itself first, then one per
  /// figure it gives, then others, `figureLimit` claims in all.
  static func figuresShown(_ mentions: [FigureDisagreement.Mention], ownValues: Set<String>)
    -> [FigureDisagreement.Mention]
  {
    guard Set(mentions.map(\.claim)).count > figureLimit else { return mentions }
    var chosen: Set<Int> = []
    var claims: Set<ClaimReference> = []
    var values: Set<String> = []
    for pass in 0..<3 {
      for (index, mention) in mentions.enumerated() where claims.count < figureLimit && !claims.contains(mention.claim)
      {
        let value = mention.quantity.displayValue
        guard pass == 2 || (!values.contains(value) && (pass == 1 || !ownValues.contains(value))) else { continue }
        chosen.insert(index)
        claims.insert(mention.claim)
        values.insert(value)
      }
    }
    return mentions.indices.filter(chosen.contains).map { mentions[$0] }
  }

  /// Links claims through `figures` and `opposing`, and to the related claims `corpus` finds.
  init(corpus: CorpusIndex, figures: [FigureDisagreement], opposing: [OpposingStatement]) {
    self.corpus = corpus
    self.figures = figures
    self.opposing = opposing
    var figuresOf: [ClaimReference: [Int]] = [:]
    for (position, group) in figures.enumerated() {
      for claim in Set(group.claims) { figuresOf[claim, default: []].append(position) }
    }
    self.figuresOf = figuresOf
    var opposingOf: [ClaimReference: [Int]] = [:]
    for (position, pair) in opposing.enumerated() {
      opposingOf[pair.denial, default: []].append(position)
      if pair.affirmation != pair.denial { opposingOf[pair.affirmation, default: []].append(position) }
    }
    self.opposingOf = opposingOf
  }

  /// The links of claim `reference`: figures first, then opposing statements, then related claims.
  func links(of reference: ClaimReference) -> [ClaimLink] {
    var links: [ClaimLink] = []
    var linked: Set<ClaimReference> = [reference]
    for group in (figuresOf[reference] ?? []).map({ figures[$0] }) {
      let others = group.mentions.filter { !linked.contains($0.claim) }
      let own = Set(group.mentions.filter { $0.claim == reference }.map(\.quantity.displayValue))
      let shown = Self.figuresShown(others, ownValues: own)
      let rest = Set(others.map(\.claim)).count - Set(shown.map(\.claim)).count
      for (position, mention) in shown.enumerated() where linked.insert(mention.claim).inserted {
        var summary = "\(mention.quantity.displayValue) \(mention.quantity.description) — \(mention.source)"
        if let time = mention.quantity.time { summary += ", \(time)" }
        if let date = mention.date { summary += " (\(date))" }
        if position == shown.count - 1, rest > 0 {
          summary += "; \(ReportText.count(rest, "more claim")) under “Figures that disagree”: \(group.measure)"
        }
        links.append(ClaimLink(kind: .figure, target: mention.claim, summary: summary))
      }
    }
    for pair in (opposingOf[reference] ?? []).map({ opposing[$0] }) {
      if pair.denial == reference, linked.insert(pair.affirmation).inserted {
        links.append(
          ClaimLink(
            kind: .opposing, target: pair.affirmation,
            summary: "\(pair.affirmationSource) affirms: “\(pair.affirmationClause)”"))
      } else if pair.affirmation == reference, linked.insert(pair.denial).inserted {
        links.append(
          ClaimLink(
            kind: .opposing, target: pair.denial, summary: "\(pair.denialSource) denies: “\(pair.denialClause)”"))
      }
    }
    guard let index = corpus.position(of: reference) else { return links }
    let excluded = Set(linked.compactMap { corpus.position(of: $0) })
    for match in corpus.related(
      to: index, limit: Self.relatedLimit, minimum: Self.relatedMinimum, excluding: excluded)
    {
      guard let target = corpus.position(of: match.reference) else { continue }
      let claim = corpus.claims[target]
      links.append(
        ClaimLink(
          kind: .related, target: match.reference,
          summary: "“\(ReportText.shortened(claim.text, to: 90))” — \(claim.sourceDescription)"))
    }
    return links
  }
}
