import Plot

/// An article's text with its claims highlighted in their verdicts' colours, each followed by its number.
///
/// The text is cut at every claim boundary; each piece is highlighted as the innermost claim covering it (a claim a
/// reviewer added inside another shows inside it). A highlight's tooltip gives the verdict, note, source and caveats;
/// its number links to the claim's note in the side column. Dismissed claims are not highlighted.
struct HTMLArticleText {
  let article: ArticleReport
  let report: VerificationReport

  /// The text as body nodes.
  func nodes() -> [HTMLNode.Body] {
    let claims = article.anchoredClaims.filter { article.text.isValid($0.anchor.span) && !$0.anchor.span.isEmpty }
    var boundaries = Set([0, article.text.count])
    for claim in claims {
      boundaries.insert(claim.anchor.span.start)
      boundaries.insert(claim.anchor.span.end)
    }
    let cuts = boundaries.sorted()
    var nodes: [HTMLNode.Body] = []
    var pending: (claim: Int?, start: Int, end: Int)?
    func flush() {
      guard let piece = pending else { return }
      let text = article.text[TextSpan(start: piece.start, end: piece.end)]
      if let index = piece.claim {
        nodes.append(mark(claims[index], text: text))
      } else {
        nodes.append(HTMLNode.text(text))
      }
      pending = nil
    }
    for (start, end) in zip(cuts, cuts.dropFirst()) where start < end {
      let piece = TextSpan(start: start, end: end)
      let covering = claims.indices.filter { claims[$0].anchor.span.contains(piece) }
      let innermost = covering.min { claims[$0].anchor.span.length < claims[$1].anchor.span.length }
      if let current = pending, current.claim == innermost, current.end == start {
        pending?.end = end
      } else {
        flush()
        pending = (innermost, start, end)
      }
      // The claim's number goes where the claim ends.
      for index in claims.indices where claims[index].anchor.span.end == end {
        flush()
        nodes.append(reference(claims[index]))
      }
    }
    flush()
    return nodes
  }

  private func mark(_ claim: ReportClaim, text: String) -> HTMLNode.Body {
    var classes = ["claim", claim.review.status.rawValue]
    if claim.review.conflict != nil { classes.append("conflict") }
    return HTMLNode.element(
      "mark", [("class", classes.joined(separator: " ")), ("title", tooltip(claim))], [HTMLNode.text(text)])
  }

  private func reference(_ claim: ReportClaim) -> HTMLNode.Body {
    let label = claim.reference.number.map(String.init) ?? "?"
    return HTMLNode.element(
      "sup", [("class", "ref")], [HTMLNode.link(label, anchor: report.anchor(of: claim.reference))])
  }

  /// What hovering a claim shows: number and verdict, note, source, caveats.
  private func tooltip(_ claim: ReportClaim) -> String {
    var lines = ["\(claim.reference.number.map(String.init) ?? "") \(ReportText.verdict(of: claim))"]
    if !claim.review.note.isEmpty { lines.append("Note: " + claim.review.note) }
    lines.append("Source: " + claim.sourceDescription)
    for caveat in claim.publicationCaveats { lines.append("Caveat (publication): " + claim.describe(caveat)) }
    for caveat in claim.reviewerCaveats { lines.append("Caveat (reviewer): " + caveat.text) }
    return lines.joined(separator: "\n")
  }
}
