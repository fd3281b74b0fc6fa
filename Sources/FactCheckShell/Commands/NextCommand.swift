import FactCheckCore

/// `next`: the next claim still to review, shown in context.
enum NextCommand {
  static let spec = CommandSpec(
    name: "next", aliases: ["n"], usage: "next",
    abstract: "Show the next unreviewed claim in context.",
    discussion:
      "Goes on from the current claim in reading order. When the open article is done, opens the next "
      + "article that still has unreviewed claims. With no article open, starts with the first such article.",
    group: .navigation
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    if let file = shell.openArticle {
      let review = try shell.workbench.review(file)
      if let claim = nextUnreviewed(in: review, after: shell.currentClaim[file] ?? 0) {
        ShowCommand.show(claim, in: review, shell: shell)
        return
      }
      shell.print(
        "all \(review.progress.total) claims of \(TerminalText.sanitize(review.article.shortName)) are reviewed")
    }
    let files = try shell.workbench.articleFiles()
    let start = shell.openArticle.flatMap { files.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
    for file in files[start...] + files[..<start] where file != shell.openArticle {
      let review = try shell.workbench.review(file)
      guard let claim = nextUnreviewed(in: review, after: 0) else { continue }
      try OpenCommand.open(file, shell: shell)
      shell.print("")
      ShowCommand.show(claim, in: review, shell: shell)
      return
    }
    shell.print("every claim in every article is reviewed")
  }

  /// The first unreviewed, undismissed claim after number `current`, wrapping around.
  static func nextUnreviewed(in review: ArticleReview, after current: Int) -> Claim? {
    let pending = review.claims.filter { $0.review.status == .unreviewed && !$0.review.dismissed }
    return pending.first { $0.number > current } ?? pending.first
  }
}
