import FactCheckCore
import Foundation
import TestSupport

/// Runs the built `factcheck` executable.
enum Binary {
  /// The executable, found beside the test bundle in the build products folder.
  static let url: URL = {
    let candidates = [
      URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
      Bundle.main.bundleURL,
      Bundle.main.bundleURL.deletingLastPathComponent(),
      Repository.root.appendingPathComponent(".build/debug"),
    ]
    for folder in candidates {
      let url = folder.appendingPathComponent("factcheck")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return Repository.root.appendingPathComponent(".build/debug/factcheck")
  }()

  /// What one run printed and how it ended.
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The environment every run starts from: no colour, a fixed reviewer and time, no user config.
  static func environment(home: URL) -> [String: String] {
    [
      "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
      "HOME": home.path,
      "XDG_STATE_HOME": home.appendingPathComponent("state").path,
      "FACTCHECK_REVIEWER": "factcheck demo",
      "SOURCE_DATE_EPOCH": "1795219200",
      "GIT_CONFIG_NOSYSTEM": "1",
      "LC_ALL": "C.UTF-8",
    ]
  }

  /// Runs `factcheck arguments…` in `directory`, feeding `input` on standard input.
  static func run(
    _ arguments: [String], in directory: URL, input: String = "", environment extra: [String: String] = [:]
  ) throws -> Result {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = environment(home: directory).merging(extra) { $1 }
    let stdin = Pipe()
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let errorReader = PipeReader(stderr.fileHandleForReading.fileDescriptor)
    let inputDescriptor = dup(stdin.fileHandleForWriting.fileDescriptor)
    try stdin.fileHandleForWriting.close()
    Thread.detachNewThread { FileDescriptorIO.writeAllToPipe(Array(input.utf8), descriptor: inputDescriptor) }
    let outputData = FileDescriptorIO.readAll(stdout.fileHandleForReading.fileDescriptor)
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outputData, as: UTF8.self),
      stderr: String(decoding: errorReader.finish(), as: UTF8.self))
  }
}
