import FactCheckCore

/// `show [n]`: a claim in its paragraph, with its review.
enum ShowCommand {
  static let spec = CommandSpec(
    name: "show", aliases: ["s"], usage: "show [n]",
    abstract: "Show a claim highlighted in its paragraph, with verdict, note, caveats and evidence.",
    discussion: "Without a number, shows the current claim.",
    group: .navigation, arguments: [.claimNumber]
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let number = try shell.claimNumber(invocation)
    let review = try shell.requireReview()
    guard let claim = review.claim(number: number) else {
      throw ReviewError.noSuchClaim(number: number, count: review.claims.count)
    }
    show(claim, in: review, shell: shell)
  }

  /// Prints `claim` in context and makes it the current claim.
  static func show(_ claim: Claim, in review: ArticleReview, shell: Shell) {
    shell.currentClaim[review.article.fileName] = claim.number
    let formatter = ClaimFormatter(style: shell.style, wrapper: shell.wrapper)
    shell.print(
      shell.style.bold("claim \(claim.number)")
        + " of \(review.claims.count) in \(TerminalText.sanitize(review.article.shortName))")
    shell.print(formatter.context(of: claim, in: review))
    shell.print("")
    for line in formatter.details(of: claim) { shell.print(line) }
  }
}
