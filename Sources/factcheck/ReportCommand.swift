import ArgumentParser
import FactCheckCore
import FactCheckShell
import Foundation

/// `factcheck report [ARTICLE…]`: a verification report to publish, in one of six formats.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a verification report: Markdown, HTML, CSV, JSON, ClaimReview or Web Annotation.",
    discussion: """
      A summary of the corpus (articles, claims, verdicts, open conflicts), the figures and statements that \
      disagree across articles, then each article with its claims: verdict, text, source, the publication's and \
      the reviewer's caveats, note, evidence, and links to claims that bear on it. Orphaned claims are listed, \
      flagged. Without articles, reports on every article. The format defaults to Markdown, or to what the \
      output file's extension implies (.md, .html, .csv, .json). claimreview and webannotation are JSON-LD for \
      publishing: one item per claim with a verdict; claims still in conflict are left out, with a note.
      """
  )

  @OptionGroup var workspace: WorkspaceOptions

  @Argument(help: ArgumentHelp("Articles by number, unique prefix or file name (default: all).", valueName: "article"))
  var articles: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp("One of \(ReportFormat.names.joined(separator: ", ")) (default: md).", valueName: "format"))
  var format: String?

  @Option(
    name: [.short, .long],
    help: ArgumentHelp("Write to this file instead of standard output ('-': standard output).", valueName: "file"))
  var output: String?

  @Flag(help: "List only claims with a verdict (orphans and conflicts are always listed).")
  var reviewed = false

  @Option(
    name: .customLong("base-url"),
    help: ArgumentHelp(
      "Where the HTML report will be published, for the url of each ClaimReview (default: #fragments).",
      valueName: "url"))
  var baseURL: String?

  func validate() throws {
    if let format, ReportFormat(name: format) == nil {
      throw ValidationError("unknown format '\(format)' (\(ReportFormat.names.joined(separator: ", ")))")
    }
    if format == nil, let output, let ambiguity = ReportFormat.ambiguity(ofFileName: output) {
      throw ValidationError(ambiguity)
    }
  }

  func run() throws {
    try CommandLineEdge.run {
      let chosen =
        format.flatMap(ReportFormat.init(name:)) ?? output.flatMap(ReportFormat.implied(byFileName:)) ?? .markdown
      let workbench = try workspace.workbench()
      let report = try workbench.report(
        articles: articles, options: ReportOptions(reviewedOnly: reviewed, baseURL: baseURL))
      let rendered = ReportRenderer.stream(report, as: chosen)
      WorkspaceNotes.print(rendered.notices)
      guard let output, output != "-" else {
        let terminal = TerminalInfo.isTerminal(STDOUT_FILENO)
        for chunk in rendered.chunks {
          let text = terminal ? TerminalText.sanitize(chunk, keepNewlines: true) : chunk
          FileHandle.standardOutput.write(Data(text.utf8))
        }
        try report.changes.check()
        return
      }
      let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
      try Workbench.writeReport(
        chunks: rendered.chunks, to: output, relativeTo: directory, check: report.changes.check)
      let claims = report.summary.progress.total
      FileHandle.standardError.write(
        Data(
          "wrote \(output) (\(chosen.rawValue); \(report.articles.count) article\(report.articles.count == 1 ? "" : "s"), \(claims) claim\(claims == 1 ? "" : "s"))\n"
            .utf8))
    }
  }
}
