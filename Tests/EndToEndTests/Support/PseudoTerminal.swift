import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A program running on a real pseudo-terminal, as in a terminal emulator.
///
/// The child runs under util-linux `setsid --ctty`, which starts a new session
/// and makes the terminal its controlling terminal: Ctrl-C reaches it as SIGINT
/// and `isatty` is true, so readline runs exactly as it does for a person.
final class PseudoTerminal {
  private let master: Int32
  private(set) var pid: pid_t = 0
  /// Everything the program has written so far.
  private(set) var transcript = ""

  /// Starts `executable` with `arguments` in `directory` on a terminal `columns` wide.
  init(executable: URL, arguments: [String] = [], directory: URL, environment: [String: String], columns: UInt16 = 100)
    throws
  {
    var master: Int32 = -1
    var slave: Int32 = -1
    var size = winsize(ws_row: 40, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.ENXIO) }
    self.master = master
    let slaveName = String(cString: ttyname(slave))
    close(slave)
    // The test runner may block or ignore SIGINT; a terminal program must start with it
    // delivered and at its default. (POSIX_SPAWN_SETSIGDEF 0x04 and POSIX_SPAWN_SETSIGMASK 0x08
    // from <spawn.h>, which Swift's Glibc module does not export.)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    sigaddset(&defaults, SIGQUIT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, 0x04 | 0x08)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addclose(&actions, master)
    posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    let argv =
      ["setsid", "--wait", "--ctty", "/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, executable.path]
      + arguments
    let envp = environment.map { "\($0.key)=\($0.value)" }
    var cArguments = argv.map { strdup($0) } + [nil]
    var cEnvironment = envp.map { strdup($0) } + [nil]
    defer {
      for pointer in cArguments { free(pointer) }
      for pointer in cEnvironment { free(pointer) }
    }
    let status = posix_spawnp(&pid, "setsid", &actions, &attributes, &cArguments, &cEnvironment)
    guard status == 0 else { throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EINVAL) }
  }

  deinit {
    if pid > 0 {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
  }

  /// Types `text` (use `\r` for Enter, `\u{03}` for Ctrl-C, `\u{04}` for Ctrl-D, `\t` for Tab).
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// Reads until the screen text since `mark` contains `expected`; returns that text or `nil` on timeout.
  @discardableResult
  func expect(_ expected: String, since mark: Int? = nil, timeout: TimeInterval = 30) -> String? {
    let start = mark ?? 0
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let visible = Self.plain(String(transcript.dropFirst(start)))
      if visible.contains(expected) { return visible }
      readAvailable(waitingUpTo: 100)
    }
    return nil
  }

  /// The transcript without escape sequences, for failure messages.
  var screen: String { Self.plain(transcript) }

  /// The current length of the transcript, to expect only what comes after it.
  var mark: Int { transcript.count }

  /// Waits for the program to exit; returns its status, or `nil` on timeout.
  func waitForExit(timeout: TimeInterval = 30) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      readAvailable(waitingUpTo: 50)
      var status: Int32 = 0
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid {
        pid = 0
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
      }
    }
    return nil
  }

  private func readAvailable(waitingUpTo milliseconds: Int32) {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, milliseconds) > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = read(master, &buffer, buffer.count)
    if count > 0 { transcript += String(decoding: buffer[0..<count], as: UTF8.self) }
  }

  /// `text` without ANSI escape sequences and carriage returns.
  static func plain(_ text: String) -> String {
    var output = ""
    var iterator = text.unicodeScalars.makeIterator()
    while let scalar = iterator.next() {
      if scalar == "\u{1B}" {
        guard let next = iterator.next() else { break }
        if next == "[" {
          while let final = iterator.next(), !(0x40...0x7E).contains(final.value) {}
        }
        continue
      }
      if scalar == "\r" || scalar == "\u{07}" { continue }
      output.unicodeScalars.append(scalar)
    }
    return output
  }
}
