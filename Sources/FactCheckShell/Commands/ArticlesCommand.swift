import FactCheckCore

/// `articles`: every article with its date, progress and title.
enum ArticlesCommand {
  static let spec = CommandSpec(
    name: "articles", aliases: ["ls"], usage: "articles",
    abstract: "List the articles with their dates and progress.",
    discussion: "The open article is marked with '>'. Open one by its number, a unique prefix or its file name.",
    group: .navigation
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let files = try shell.workbench.articleFiles()
    guard !files.isEmpty else {
      let folder = shell.workbench.workspace.display(shell.workbench.workspace.articlesFolder)
      shell.print("no articles in \(TerminalText.sanitize(folder))/")
      return
    }
    let statuses = try shell.workbench.statuses()
    let names = statuses.map { TerminalText.sanitize($0.shortName) }
    let nameWidth = names.map { TerminalText.width($0) }.max() ?? 3
    let counts = statuses.map { "\($0.progress.reviewed)/\($0.progress.total)" }
    let countWidth = counts.map(\.count).max() ?? 3
    for (index, (status, count)) in zip(statuses, counts).enumerated() {
      let marker = status.fileName == shell.openArticle ? shell.style.bold(">") : " "
      let name = names[index].padding(nameWidth)
      let date = TerminalText.sanitize(status.date ?? "").padding(10)
      let progress = String(repeating: " ", count: countWidth - count.count) + count
      let used = 1 + 1 + nameWidth + 2 + 10 + 2 + countWidth + 2
      var title = TerminalText.sanitize(status.title)
      if let width = shell.wrapper.width { title = TerminalText.truncate(title, to: max(10, width - used)) }
      let done = status.progress.total > 0 && status.progress.reviewed == status.progress.total
      shell.print(
        "\(marker) \(shell.style.bold(name))  \(shell.style.dim(date))  "
          + (done ? shell.style.green(progress) : progress) + "  " + title)
    }
  }
}

extension String {
  /// The string padded with spaces to `width` columns.
  func padding(_ width: Int) -> String {
    self + String(repeating: " ", count: max(0, width - TerminalText.width(self)))
  }
}
