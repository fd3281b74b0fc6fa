import ArgumentParser

/// `factcheck-bench`: generates benchmark corpora and measures factcheck on them (release builds only).
@main
struct FactCheckBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factcheck-bench",
    abstract: "Generate benchmark corpora and measure factcheck on them.",
    discussion: "scripts/benchmark runs the whole benchmark and prints the table of docs/performance.md.",
    subcommands: [CorpusCommand.self, ExtractionCommand.self, ReviewCommand.self]
  )
}
