import FactCheckCore

/// `sources`: who claims what in the open article.
enum SourcesCommand {
  static let spec = CommandSpec(
    name: "sources", aliases: ["who"], usage: "sources",
    abstract: "List who makes which claims in the open article, and what the publication asserts itself.",
    discussion:
      "Sources are found from reporting verbs (\"X said\", \"X told\"), \"according to X\", quotations and "
      + "pronouns resolved to the person named last. Claims with no source are the publication's own "
      + "assertions. Sentences that are not claims (captions, credits, boilerplate) are left out.",
    group: .navigation
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let review = try shell.requireReview()
    var order: [String] = []
    var groups: [String: [Claim]] = [:]
    var publication: [Claim] = []
    for claim in review.claims where claim.analysis.kind.isClaim {
      guard var source = claim.analysis.attribution?.source else {
        publication.append(claim)
        continue
      }
      // "Igor Konashenkov" joins "Defense Ministry spokesman Igor Konashenkov" seen first, and the other way round.
      if let known = order.first(where: { $0.hasSuffix(" " + source) || source.hasSuffix(" " + $0) }) { source = known }
      if groups[source] == nil { order.append(source) }
      groups[source, default: []].append(claim)
    }
    guard !order.isEmpty || !publication.isEmpty else {
      shell.print("no claims in this article")
      return
    }
    let formatter = ClaimFormatter(style: shell.style, wrapper: shell.wrapper)
    let numberWidth = String(review.claims.count).count
    func list(_ title: String, _ claims: [Claim]) {
      let count = "\(claims.count) claim\(claims.count == 1 ? "" : "s")"
      shell.print(shell.style.bold(title) + shell.style.dim("  (\(count))"))
      for claim in claims {
        let cue = claim.analysis.attribution.map { " [\(TerminalText.sanitize($0.cue))]" } ?? ""
        let number = String(claim.number)
        let head = "  " + String(repeating: " ", count: max(0, numberWidth - number.count)) + number + " "
        let used = TerminalText.width(head) + TerminalText.width(cue)
        shell.print(head + formatter.statusAndText(claim, used: used) + shell.style.dim(cue))
      }
    }
    for source in order {
      list(TerminalText.sanitize(source), groups[source] ?? [])
    }
    if !publication.isEmpty { list("the publication (unattributed)", publication) }
  }
}
