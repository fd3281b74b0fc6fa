import FactCheckCore

/// `add`, `dismiss` and `restore`: change which sentences count as claims.
enum ClaimSetCommands {
  static let add = CommandSpec(
    name: "add", usage: "add [--occurrence K] \"<quoted text>\"",
    abstract: "Add a claim the splitter missed by quoting its text from the article.",
    discussion: "Matching ignores case, extra spaces and curly versus straight quotes. When the text appears more "
      + "than once (places that are already claims aside), the first place is taken (whole words before parts of "
      + "words) and the others are counted; --occurrence K takes the K-th.\n"
      + "Example: add \"At least one person died and four were injured\"",
    group: .annotation, arguments: [.text], options: ["--occurrence": .text]
  ) { shell, invocation in
    let quote = invocation.text()
    guard !quote.isEmpty else { throw ShellError.usage(command: "add", message: "missing quoted text", argument: 1) }
    if invocation.options["--occurrence"] == nil, quote.contains(" --occurrence") {
      throw ShellError.usage(command: "add", message: "put --occurrence K before the quoted text", argument: nil)
    }
    var occurrence = 1
    if let value = invocation.options["--occurrence"] {
      guard let number = Int(value), number > 0 else {
        throw ShellError.usage(command: "add", message: "--occurrence takes a number from 1", argument: nil)
      }
      occurrence = number
    }
    let file = try shell.requireArticle()
    let (claim, outcome, places) = try shell.workbench.addClaim(quoting: quote, in: file, occurrence: occurrence)
    shell.currentClaim[file] = claim.number
    shell.print("added claim \(claim.number): \(quoted(claim, shell: shell))")
    let count = try shell.workbench.review(file).claims.count
    if claim.number < count {
      shell.print(shell.style.dim("claims \(claim.number)–\(count - 1) are now numbered \(claim.number + 1)–\(count)"))
    }
    if places > 1, invocation.options["--occurrence"] == nil {
      let line = try shell.requireReview().article.text.lineAndColumn(of: claim.span.start).line
      shell.notice(
        "the text appears \(places) times; this is the first, on line \(line) "
          + "('undo', then 'add --occurrence K' for another)")
    }
    shell.reportSave(outcome, file: file)
  }

  static let dismiss = CommandSpec(
    name: "dismiss", usage: "dismiss [n]",
    abstract: "Mark a sentence as not a claim (kept in the file; 'restore' undoes it).",
    group: .annotation, arguments: [.claimNumber]
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let number = try shell.claimNumber(invocation)
    try AnnotateCommands.change(number, shell: shell, summary: "dismiss \(number)") { $0.dismissed = true }
  }

  static let restore = CommandSpec(
    name: "restore", aliases: ["undismiss"], usage: "restore [n]",
    abstract: "Count a dismissed sentence as a claim again.",
    group: .annotation, arguments: [.claimNumber]
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let number = try shell.claimNumber(invocation)
    try AnnotateCommands.change(number, shell: shell, summary: "restore \(number)") { $0.dismissed = false }
  }

  /// Prints a one-line confirmation of a claim's state after a change.
  static func confirm(_ claim: Claim, shell: Shell) {
    let formatter = ClaimFormatter(style: shell.style, wrapper: shell.wrapper)
    var line =
      "\(claim.number) " + formatter.statusLabel(claim.review, padded: false) + " " + quoted(claim, shell: shell)
    if !claim.review.note.isEmpty { line += shell.style.dim(" — " + TerminalText.sanitize(claim.review.note)) }
    var extras: [String] = []
    let caveats = claim.review.caveats.count
    let evidence = claim.review.evidence.count
    if caveats > 0 { extras.append("\(caveats) caveat\(caveats == 1 ? "" : "s")") }
    if evidence > 0 { extras.append("\(evidence) evidence") }
    if !extras.isEmpty { line += shell.style.dim(" [" + extras.joined(separator: ", ") + "]") }
    shell.print(shell.wrapper.wrap(line, indent: 2))
  }

  /// The claim's text in quotes, cut to about half the width.
  static func quoted(_ claim: Claim, shell: Shell) -> String {
    let limit = (shell.wrapper.width ?? 100) / 2
    return "\"" + TerminalText.truncate(TerminalText.sanitize(claim.text), to: max(20, limit)) + "\""
  }
}
