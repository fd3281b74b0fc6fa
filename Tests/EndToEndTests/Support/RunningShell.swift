import Foundation
import TestSupport

#if canImport(Glibc)
  import Glibc
#endif

/// The built `factcheck` running in the background, fed commands through a pipe as they are needed.
///
/// Unlike `Binary.run`, the process stays alive between commands, so a test
/// can interleave two shells, or change files under one, and kill it.
final class RunningShell: @unchecked Sendable {
  let process = Process()
  private let input = Pipe()
  private let lock = NSLock()
  private var stdoutData = Data()
  private var stderrData = Data()
  private let finished = DispatchGroup()

  /// Starts `factcheck arguments…` in `directory`; `launcher` (such as `setpriv …`) runs it when given.
  init(
    _ arguments: [String] = [], in directory: URL, environment extra: [String: String] = [:], launcher: [String] = [],
    executable: URL = Binary.url
  ) throws {
    // A command sent to a shell that was just killed must fail quietly, not kill the test runner.
    signal(SIGPIPE, SIG_IGN)
    if launcher.isEmpty {
      process.executableURL = executable
      process.arguments = arguments
    } else {
      process.executableURL = URL(fileURLWithPath: launcher[0])
      process.arguments = Array(launcher.dropFirst()) + [executable.path] + arguments
    }
    process.currentDirectoryURL = directory
    process.environment = Binary.environment(home: directory).merging(extra) { $1 }
    let output = Pipe()
    let errors = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    collect(output.fileHandleForReading) { [self] data in stdoutData.append(data) }
    collect(errors.fileHandleForReading) { [self] data in stderrData.append(data) }
  }

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
  }

  private func collect(_ handle: FileHandle, into append: @escaping @Sendable (Data) -> Void) {
    finished.enter()
    Thread.detachNewThread { [self] in
      while true {
        let data = handle.availableData
        if data.isEmpty { break }
        lock.withLock { append(data) }
      }
      finished.leave()
    }
  }

  /// Everything written to standard output so far.
  var stdout: String { lock.withLock { String(decoding: stdoutData, as: UTF8.self) } }
  /// Everything written to standard error so far.
  var stderr: String { lock.withLock { String(decoding: stderrData, as: UTF8.self) } }

  /// Sends `line` as one command.
  func send(_ line: String) {
    try? input.fileHandleForWriting.write(contentsOf: Data((line + "\n").utf8))
  }

  /// Sends `line` and waits until standard output or error contains `expected`; returns whether it did.
  @discardableResult
  func run(_ line: String, expecting expected: String, timeout: TimeInterval = 30) -> Bool {
    send(line)
    return wait(for: expected, timeout: timeout)
  }

  /// Waits until standard output or error contains `expected`; returns whether it did in time.
  func wait(for expected: String, timeout: TimeInterval = 30) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if stdout.contains(expected) || stderr.contains(expected) { return true }
      usleep(2_000)
    }
    return false
  }

  /// Closes standard input and waits for the exit status.
  @discardableResult
  func finish() -> Int32 {
    try? input.fileHandleForWriting.close()
    process.waitUntilExit()
    finished.wait()
    return process.terminationStatus
  }

  /// Kills the process with SIGKILL, as a crash or `kill -9` would, and waits for it and its output.
  func killHard() {
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    try? input.fileHandleForWriting.close()
    finished.wait()
  }
}
