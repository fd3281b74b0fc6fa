import ArgumentParser
import FactCheckCore
import FactCheckShell
import Foundation

/// `factcheck diff [REV [REV]]`: what changed in the reviews, claim by claim.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "Show what changed in the reviews between two revisions, claim by claim.",
    discussion: """
      With no revision, compares HEAD with the working tree; with one, that revision with the working \
      tree; with two, the first with the second. Per article: claims whose verdict, note, caveats or \
      evidence changed, claims reviewed for the first time or added, reviews taken back, dismissals, \
      conflicts, and claims orphaned because their text left the article. Claims are numbered as in the \
      shell, from the newer article. Revisions are read through git.
      """
  )

  @OptionGroup var workspace: WorkspaceOptions

  @Argument(help: ArgumentHelp("Up to two revisions (default: HEAD and the working tree).", valueName: "rev"))
  var revisions: [String] = []

  @Flag(help: "Print only the number of changes per article.")
  var stat = false

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func validate() throws {
    guard revisions.count <= 2 else { throw ValidationError("at most two revisions") }
  }

  func run() throws {
    try CommandLineEdge.run {
      let workspace = try workspace.workspace()
      let old = try ComparisonSide.revision(revisions.first ?? "HEAD", workspace: workspace)
      let new =
        revisions.count == 2
        ? try ComparisonSide.revision(revisions[1], workspace: workspace) : AnnotationSnapshot.workingTree(workspace)
      let articles = AnnotationDiff.compare(old, new)
      let output: String
      if json {
        output = DiffJSON.document(articles, from: old, to: new)
      } else {
        let renderer = DiffRenderer(color: TerminalInfo.useColor(for: STDOUT_FILENO))
        output = stat ? renderer.stat(articles) : renderer.text(articles)
      }
      Console.out(output)
    }
  }
}
