import FactCheckCore

/// `undo` and `redo`: step back and forth through changes, across articles.
enum HistoryCommands {
  static let undo = CommandSpec(
    name: "undo", usage: "undo",
    abstract: "Revert the last change and save.",
    discussion: "Works across articles and keeps up to 1,000 steps; each undo is saved at once.",
    group: .session
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let (step, outcome) = try shell.workbench.undo()
    report(step, verb: "undid", shell: shell)
    shell.reportSave(outcome, file: step.articleFile)
  }

  static let redo = CommandSpec(
    name: "redo", usage: "redo",
    abstract: "Reapply the last undone change and save.",
    group: .session
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let (step, outcome) = try shell.workbench.redo()
    report(step, verb: "redid", shell: shell)
    shell.reportSave(outcome, file: step.articleFile)
  }

  private static func report(_ step: HistoryStep, verb: String, shell: Shell) {
    let name = TerminalText.sanitize(Article.name(ofFile: step.articleFile))
    let claim = try? shell.workbench.review(step.articleFile).claim(id: step.claimID)
    let place =
      claim.map { "claim \($0.number) of \(Article.shortName(of: name))" }
      ?? "a claim of \(Article.shortName(of: name))"
    shell.print("\(verb) \(step.summary) (\(place))")
    if let claim, step.articleFile == shell.openArticle { shell.currentClaim[step.articleFile] = claim.number }
  }
}
