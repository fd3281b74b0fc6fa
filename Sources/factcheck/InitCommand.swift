import ArgumentParser
import FactCheckCore
import Foundation

/// `factcheck init`: teaches the git repository to diff and merge annotation files per claim.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Set up git to show annotation diffs per claim and to merge annotation files per claim.",
    discussion: """
      Adds '<annotations>/*.json diff=factcheck merge=factcheck' to .gitattributes at the top of the \
      work tree (commit it, so every clone uses it), and sets diff.factcheck.textconv and \
      merge.factcheck.driver in the repository's own .git/config (which git never shares: every clone \
      runs 'factcheck init' once). The drivers run this executable by its absolute path; run \
      'factcheck init' again after moving it, or use --use-path when factcheck is installed on PATH. \
      Running it again changes nothing that is already right.
      """
  )

  @OptionGroup var workspace: WorkspaceOptions

  @Flag(help: "Run 'factcheck' as found on PATH instead of this executable's absolute path.")
  var usePath = false

  func run() throws {
    try CommandLineEdge.run {
      let workspace = try workspace.workspace()
      let repository = try GitRepository.discover(from: workspace.articlesFolder)
      let command = usePath ? "factcheck" : ShellQuote.quote(ExecutablePath.current())
      let setup = try GitSetup(repository: repository, annotationsFolder: workspace.annotationsFolder, command: command)
      let steps = try setup.install()
      let width = steps.map(\.place.count).max() ?? 0
      let changed = steps.contains { $0.outcome != .unchanged }
      print(
        changed
          ? "git now diffs and merges \(setup.pattern) per claim (in \(repository.root.path)):"
          : "already set up: git diffs and merges \(setup.pattern) per claim; nothing changed")
      for step in steps {
        let place = step.place.padding(toLength: width, withPad: " ", startingAt: 0)
        switch step.outcome {
        case .added: print("  \(place)  added    \(step.value)")
        case .changed(let old): print("  \(place)  changed  \(step.value)  (was \(old))")
        case .unchanged: print("  \(place)  kept     \(step.value)")
        }
      }
      if !setup.attributesSelectDrivers() {
        printError(
          "warning: git does not give \(setup.pattern) the factcheck drivers; another line in a "
            + ".gitattributes overrides it (check with 'git check-attr diff merge -- \(setup.pattern)')")
      }
      guard changed else { return }
      print("")
      if steps.first?.outcome == .added {
        print("Commit .gitattributes so that every clone merges annotation files per claim.")
      }
      print("Each clone runs 'factcheck init' once: git never shares .git/config.")
      if !usePath {
        print("The drivers run \(ExecutablePath.current()); run 'factcheck init' again if it moves.")
      }
    }
  }

  private func printError(_ text: String) {
    Console.error(text + "\n")
  }
}
