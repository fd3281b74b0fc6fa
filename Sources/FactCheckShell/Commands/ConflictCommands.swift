import FactCheckCore
import Foundation

/// `conflicts` and `resolve`: list the claims a merge left with competing reviews, and adjudicate them.
enum ConflictCommands {
  /// The words `resolve` takes besides statuses: the claim's own review, then each competing one.
  static let sides = ["ours", "theirs"]

  static let conflicts = CommandSpec(
    name: "conflicts", usage: "conflicts [article]",
    abstract: "List the claims a merge left in conflict, with each side's verdict and note.",
    discussion: "Without an article, lists every article's conflicts. 'ours' is the claim's own review, "
      + "'theirs' the other branch's; when three or more reviewers disagreed, the further reviews are "
      + "'theirs2', 'theirs3'…\nAdjudicate in the open article with 'resolve <n> ours|theirs|<status> [note…]'.",
    group: .navigation, arguments: [.article]
  ) { shell, invocation in
    try invocation.expectAtMost(1)
    let files =
      try invocation.arguments.first.map { [try shell.workbench.resolveArticle($0.text)] }
      ?? shell.workbench.articleFiles()
    var total = 0
    var articles = 0
    var orphaned = 0
    for file in files {
      let review = try shell.workbench.review(file)
      orphaned += review.orphans.filter { $0.review.conflict != nil }.count
      let claims = review.claims.filter { $0.review.conflict != nil }
      guard !claims.isEmpty else { continue }
      total += claims.count
      articles += 1
      for claim in claims { printConflict(claim, in: review, shell: shell) }
    }
    if orphaned > 0 {
      shell.print(
        "\(orphaned) orphaned claim\(orphaned == 1 ? " is" : "s are") in conflict too: their text is no longer "
          + "in the article, so they cannot be resolved here")
    }
    guard total > 0 else {
      shell.print("no conflicts")
      return
    }
    shell.print(
      shell.wrapper.wrap(
        "\(total) claim\(total == 1 ? "" : "s") in conflict in \(articles) article\(articles == 1 ? "" : "s"); "
          + "adjudicate with 'resolve <n> ours|theirs|<status> [note…]' in the open article"))
  }

  static let resolve = CommandSpec(
    name: "resolve", usage: "resolve [n] ours|theirs|<status> [note…]",
    abstract: "Settle a claim's conflict: keep ours, take theirs, or give a verdict; saved and undoable.",
    discussion: "ours keeps the claim's own review; theirs (theirs2, theirs3…) takes that side's verdict, note "
      + "and dismissal; a status (verified, unverified, disputed, unreviewed) sets the verdict. A note replaces "
      + "the claim's note. Caveats and evidence from all sides were already combined by the merge.\n"
      + "Example: 'resolve 7 theirs' or 'resolve 7 disputed both sources retracted the figure'.",
    group: .verdicts, arguments: [.claimNumber, .choice(sides + ClaimStatus.allCases.map(\.rawValue)), .text]
  ) { shell, invocation in
    let number = try shell.claimNumber(invocation)
    let file = try shell.requireArticle()
    let place = invocation.claimNumber == nil ? 1 : 2
    guard let choice = invocation.arguments.first?.text else {
      throw ShellError.usage(command: "resolve", message: "missing ours, theirs or a status", argument: place)
    }
    let note = invocation.text(from: 1)
    let review = try shell.workbench.review(file)
    guard let claim = review.claim(number: number) else {
      throw ReviewError.noSuchClaim(number: number, count: review.claims.count)
    }
    guard let conflict = claim.review.conflict else {
      throw ShellError.usage(
        command: "resolve", message: "claim \(number) has no conflict (see 'conflicts')", argument: nil)
    }
    let decision = try decide(choice, conflict: conflict, argument: place)
    let (saved, outcome) = try shell.workbench.updateReview(
      of: number, in: file, summary: "resolve \(number) \(choice.lowercased())"
    ) { review in
      switch decision {
      case .ours: break
      case .alternative(let chosen):
        review.status = chosen.status
        review.note = chosen.note
        review.dismissed = chosen.dismissed
      case .status(let status):
        review.status = status
        review.dismissed = false
      }
      if !note.isEmpty { review.note = note }
      review.conflict = nil
    }
    shell.currentClaim[file] = saved.number
    ClaimSetCommands.confirm(saved, shell: shell)
    shell.reportSave(outcome, file: file)
    reportRemaining(in: file, shell: shell)
  }

  private enum Decision {
    case ours
    case alternative(Review)
    case status(ClaimStatus)
  }

  private static func decide(_ choice: String, conflict: ReviewConflict, argument: Int) throws -> Decision {
    let word = choice.lowercased()
    if word == "ours" { return .ours }
    let labels = labels(of: conflict)
    if let index = labels.firstIndex(of: word) { return .alternative(conflict.alternatives[index]) }
    if let status = ClaimStatus(parsing: word) { return .status(status) }
    let known = (["ours"] + labels + ClaimStatus.allCases.map(\.rawValue)).joined(separator: ", ")
    throw ShellError.usage(command: "resolve", message: "'\(choice)' is not one of \(known)", argument: argument)
  }

  /// The names of a conflict's competing reviews (`theirs`, then `theirs2`, `theirs3`…).
  static func labels(of conflict: ReviewConflict) -> [String] {
    conflict.alternatives.indices.map { $0 == 0 ? "theirs" : "theirs\($0 + 1)" }
  }

  private static func printConflict(_ claim: Claim, in review: ArticleReview, shell: Shell) {
    guard let conflict = claim.review.conflict else { return }
    let formatter = ClaimFormatter(style: shell.style, wrapper: shell.wrapper)
    let head = "\(TerminalText.sanitize(review.article.shortName)) " + shell.style.bold("claim \(claim.number)") + "  "
    let text = "\"" + TerminalText.sanitize(claim.text) + "\""
    shell.print(head + shell.wrapper.wrap(text, indent: 4, firstLineUsed: TerminalText.width(head)))
    let sides = [("ours", claim.review)] + zip(labels(of: conflict), conflict.alternatives).map { ($0, $1) }
    for (label, side) in sides { shell.print(formatter.conflictSide(label, side)) }
    if let base = conflict.base { shell.print(formatter.conflictSide("base", base)) }
  }

  private static func reportRemaining(in file: String, shell: Shell) {
    guard let review = try? shell.workbench.review(file) else { return }
    let left = review.claims.filter { $0.review.conflict != nil }
    let name = TerminalText.sanitize(review.article.shortName)
    if let next = left.first {
      shell.print(
        shell.style.dim(
          "\(left.count) conflict\(left.count == 1 ? "" : "s") left in \(name) (next: claim \(next.number))"))
      return
    }
    var message = "no conflicts left in \(name)"
    let url = shell.workbench.workspace.annotationURL(forArticleFile: file)
    if let repository = try? GitRepository.discover(from: url.deletingLastPathComponent()),
      let path = try? repository.relativePath(of: url), repository.isUnmerged(path)
    {
      message += "; tell git with 'git add \(TerminalText.sanitize(path))', then commit the merge"
    }
    shell.print(shell.style.dim(message))
  }
}
