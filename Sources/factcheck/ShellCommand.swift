import ArgumentParser
import FactCheckCore
import FactCheckShell
import Foundation

/// `factcheck shell`: the review shell (the default subcommand).
struct ShellCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "shell",
    abstract: "Open the review shell (the default).",
    discussion: """
      On a terminal the shell uses GNU readline: line editing, history, and Tab completion of \
      commands, articles, claim numbers and statuses. When standard input is not a terminal, commands \
      are read line by line with no prompt; the run exits with status 1 if any line failed, naming it. \
      Colour is used only on a terminal and never when NO_COLOR is set.
      """
  )

  @OptionGroup var workspace: WorkspaceOptions

  @Option(
    name: .customShort("c"),
    help: ArgumentHelp("Run commands separated by ';' and exit, e.g. -c 'open 001; verify 3'.", valueName: "commands"))
  var commands: String?

  func run() throws {
    try CommandLineEdge.run { try runShell() }
  }

  private func runShell() throws {
    let workbench = try workspace.workbench()
    let stdinIsTerminal = TerminalInfo.isTerminal(STDIN_FILENO)
    let stdoutIsTerminal = TerminalInfo.isTerminal(STDOUT_FILENO)
    let color = TerminalInfo.useColor(for: STDOUT_FILENO)
    let width: @Sendable () -> Int? = { stdoutIsTerminal ? TerminalInfo.width() : nil }
    let status: Int32
    if let commands {
      let configuration = ShellConfiguration(
        color: color, width: width, interactive: false, errorPlaceLabel: "command", separatesCommands: true)
      let shell = Shell(
        workbench: workbench, input: ScriptLineSource(lines: [commands]), output: StandardOutput(),
        configuration: configuration)
      status = shell.run()
    } else if stdinIsTerminal && stdoutIsTerminal {
      let input = ReadlineLineSource(historyFile: ReadlineLineSource.defaultHistoryFile())
      let configuration = ShellConfiguration(color: color, width: width, interactive: true)
      let shell = Shell(workbench: workbench, input: input, output: StandardOutput(), configuration: configuration)
      input.install(completer: { prefix, word in shell.completions(linePrefix: prefix, word: word) })
      status = shell.run()
      input.finish()
    } else {
      let configuration = ShellConfiguration(color: color, width: width, interactive: false)
      let shell = Shell(
        workbench: workbench, input: StandardInputLineSource(), output: StandardOutput(), configuration: configuration)
      status = shell.run()
    }
    if status != 0 { throw ExitCode(status) }
  }
}
