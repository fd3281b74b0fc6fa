import FactCheckCore
import Foundation

/// `report [article…] [--format F] [-o FILE]`: a verification report, shown or written to a file.
enum ReportCommand {
  static let spec = CommandSpec(
    name: "report", usage: "report [article…] [--format F] [-o file]",
    abstract: "Write a verification report (md, html, csv, json, claimreview, webannotation), or show it.",
    discussion: "A corpus summary, the figures and statements that disagree across articles, then each article's "
      + "claims with verdict, source, the publication's and the reviewer's caveats, note, evidence and links. "
      + "Without articles, reports on all; without -o, shows it here. The format defaults to md, or to what the "
      + "file's extension implies (.md, .html, .csv, .json). --reviewed lists only claims with a verdict; "
      + "--base-url gives the address the HTML report will have, for the url of each ClaimReview.\n"
      + "Example: 'report --format html -o review.html' or 'report 002 --format claimreview -o 002.jsonld'.",
    group: .corpus, arguments: [.article],
    options: [
      "--format": .choice(ReportFormat.names), "--output": .text, "-o": .text, "--reviewed": .flag,
      "--base-url": .text,
    ],
    repeatsLastArgument: true
  ) { shell, invocation in
    let output = invocation.options["-o"] ?? invocation.options["--output"]
    var format = ReportFormat.markdown
    if let name = invocation.options["--format"] {
      guard let named = ReportFormat(name: name) else {
        throw ShellError.usage(
          command: "report", message: "unknown format '\(name)' (\(ReportFormat.names.joined(separator: ", ")))",
          argument: nil)
      }
      format = named
    } else if let output, let ambiguity = ReportFormat.ambiguity(ofFileName: output) {
      throw ShellError.usage(command: "report", message: ambiguity, argument: nil)
    } else if let output, let implied = ReportFormat.implied(byFileName: output) {
      format = implied
    }
    let options = ReportOptions(
      reviewedOnly: invocation.options["--reviewed"] != nil, baseURL: invocation.options["--base-url"])
    let report = try shell.workbench.report(articles: invocation.arguments.map(\.text), options: options)
    let rendered = ReportRenderer.stream(report, as: format)
    for notice in rendered.notices { shell.notice(TerminalText.sanitize(notice)) }
    guard let output, !output.isEmpty, output != "-" else {
      for chunk in rendered.chunks { shell.output.write(TerminalText.sanitize(chunk, keepNewlines: true)) }
      try report.changes.check()
      return
    }
    let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    let url = try Workbench.writeReport(
      chunks: rendered.chunks, to: output, relativeTo: directory, check: report.changes.check)
    let articles = report.articles.count
    shell.print(
      "wrote \(TerminalText.sanitize(shell.workbench.workspace.display(url))) (\(format.rawValue); "
        + "\(articles) article\(articles == 1 ? "" : "s"), \(report.summary.progress.total) claims)")
  }
}
