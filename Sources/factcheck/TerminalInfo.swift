import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Facts about the terminal the process runs in.
enum TerminalInfo {
  /// Whether `descriptor` is a terminal.
  static func isTerminal(_ descriptor: Int32) -> Bool {
    isatty(descriptor) == 1
  }

  /// Whether to colour output on `descriptor`: only on a terminal, never with `NO_COLOR` set.
  static func useColor(for descriptor: Int32) -> Bool {
    let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let dumb = ProcessInfo.processInfo.environment["TERM"] == "dumb"
    return isTerminal(descriptor) && !noColor && !dumb
  }

  /// The width of the terminal on standard output, if it is one.
  static func width() -> Int? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else {
      return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init)
    }
    return Int(size.ws_col)
  }
}
