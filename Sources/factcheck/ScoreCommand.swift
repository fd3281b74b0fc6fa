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
      The lines are read as one document (a transcript, an article): content words it keeps \
      repeating raise the score of the sentences that use them. An empty line scores 0. With \
      --kind, each line also gets the kind of statement, after a tab.
      """
  )

  @Flag(help: "Also print the kind of statement (numeric, quote, opinion…) after a tab.")
  var kind = false

  func run() throws {
    try CommandLineEdge.run {
      var lines: [String] = []
      while let line = Swift.readLine(strippingNewline: true) { lines.append(line) }
      // The lines form one document: words it keeps repeating mark its main topics (see the scorer).
      let scores = CheckWorthinessScorer().scores(ofDocument: lines)
      var output = ""
      for (line, score) in zip(lines, scores) {
        var row = String(format: "%.3f", score)
        if kind {
          let text = ArticleText(line)
          let analysis = ArticleAnalysis(text: text, layout: ArticleLayout(), claims: [])
            .analysis(ofSpan: text.fullSpan, in: text)
          row += "\t" + analysis.kind.rawValue
        }
        output += row + "\n"
      }
      print(output, terminator: "")
    }
  }
}
