import FactCheckCore

/// `progress`: how far the review has come, per article and for the corpus.
enum ProgressCommand {
  static let spec = CommandSpec(
    name: "progress", aliases: ["p"], usage: "progress",
    abstract: "Show progress per article and for the whole corpus.",
    group: .navigation
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let rows = try shell.workbench.statuses().map { ($0.shortName, $0.progress) }
    let total = rows.reduce(ReviewProgress()) { $0 + $1.1 }
    let nameWidth = max(5, rows.map(\.0.count).max() ?? 0)
    for (name, progress) in rows { shell.print(line(name, progress, nameWidth: nameWidth, shell: shell)) }
    shell.print(shell.style.bold(line("total", total, nameWidth: nameWidth, shell: shell)))
  }

  /// One progress row: name, count, bar, percentage and verdict counts.
  static func line(_ name: String, _ progress: ReviewProgress, nameWidth: Int, shell: Shell) -> String {
    let count = "\(progress.reviewed)/\(progress.total)"
    let percent = Int((progress.fraction * 100).rounded(.down))
    let filled = Int((progress.fraction * 10).rounded(.down))
    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: 10 - filled)
    var text = "  " + name.padding(nameWidth) + "  " + count.padding(9) + " " + bar + " "
    text += String(repeating: " ", count: 3 - String(percent).count) + "\(percent)%"
    text += "  " + shell.style.green("✓\(progress.count(.verified))") + " "
    text +=
      shell.style.yellow("?\(progress.count(.unverified))") + " " + shell.style.red("✗\(progress.count(.disputed))")
    if progress.dismissed > 0 { text += shell.style.dim("  \(progress.dismissed) dismissed") }
    if progress.conflicts > 0 { text += shell.style.magenta("  \(progress.conflicts) in conflict") }
    if progress.orphans > 0 { text += shell.style.dim("  \(progress.orphans) orphaned") }
    if progress.changed > 0 { text += shell.style.yellow("  \(progress.changed) changed since the verdict") }
    return text
  }
}
