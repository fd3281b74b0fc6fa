import Foundation

/// Where the running `factcheck` executable is, for writing into git's configuration.
enum ExecutablePath {
  /// The absolute path this process was started by, symbolic links kept.
  ///
  /// Links are kept on purpose: a link such as `~/.local/bin/factcheck` that is
  /// later pointed at a new build keeps working. Found from `argv[0]` (made
  /// absolute, or looked up on `PATH` when it is a bare name), else from the
  /// system's record of the executable.
  static func current() -> String {
    let environment = ProcessInfo.processInfo.environment
    let cwd = FileManager.default.currentDirectoryPath
    if let argument = CommandLine.arguments.first, !argument.isEmpty {
      if argument.contains("/") {
        let url =
          argument.hasPrefix("/")
          ? URL(fileURLWithPath: argument) : URL(fileURLWithPath: cwd).appendingPathComponent(argument)
        let path = url.standardizedFileURL.path
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      } else {
        for folder in (environment["PATH"] ?? "").split(separator: ":") where folder.hasPrefix("/") {
          let path = URL(fileURLWithPath: String(folder)).appendingPathComponent(argument).path
          if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
      }
    }
    return Bundle.main.executablePath ?? "factcheck"
  }
}
