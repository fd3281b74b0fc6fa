import FactCheckCore
import Foundation

/// Notes `factcheck status` adds on standard error: open conflicts and git set-up problems.
enum WorkspaceNotes {
  /// The notes for `workspace` whose claims in conflict number `conflicts`.
  static func notes(for workspace: Workspace, conflicts: Int) -> [String] {
    var notes: [String] = []
    if conflicts > 0 {
      notes.append(
        "\(conflicts) claim\(conflicts == 1 ? " is" : "s are") in conflict after a merge: "
          + "adjudicate in the shell with 'conflicts' and 'resolve'")
    }
    if let repository = try? GitRepository.discover(from: workspace.articlesFolder),
      let setup = try? GitSetup(repository: repository, annotationsFolder: workspace.annotationsFolder, command: "")
    {
      notes += setup.problems()
    }
    return notes
  }

  /// Writes `notes` to standard error as `note: …` lines.
  static func print(_ notes: [String]) {
    let color = TerminalInfo.useColor(for: STDERR_FILENO)
    for note in notes {
      let label = color ? "\u{1B}[33mnote:\u{1B}[0m " : "note: "
      Console.error(label + note + "\n")
    }
  }
}
