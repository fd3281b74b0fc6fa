import FactCheckCore
import Foundation

/// Standard streams for the command-line tools, written and read without Foundation's trapping calls.
enum Console {
  /// Writes `text` to standard output.
  static func out(_ text: String) {
    FileDescriptorIO.writeAll(text.utf8, to: STDOUT_FILENO)
  }

  /// Writes `text` to standard error.
  static func error(_ text: String) {
    FileDescriptorIO.writeAll(text.utf8, to: STDERR_FILENO)
  }

  /// Everything on standard input.
  static func readInput() -> [UInt8] {
    FileDescriptorIO.readAll(STDIN_FILENO)
  }
}
