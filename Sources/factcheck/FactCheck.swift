import ArgumentParser

/// The `factcheck` command: a fact-check annotation workbench.
@main
struct FactCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factcheck",
    abstract: "Review news articles claim by claim; verdicts are saved as JSON beside the articles.",
    discussion: """
      With no subcommand, opens the review shell on the workspace: the nearest seeds/ folder \
      at or above the current directory, with annotations in annotations/ beside it.
      """,
    version: "0.1.0",
    subcommands: [
      ShellCommand.self, ExtractCommand.self, SegmentCommand.self, ScoreCommand.self, StatusCommand.self,
      ReportCommand.self,
      InitCommand.self, DiffCommand.self, AgreementCommand.self, TextconvCommand.self, MergeDriverCommand.self,
    ],
    defaultSubcommand: ShellCommand.self
  )
}
