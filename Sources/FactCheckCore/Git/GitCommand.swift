import Foundation

/// Runs the `git` executable and captures what it prints.
///
/// Revisions and configuration are always read through git itself, never by
/// parsing `.git`.
public struct GitCommand: Sendable {
  /// The folder git runs in.
  public let directory: URL
  /// Variables set for git on top of this process's environment (such as `GIT_CONFIG_GLOBAL`).
  public let environment: [String: String]

  /// Creates a runner for `directory`; `environment` adds to or overrides this process's variables.
  public init(directory: URL, environment: [String: String] = [:]) {
    self.directory = directory
    self.environment = environment
  }

  /// The outcome of one git invocation.
  public struct Output: Sendable {
    /// The exit status.
    public var status: Int32
    /// What git wrote to standard output.
    public var stdout: [UInt8]
    /// What git wrote to standard error.
    public var stderr: String

    /// Creates an outcome.
    public init(status: Int32, stdout: [UInt8], stderr: String) {
      self.status = status
      self.stdout = stdout
      self.stderr = stderr
    }

    /// Standard output as text, without the final newline.
    public var text: String {
      var text = String(decoding: stdout, as: UTF8.self)
      if text.hasSuffix("\n") { text.removeLast() }
      return text
    }
  }

  /// Runs `git` with `arguments`; returns `nil` when git cannot be started.
  public func run(_ arguments: [String], input: [UInt8]? = nil) -> Output? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = directory
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["LC_ALL"] = "C"
    environment.merge(self.environment) { $1 }
    process.environment = environment
    let stdout = Pipe()
    let stderr = Pipe()
    let stdin = Pipe()
    process.standardOutput = stdout
    process.standardError = stderr
    process.standardInput = input == nil ? FileHandle.nullDevice : stdin
    do {
      try process.run()
    } catch {
      return nil
    }
    // Feed standard input and drain standard error on other threads, so that no
    // full pipe can block git while this thread reads standard output.
    if let input {
      let descriptor = dup(stdin.fileHandleForWriting.fileDescriptor)
      try? stdin.fileHandleForWriting.close()
      Thread.detachNewThread { FileDescriptorIO.writeAllToPipe(input, descriptor: descriptor) }
    }
    let errorReader = PipeReader(stderr.fileHandleForReading.fileDescriptor)
    let outputData = FileDescriptorIO.readAll(stdout.fileHandleForReading.fileDescriptor)
    let errorData = errorReader.finish()
    process.waitUntilExit()
    return Output(
      status: process.terminationStatus, stdout: outputData, stderr: String(decoding: errorData, as: UTF8.self))
  }
}

/// Drains a file descriptor on a background thread.
public final class PipeReader: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  // Written once by the reading thread before `done` is signalled; read after waiting.
  private var bytes: [UInt8] = []

  /// Starts reading `descriptor` until end of file.
  public init(_ descriptor: Int32) {
    Thread.detachNewThread { [self] in
      bytes = FileDescriptorIO.readAll(descriptor)
      done.signal()
    }
  }

  /// Waits for end of file and returns everything read.
  public func finish() -> [UInt8] {
    done.wait()
    return bytes
  }
}
