import FactCheckCore

/// `orphans [article|all]`: reviewed claims whose text is no longer in their article.
enum OrphansCommand {
  static let spec = CommandSpec(
    name: "orphans", usage: "orphans [article|all]",
    abstract: "List reviewed claims whose text is no longer in the article (they stay in the file).",
    discussion: "When an article is edited after review and a claim's text cannot be found in it any more, even "
      + "approximately, the claim is an orphan: its verdict, note, caveats and evidence stay in the annotation file, "
      + "untouched, and are listed here. Without an argument, lists the open article's orphans, or every "
      + "article's when none is open; 'orphans all' lists every article's.",
    group: .navigation, arguments: [.article]
  ) { shell, invocation in
    try invocation.expectAtMost(1)
    let files: [String]
    if let query = invocation.arguments.first?.text, query != "all" {
      files = [try shell.workbench.resolveArticle(query)]
    } else if invocation.arguments.isEmpty, let file = shell.openArticle {
      files = [file]
    } else {
      files = try shell.workbench.articleFiles()
    }
    var total = 0
    for file in files {
      let review = try shell.workbench.review(file)
      guard !review.orphans.isEmpty else { continue }
      total += review.orphans.count
      let path = shell.workbench.store.displayPath(forArticleFile: file)
      shell.print(
        shell.style.bold(TerminalText.sanitize(review.article.shortName))
          + " — \(count(review.orphans.count)), kept in "
          + TerminalText.sanitize(path))
      for (offset, orphan) in review.orphans.enumerated() { print(orphan, index: offset + 1, shell: shell) }
    }
    if total == 0 {
      let place =
        files.count == 1 ? " in \(TerminalText.sanitize(Article.shortName(of: Article.name(ofFile: files[0]))))" : ""
      shell.print("no orphaned claims\(place)")
    }
  }

  private static func count(_ count: Int) -> String {
    "\(count) orphaned claim\(count == 1 ? "" : "s")"
  }

  /// Prints one orphan: verdict, quote and note, then where it was and who reviewed it.
  private static func print(_ orphan: ClaimAnnotation, index: Int, shell: Shell) {
    let formatter = ClaimFormatter(style: shell.style, wrapper: shell.wrapper)
    let quote = TerminalText.sanitize(ClaimExtractor.displayText(orphan.anchor.quote))
    var line = "\(index). " + formatter.statusLabel(orphan.review, padded: false) + " \"\(quote)\""
    if !orphan.review.note.isEmpty { line += " — " + TerminalText.sanitize(orphan.review.note) }
    shell.print("  " + shell.wrapper.wrap(line, indent: 5, firstLineUsed: 2))
    var details =
      "id \(TerminalText.sanitize(orphan.id)) · was at \(orphan.anchor.span.start)–\(orphan.anchor.span.end)"
    let review = orphan.review
    if !review.reviewer.isEmpty { details += " · \(TerminalText.sanitize(review.reviewer))" }
    if let updated = review.updated { details += ", \(updated)" }
    let extras = review.caveats.count + review.evidence.count
    if extras > 0 { details += " · \(review.caveats.count) caveat(s), \(review.evidence.count) evidence" }
    shell.print("     " + shell.style.dim(details))
  }
}
