import Foundation

/// A temporary folder holding a copy of the seeds, removed when released.
///
/// Layout: `<root>/seeds/*.txt`, `<root>/annotations/` (created on first save).
public final class TemporaryWorkspace: @unchecked Sendable {
  /// The workspace root.
  public let root: URL

  /// Creates a folder; copies the seeds into `seeds/` unless `articles` is given.
  public init(articles: [String: String]? = nil, copySeeds: Bool = true) throws {
    root = FileManager.default.temporaryDirectory
      .appendingPathComponent("factcheck-tests-\(UUID().uuidString)")
    let seeds = root.appendingPathComponent("seeds")
    try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
    if let articles {
      for (name, text) in articles {
        try Data(text.utf8).write(to: seeds.appendingPathComponent(name))
      }
    } else if copySeeds {
      for name in Repository.seedFiles {
        try FileManager.default.copyItem(
          at: Repository.seeds.appendingPathComponent(name), to: seeds.appendingPathComponent(name))
      }
    }
  }

  deinit {
    try? FileManager.default.removeItem(at: root)
  }

  /// The articles folder.
  public var seeds: URL { root.appendingPathComponent("seeds") }

  /// The annotations folder.
  public var annotations: URL { root.appendingPathComponent("annotations") }

  /// The annotation file of the article `name` (without `.txt`).
  public func annotationFile(_ name: String) -> URL {
    annotations.appendingPathComponent(name + ".json")
  }

  /// The text of a file under the root, or `nil`.
  public func read(_ relativePath: String) -> String? {
    FileManager.default.contents(atPath: root.appendingPathComponent(relativePath).path).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  /// Writes a file under the root, creating folders.
  public func write(_ relativePath: String, _ text: String) throws {
    let url = root.appendingPathComponent(relativePath)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  /// The names of the annotation files present, sorted.
  public var annotationFiles: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: annotations.path)) ?? []).filter { $0.hasSuffix(".json") }
      .sorted()
  }
}
