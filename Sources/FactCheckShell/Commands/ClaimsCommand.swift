import FactCheckCore

/// `claims [--status S] [--sort score]`: the open article's claims with their verdicts, kinds and scores.
enum ClaimsCommand {
  static let filters = ClaimStatus.allCases.map(\.rawValue) + ["dismissed", "conflict", "changed"]
  static let orders = ["reading", "score"]

  static let spec = CommandSpec(
    name: "claims", aliases: ["list", "l"], usage: "claims [--status S] [--sort score]",
    abstract: "List the open article's claims with their verdicts, kinds and check-worthiness.",
    discussion:
      "Each line shows the verdict, the kind of statement (numeric, quote, attributed, opinion, factual; "
      + "not claims: question, headline, caption, photo-credit, boilerplate, embed, metadata, fragment) and a "
      + "check-worthiness score from 0 to 1.\n"
      + "--status takes unreviewed, verified, unverified, disputed, dismissed, conflict or changed, or a unique "
      + "prefix; changed lists verdicts given to words edited since (marked * after the verdict).\n"
      + "--sort score lists the most check-worthy first; --sort reading (the default) keeps reading order.",
    group: .navigation, options: ["--status": .choice(filters), "--sort": .choice(orders)]
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let review = try shell.requireReview()
    var claims = review.claims
    if let filter = invocation.options["--status"] {
      let matches = filters.filter { $0.hasPrefix(filter.lowercased()) }
      guard !filter.isEmpty, let name = matches.count == 1 ? matches.first : matches.first(where: { $0 == filter })
      else {
        if matches.count > 1 {
          throw ShellError.usage(
            command: "claims", message: "'\(filter)' is ambiguous: \(matches.joined(separator: ", "))", argument: nil)
        }
        throw ShellError.usage(
          command: "claims", message: "'\(filter)' is not a status (\(filters.joined(separator: ", ")))", argument: nil)
      }
      claims = claims.filter { claim in
        switch name {
        case "dismissed": claim.review.dismissed
        case "conflict": claim.review.conflict != nil
        case "changed": claim.review.changedWordsReviewed != nil
        default: !claim.review.dismissed && claim.review.status.rawValue == name
        }
      }
    }
    if let order = invocation.options["--sort"] {
      guard let name = orders.first(where: { $0.hasPrefix(order.lowercased()) }), !order.isEmpty else {
        throw ShellError.usage(
          command: "claims", message: "'\(order)' is not an order (\(orders.joined(separator: ", ")))", argument: nil)
      }
      if name == "score" { claims = NextCommand.bestFirst(claims) }
    }
    guard !claims.isEmpty else {
      shell.print(review.claims.isEmpty ? "no claims in this article" : "no claims match")
      return
    }
    let formatter = ClaimFormatter(style: shell.style, wrapper: shell.wrapper)
    let numberWidth = String(review.claims.count).count
    let current = shell.currentClaim[review.article.fileName]
    for claim in claims {
      shell.print(formatter.listLine(claim, numberWidth: numberWidth, isCurrent: claim.number == current))
    }
  }
}
