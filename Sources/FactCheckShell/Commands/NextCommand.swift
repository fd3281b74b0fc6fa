import FactCheckCore

/// `next`: the next claim still to review, shown in context.
enum NextCommand {
  static let spec = CommandSpec(
    name: "next", aliases: ["n"], usage: "next",
    abstract: "Show the most check-worthy claim still to review, in context.",
    discussion:
      "Visits unreviewed claims best first: highest check-worthiness score, then reading order (sentences "
      + "that are not claims, such as captions, come last). When the open article has none left, opens the next "
      + "article that has some; with no article open, starts with the first. Once no article has an unreviewed "
      + "claim, it visits verdicts given to words that have changed since, to be given again.",
    group: .navigation
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    // Unreviewed claims anywhere come before verdicts on changed words anywhere.
    for (index, pass) in [unreviewed, changed].enumerated() {
      if let file = shell.openArticle {
        let review = try shell.workbench.review(file)
        if let claim = pass(review) {
          ShowCommand.show(claim, in: review, shell: shell)
          return
        }
        if index == 0 {
          shell.print(
            "all \(review.progress.total) claims of \(TerminalText.sanitize(review.article.shortName)) are reviewed")
        }
      }
      let files = try shell.workbench.articleFiles()
      let start = shell.openArticle.flatMap { files.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
      for file in files[start...] + files[..<start] where file != shell.openArticle {
        let review = try shell.workbench.review(file)
        guard let claim = pass(review) else { continue }
        try OpenCommand.open(file, shell: shell)
        shell.print("")
        ShowCommand.show(claim, in: review, shell: shell)
        return
      }
    }
    shell.print("every claim in every article is reviewed")
  }

  /// The most check-worthy unreviewed, undismissed claim.
  static func unreviewed(in review: ArticleReview) -> Claim? {
    bestFirst(review.claims.filter { $0.review.status == .unreviewed && !$0.review.dismissed }).first
  }

  /// The first verdict, in reading order, given to words that have changed since.
  static func changed(in review: ArticleReview) -> Claim? {
    review.claims.first { $0.review.changedWordsReviewed != nil }
  }

  /// `claims` ordered by check-worthiness, highest first; claims before non-claims; ties in reading order.
  static func bestFirst(_ claims: [Claim]) -> [Claim] {
    claims.sorted { lhs, rhs in
      if lhs.analysis.kind.isClaim != rhs.analysis.kind.isClaim { return lhs.analysis.kind.isClaim }
      if lhs.analysis.score != rhs.analysis.score { return lhs.analysis.score > rhs.analysis.score }
      return lhs.number < rhs.number
    }
  }
}
