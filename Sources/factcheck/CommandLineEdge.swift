import ArgumentParser
import FactCheckShell
import Foundation

/// The one place where errors of the command-line tools become messages.
enum CommandLineEdge {
  /// Runs `body`; any error is printed as `error: …` on standard error and exits with status 1.
  static func run(_ body: () throws -> Void) throws {
    do {
      try body()
    } catch let exit as ExitCode {
      throw exit
    } catch {
      let color = TerminalInfo.useColor(for: STDERR_FILENO)
      let label = color ? "\u{1B}[31merror:\u{1B}[0m " : "error: "
      Console.error(label + TerminalText.sanitize(ErrorMessage.describe(error)) + "\n")
      throw ExitCode.failure
    }
  }
}
