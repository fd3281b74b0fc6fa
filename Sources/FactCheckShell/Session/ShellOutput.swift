import FactCheckCore
import Foundation

/// Where the shell writes: results to standard output, diagnostics to standard error.
public protocol ShellOutput: AnyObject {
  /// Writes `text` to the result stream.
  func write(_ text: String)
  /// Writes `text` to the diagnostic stream.
  func writeError(_ text: String)
}

/// Writes to the process's standard output and standard error.
public final class StandardOutput: ShellOutput {
  /// Creates an output over the standard streams.
  public init() {}

  public func write(_ text: String) {
    FileDescriptorIO.writeAll(text.utf8, to: STDOUT_FILENO)
  }

  public func writeError(_ text: String) {
    FileDescriptorIO.writeAll(text.utf8, to: STDERR_FILENO)
  }
}

/// Collects everything written, for tests and for capturing a command's output.
public final class BufferedOutput: ShellOutput {
  /// Everything written to the result stream.
  public private(set) var standard = ""
  /// Everything written to the diagnostic stream.
  public private(set) var error = ""

  /// Creates an empty buffer.
  public init() {}

  public func write(_ text: String) { standard += text }
  public func writeError(_ text: String) { error += text }
}
