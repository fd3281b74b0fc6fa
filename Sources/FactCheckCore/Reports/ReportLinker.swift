import Foundation

/// Works out each claim's links: figures that disagree with it, statements opposing it, related claims.
struct ReportLinker {
  let corpus: CorpusIndex
  let figures: [FigureDisagreement]
  let opposing: [OpposingStatement]
  /// Related claims are linked when they score at least this much (see `CorpusIndex.related`): stricter than the
  /// shell's `related` (0.25), which shows scores, because a published report shows none.
  static let relatedMinimum = 0.4
  /// At most this many related claims are linked per claim.
  static let relatedLimit = 3

  /// The links of claim `reference`: figures first, then opposing statements, then related claims.
  func links(of reference: ClaimReference) -> [ClaimLink] {
    var links: [ClaimLink] = []
    var linked: Set<ClaimReference> = [reference]
    for group in figures where group.claims.contains(reference) {
      for mention in group.mentions where linked.insert(mention.claim).inserted {
        var summary = "\(mention.quantity.displayValue) \(mention.quantity.description) — \(mention.source)"
        if let time = mention.quantity.time { summary += ", \(time)" }
        if let date = mention.date { summary += " (\(date))" }
        links.append(ClaimLink(kind: .figure, target: mention.claim, summary: summary))
      }
    }
    for pair in opposing {
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
    for match in corpus.related(to: index, limit: Self.relatedLimit + links.count, minimum: Self.relatedMinimum)
    where linked.insert(match.reference).inserted {
      guard links.filter({ $0.kind == .related }).count < Self.relatedLimit,
        let target = corpus.position(of: match.reference)
      else { continue }
      let claim = corpus.claims[target]
      links.append(
        ClaimLink(
          kind: .related, target: match.reference,
          summary: "“\(ReportText.shortened(claim.text, to: 90))” — \(claim.sourceDescription)"))
    }
    return links
  }
}
