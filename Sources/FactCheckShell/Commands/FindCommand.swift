import FactCheckCore
import Foundation

/// `find <text>`: claims containing a text, across all articles.
enum FindCommand {
  static let spec = CommandSpec(
    name: "find", aliases: ["f", "/"], usage: "find <text>",
    abstract: "Find claims containing a text in every article.",
    discussion: "Ignores case, accents and the difference between curly and straight quotes.",
    group: .navigation, arguments: [.text]
  ) { shell, invocation in
    let query = invocation.text()
    guard !query.isEmpty else { throw ShellError.usage(command: "find", message: "missing text", argument: 1) }
    let needle = fold(query)
    let formatter = ClaimFormatter(style: shell.style, wrapper: shell.wrapper)
    var found = 0
    for file in try shell.workbench.articleFiles() {
      let review = try shell.workbench.review(file)
      for claim in review.claims where fold(claim.text).contains(needle) {
        found += 1
        let place = "\(TerminalText.sanitize(review.article.shortName)):\(claim.number)"
        shell.print("  " + shell.style.bold(place) + "  " + formatter.statusAndText(claim, used: 4 + place.count))
      }
    }
    shell.print(
      found == 0
        ? "no claims contain \"\(TerminalText.sanitize(query))\"" : "\(found) claim\(found == 1 ? "" : "s") found")
  }

  private static func fold(_ text: String) -> String {
    ClaimIdentifier.normalize(text).folding(options: [.diacriticInsensitive], locale: nil)
  }
}
