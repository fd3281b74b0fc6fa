import ArgumentParser
import FactCheckCore
import Foundation

/// `factcheck score`: check-worthiness of sentences read one per line.
struct ScoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract: "Read one sentence per line on standard input; print one check-worthiness score per line.",
    discussion: """
      Scores are in [0, 1], printed with three decimals; higher means more worth checking. \
      An empty line scores 0. With --kind, each line also gets the kind of statement, after a tab.
      """
  )

  @Flag(help: "Also print the kind of statement (numeric, quote, opinion…) after a tab.")
  var kind = false

  func run() throws {
    try CommandLineEdge.run {
      let scorer = CheckWorthinessScorer()
      var output = ""
      while let line = Swift.readLine(strippingNewline: true) {
        let scalars = Array(line.unicodeScalars)
        let span = TextSpan(start: 0, end: scalars.count)
        let analysis = ArticleAnalysis(text: ArticleText(line), layout: ArticleLayout(), claims: [])
          .analysis(ofSpan: span, in: ArticleText(line))
        var row = String(format: "%.3f", scorer.score(scalars, span: span))
        if kind { row += "\t" + analysis.kind.rawValue }
        output += row + "\n"
        if output.utf8.count > 1 << 16 {
          print(output, terminator: "")
          output = ""
        }
      }
      print(output, terminator: "")
    }
  }
}
