import FactCheckCore

/// `open <article>`: make an article the one under review.
enum OpenCommand {
  static let spec = CommandSpec(
    name: "open", aliases: ["o"], usage: "open <article>",
    abstract: "Open an article by number, unique prefix or file name.",
    discussion: "Examples: 'open 1', 'open 001', 'open 001_154f', 'open 001_154fe191a45418ec.txt'.",
    group: .navigation, arguments: [.article]
  ) { shell, invocation in
    guard let query = invocation.arguments.first?.text else {
      throw ShellError.usage(command: "open", message: "missing article", argument: 1)
    }
    try invocation.expectAtMost(1)
    let file = try shell.workbench.resolveArticle(query)
    try open(file, shell: shell)
  }

  /// Opens `file` and prints its header and any notices about its annotations.
  static func open(_ file: String, shell: Shell) throws {
    let review = try shell.workbench.review(file)
    shell.openArticle = file
    let article = review.article
    let progress = review.progress
    shell.print(
      shell.style.bold(TerminalText.sanitize(article.fileName))
        + " — \(progress.total) claim\(progress.total == 1 ? "" : "s"), "
        + "\(progress.reviewed) reviewed" + (progress.dismissed > 0 ? ", \(progress.dismissed) dismissed" : ""))
    let formatter = ClaimFormatter(style: shell.style, wrapper: shell.wrapper)
    if let date = article.layout.date { shell.print(formatter.field("date", TerminalText.sanitize(date))) }
    if let headline = article.layout.headline {
      shell.print(
        formatter.field("headline", TerminalText.sanitize(ClaimExtractor.displayText(article.text[headline]))))
    }
    for (offset, point) in article.layout.keyPoints.enumerated() {
      let text = TerminalText.sanitize(ClaimExtractor.displayText(article.text[point]))
      shell.print(formatter.field(offset == 0 ? "key points" : "", "\(offset + 1). \(text)"))
    }
    if let reason = review.readOnly {
      shell.notice("opened read-only: " + TerminalText.sanitize(reason.description))
    }
    let path = shell.workbench.store.displayPath(forArticleFile: file)
    for line in AnchoringNotice.lines(for: review.anchoring, in: review, path: path) { shell.notice(line) }
  }
}
