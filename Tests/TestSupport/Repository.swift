import Foundation

/// Paths inside this repository, found from this source file.
public enum Repository {
  /// The repository's root folder.
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The shipped seed articles.
  public static let seeds = root.appendingPathComponent("seeds")

  /// The shipped annotations.
  public static let annotations = root.appendingPathComponent("annotations")

  /// The docs folder.
  public static let docs = root.appendingPathComponent("docs")

  /// The seed article file names, sorted.
  public static var seedFiles: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
  }

  /// The file names of the shipped annotation files (`annotations/*.json`), sorted.
  public static var annotationFiles: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: annotations.path)) ?? []).filter { $0.hasSuffix(".json") }
      .sorted()
  }

  /// The bytes of a seed article.
  public static func seedBytes(_ name: String) -> [UInt8] {
    Array(FileManager.default.contents(atPath: seeds.appendingPathComponent(name).path) ?? Data())
  }
}
