import ArgumentParser
import FactCheckCore
import FactCheckShell
import Foundation

/// `factcheck merge-driver %O %A %B`: git's merge driver for annotation files.
struct MergeDriverCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "merge-driver",
    abstract: "Merge three versions of an annotation file per claim (git's merge driver; see 'factcheck init').",
    discussion: """
      Writes the merge of BASE, OURS and THEIRS into OURS. Changes to different claims, or to different \
      fields of one claim, merge cleanly; caveats and evidence merge as sets. When both sides gave one \
      claim different verdicts, notes or dismissals, the claim keeps ours and records theirs in its \
      'conflict', the file stays valid JSON (no conflict markers), and the exit status is 1 so that git \
      reports the file as conflicted: adjudicate with 'conflicts' and 'resolve' in the shell, then \
      'git add' the file.
      """
  )

  @Argument(help: ArgumentHelp("The common ancestor's version (git's %O).", valueName: "base"))
  var base: String

  @Argument(help: ArgumentHelp("Our version, replaced by the result (git's %A).", valueName: "ours"))
  var ours: String

  @Argument(help: ArgumentHelp("Their version (git's %B).", valueName: "theirs"))
  var theirs: String

  @Option(help: ArgumentHelp("The file's path in the repository, for messages (git's %P).", valueName: "path"))
  var path: String?

  func run() throws {
    try CommandLineEdge.run {
      let name = path ?? ours
      func url(_ path: String) -> URL { URL(fileURLWithPath: path) }
      guard let result = try MergeDriver.run(base: url(base), ours: url(ours), theirs: url(theirs), path: path)
      else { return }
      let carried = result.conflicts.count - result.clashes.count
      if carried > 0 {
        report(
          "factcheck: \(name): \(carried) claim\(carried == 1 ? "" : "s") still in conflict from an earlier merge")
      }
      guard !result.clashes.isEmpty else { return }
      report(
        "factcheck: \(name): \(result.clashes.count) claim\(result.clashes.count == 1 ? "" : "s") reviewed "
          + "differently on both sides; both reviews are kept in the file:")
      for id in result.clashes {
        guard let claim = result.merged[id], let conflict = claim.review.conflict else { continue }
        let sides = [claim.review] + conflict.alternatives
        let verdicts = sides.map { review in
          (review.dismissed ? "dismissed" : review.status.rawValue)
            + (review.reviewer.isEmpty ? "" : " (\(TerminalText.sanitize(review.reviewer)))")
        }
        report(
          "  \(id) \"\(AnnotationTextconv.shortQuote(claim.anchor.quote))\": " + verdicts.joined(separator: " vs "))
      }
      report("adjudicate with 'factcheck' then 'conflicts' and 'resolve', then 'git add \(name)'")
      throw ExitCode.failure
    }
  }

  private func report(_ text: String) {
    Console.error(text + "\n")
  }
}
