import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs a command to completion and reports its wall time, processor time and peak memory.
///
/// Uses `posix_spawn` and `wait4`, whose resource usage is the child's own (its peak resident set size
/// included), not the sum over every child as `getrusage(RUSAGE_CHILDREN)` gives.
struct ChildProcess {
  /// What one run cost.
  struct Usage: Sendable {
    /// Wall-clock seconds from spawn to exit.
    var wall: Double
    /// User-mode processor seconds.
    var user: Double
    /// Kernel-mode processor seconds.
    var system: Double
    /// Peak resident set size, in bytes.
    var peakBytes: Int
    /// The exit status (or 128 + signal).
    var status: Int32

    /// User and system time.
    var processor: Double { user + system }
  }

  /// A failure to run a command.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `arguments[0]` (found on `PATH` if not a path) with the rest as arguments, in `directory`, with
  /// `environment` added, standard output to `output` (a path; `/dev/null` by default).
  static func run(
    _ arguments: [String], in directory: String? = nil, environment: [String: String] = [:],
    output: String = "/dev/null", input: String = "/dev/null"
  ) throws -> Usage {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    var merged = ProcessInfo.processInfo.environment
    merged.merge(environment) { $1 }
    let environmentStrings = merged.map { "\($0.key)=\($0.value)" }.sorted()
    var pid: pid_t = 0
    // The child inherits the working directory: change it around the spawn (the benchmark runs one thread here).
    let previous = FileManager.default.currentDirectoryPath
    if let directory { _ = FileManager.default.changeCurrentDirectoryPath(directory) }
    defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
    let start = DispatchTime.now().uptimeNanoseconds
    let result = withCStrings(arguments) { argv in
      withCStrings(environmentStrings) { envp in posix_spawnp(&pid, arguments[0], &actions, nil, argv, envp) }
    }
    guard result == 0 else {
      throw Failure(description: "cannot run \(arguments[0]): \(String(cString: strerror(result)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw Failure(description: "wait4: \(String(cString: strerror(errno)))") }
    }
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    let exited = status & 0x7F == 0
    let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return Usage(
      wall: wall, user: seconds(usage.ru_utime), system: seconds(usage.ru_stime), peakBytes: usage.ru_maxrss * 1024,
      status: code)
  }

  /// `body` with `strings` as a NULL-terminated array of C strings.
  private static func withCStrings<Result>(
    _ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result
  ) -> Result {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for pointer in pointers { free(pointer) } }
    return body(pointers)
  }
}
