import FactCheckCore
import Foundation

/// The evaluation material in `../shared/eval`, read-only, written by others.
struct EvaluationData {
  /// The folder holding the files.
  let folder: URL

  /// The folder to read: `--data`, else `FACTCHECK_EVAL_DATA`, else the first `../shared/eval` above the current directory.
  static func locate(explicit: String?) -> EvaluationData? {
    let manager = FileManager.default
    if let path = explicit ?? ProcessInfo.processInfo.environment["FACTCHECK_EVAL_DATA"] {
      let url = URL(fileURLWithPath: path)
      return manager.fileExists(atPath: url.path) ? EvaluationData(folder: url) : nil
    }
    var directory = URL(fileURLWithPath: manager.currentDirectoryPath)
    for _ in 0..<6 {
      let candidate = directory.deletingLastPathComponent().appendingPathComponent("shared/eval")
      if manager.fileExists(atPath: candidate.appendingPathComponent("SOURCES.md").path) {
        return EvaluationData(folder: candidate)
      }
      directory = directory.deletingLastPathComponent()
    }
    return nil
  }

  /// Whether `name` exists in the folder.
  func has(_ name: String) -> Bool {
    FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path)
  }

  /// The text of `name`.
  func text(_ name: String) throws -> String {
    let data = try Data(contentsOf: folder.appendingPathComponent(name))
    return String(decoding: data, as: UTF8.self)
  }

  /// The JSON objects of the JSON-lines file `name`.
  func jsonLines(_ name: String) throws -> [[String: JSONValue]] {
    try text(name).split(separator: "\n").compactMap { line in
      guard case .object(let members) = try JSONParser.parse(Array(line.utf8)).value else { return nil }
      return members.mapValues(\.value)
    }
  }
}

extension [String: JSONValue] {
  /// The string member `key`.
  func string(_ key: String) -> String? {
    if case .string(let value) = self[key] { return value }
    return nil
  }

  /// The strings of the array member `key`.
  func strings(_ key: String) -> [String] {
    guard case .array(let items) = self[key] else { return [] }
    return items.compactMap { if case .string(let value) = $0.value { value } else { nil } }
  }

  /// The boolean member `key`.
  func bool(_ key: String) -> Bool? {
    if case .bool(let value) = self[key] { return value }
    return nil
  }

  /// The number member `key` as an integer.
  func int(_ key: String) -> Int? {
    if case .number(let value) = self[key] { return Int(value) }
    return nil
  }

  /// The objects of the array member `key`.
  func objects(_ key: String) -> [[String: JSONValue]] {
    guard case .array(let items) = self[key] else { return [] }
    return items.compactMap { if case .object(let members) = $0.value { members.mapValues(\.value) } else { nil } }
  }
}
