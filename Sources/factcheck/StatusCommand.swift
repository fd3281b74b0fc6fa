import ArgumentParser
import FactCheckCore
import FactCheckShell
import Foundation

/// `factcheck status`: review progress per article and in total.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Print review progress per article and for the whole workspace."
  )

  @OptionGroup var workspace: WorkspaceOptions

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func run() throws {
    try CommandLineEdge.run {
      let workbench = try workspace.workbench()
      let rows = try workbench.statuses().map { (name: $0.name, progress: $0.progress, readOnly: $0.readOnly) }
      let total = rows.reduce(ReviewProgress()) { $0 + $1.progress }
      if json {
        var articles: [JSONNode] = []
        for row in rows {
          var members = ProgressJSON.members(row.progress)
          members["article"] = JSONNode(.string(row.name))
          if let reason = row.readOnly { members["readOnly"] = JSONNode(.string(reason.description)) }
          articles.append(JSONNode(.object(members)))
        }
        print(
          JSONWriter.document(
            .object(["articles": JSONNode(.array(articles)), "total": JSONNode(.object(ProgressJSON.members(total)))])),
          terminator: "")
        return
      }
      let width = max(5, rows.map(\.name.count).max() ?? 0)
      func line(_ name: String, _ progress: ReviewProgress) -> String {
        var text = name.padding(toLength: width, withPad: " ", startingAt: 0)
        text += "  \(progress.reviewed)/\(progress.total) reviewed"
        text += "  verified \(progress.count(.verified))  unverified \(progress.count(.unverified))"
        text += "  disputed \(progress.count(.disputed))"
        if progress.dismissed > 0 { text += "  dismissed \(progress.dismissed)" }
        if progress.conflicts > 0 { text += "  conflicts \(progress.conflicts)" }
        if progress.orphans > 0 { text += "  orphans \(progress.orphans)" }
        if progress.changed > 0 { text += "  changed since the verdict \(progress.changed)" }
        return text
      }
      for row in rows {
        print(
          line(TerminalText.sanitize(row.name), row.progress)
            + (row.readOnly.map { "  (read-only: \(TerminalText.sanitize($0.summary)))" } ?? ""))
      }
      print(line("total", total))
      WorkspaceNotes.print(WorkspaceNotes.notes(for: workbench.workspace, conflicts: total.conflicts))
    }
  }
}

/// JSON fields of a progress tally.
enum ProgressJSON {
  static func members(_ progress: ReviewProgress) -> [String: JSONNode] {
    var members: [String: JSONNode] = [
      "claims": JSONNode(.number(Double(progress.total))),
      "reviewed": JSONNode(.number(Double(progress.reviewed))),
      "dismissed": JSONNode(.number(Double(progress.dismissed))),
      "conflicts": JSONNode(.number(Double(progress.conflicts))),
      "orphans": JSONNode(.number(Double(progress.orphans))),
      "changed": JSONNode(.number(Double(progress.changed))),
    ]
    for status in ClaimStatus.allCases {
      members[status.rawValue] = JSONNode(.number(Double(progress.count(status))))
    }
    return members
  }
}
