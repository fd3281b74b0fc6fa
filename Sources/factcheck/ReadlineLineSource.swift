import CReadline
import FactCheckShell
import Foundation

/// Reads command lines with GNU readline: editing, history and completion.
///
/// readline is a single-threaded C library whose callbacks run synchronously
/// inside `readline()` on the calling thread; all use of it lives in this file.
final class ReadlineLineSource: LineSource {
  /// The number of lines kept in the history file.
  static let historyLimit: Int32 = 1000

  private let historyFile: URL?

  /// Creates a source; lines are appended to `historyFile` as they are read.
  init(historyFile: URL?) {
    self.historyFile = historyFile
    fc_rl_set_readline_name("factcheck")
    // Words break at spaces only: claim numbers, article names and statuses contain no punctuation to split on.
    fc_rl_set_word_break_characters(" \t\n;")
    fc_rl_set_completer_quote_characters("\"'")
    fc_rl_set_attempted_completion_function(attemptCompletion)
    fc_install_sigint_handler()
    if let historyFile {
      try? FileManager.default.createDirectory(
        at: historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
      if !FileManager.default.fileExists(atPath: historyFile.path) {
        _ = FileManager.default.createFile(
          atPath: historyFile.path, contents: nil, attributes: [.posixPermissions: 0o600])
      }
      read_history(historyFile.path)
    }
  }

  /// Routes Tab completion to `completer(linePrefix, word)`.
  func install(completer: @escaping (String, String) -> [String]) {
    completionProvider = completer
  }

  func readLine(prompt: String) -> String? {
    guard let pointer = fc_readline(prompt) else { return nil }
    defer { free(pointer) }
    let line = String(cString: pointer)
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if !trimmed.isEmpty {
      add_history(trimmed)
      if let historyFile {
        append_history(1, historyFile.path)
        history_truncate_file(historyFile.path, Self.historyLimit)
      }
    }
    return line
  }

  /// Restores the terminal before exit.
  func finish() {
    completionProvider = nil
    fc_rl_cleanup()
  }

  /// `$XDG_STATE_HOME/factcheck/history`, or `~/.local/state/factcheck/history`.
  static func defaultHistoryFile() -> URL? {
    let environment = ProcessInfo.processInfo.environment
    if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
      return URL(fileURLWithPath: state).appendingPathComponent("factcheck/history")
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return URL(fileURLWithPath: home).appendingPathComponent(".local/state/factcheck/history")
  }
}

// readline calls back into Swift through C function pointers, which cannot
// capture context. The provider and the pending matches are touched only from
// the thread running `readline()`, synchronously, so unsynchronised access is safe.
nonisolated(unsafe) private var completionProvider: ((String, String) -> [String])?
nonisolated(unsafe) private var pendingMatches: [String] = []

/// readline's attempted-completion hook: computes the candidates for the word at `start`.
private func attemptCompletion(
  _ text: UnsafePointer<CChar>?, _ start: Int32, _ end: Int32
) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
  fc_rl_set_attempted_completion_over(1)
  guard let text, let provider = completionProvider, let buffer = fc_rl_line_buffer() else { return nil }
  let lineBytes = Array(
    UnsafeBufferPointer(
      start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
      count: strlen(buffer)))
  let prefix = String(decoding: lineBytes.prefix(Int(start)), as: UTF8.self)
  pendingMatches = provider(prefix, String(cString: text))
  fc_rl_set_completion_append_character(pendingMatches.count == 1 ? 32 : 0)
  return rl_completion_matches(text, nextMatch)
}

/// readline's match generator: hands out `pendingMatches` one by one as malloc'd copies.
private func nextMatch(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
  if state == 0 { pendingMatches.reverse() }
  guard let match = pendingMatches.popLast() else { return nil }
  return strdup(match)
}
