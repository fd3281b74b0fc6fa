import ArgumentParser
import FactCheckCore
import FactCheckShell
import Foundation

/// `factcheck agreement A B`: how far two reviews agree.
struct AgreementCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agreement",
    abstract: "Compare two reviews: verdict counts, Cohen's κ, Krippendorff's α, and the claims in disagreement.",
    discussion: """
      A and B are each a git revision (a branch such as 'ada', a tag, a commit) or a folder of annotation \
      files (an existing folder wins over a branch of the same name). Claims are paired by article and \
      claim id. A claim's label is its verdict, or 'dismissed'; unreviewed claims have none. Only claims \
      labelled on both sides count; claims labelled on one side only, or still in conflict, are counted \
      apart. Also prints observed agreement and Gwet's AC1, which stays meaningful when one verdict \
      dominates. See docs/git.md for the formulas.
      """
  )

  @OptionGroup var workspace: WorkspaceOptions

  @Argument(help: ArgumentHelp("The first review: a revision or a folder.", valueName: "a"))
  var a: String

  @Argument(help: ArgumentHelp("The second review: a revision or a folder.", valueName: "b"))
  var b: String

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func run() throws {
    try CommandLineEdge.run {
      let workspace = try? workspace.workspace()
      let left = try ComparisonSide.snapshot(a, workspace: workspace)
      let right = try ComparisonSide.snapshot(b, workspace: workspace)
      let report = AgreementReport(a: left, b: right)
      let workbench = workspace.map { Workbench(workspace: $0, reviewer: "") }
      let number: (String, String) -> Int? = { file, id in
        (try? workbench?.review(file))??.claim(id: id)?.number
      }
      let output =
        json
        ? AgreementJSON.document(report, a: left, b: right, number: number)
        : AgreementRenderer(color: TerminalInfo.useColor(for: STDOUT_FILENO), number: number).text(
          report, a: left, b: right)
      Console.out(output)
    }
  }
}
