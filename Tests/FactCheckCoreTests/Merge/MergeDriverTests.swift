import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Merge driver")
struct MergeDriverTests {
  /// Writes the three versions to a temporary folder; `nil` writes an empty file (git's "no base").
  private func files(
    base: ArticleAnnotations?, ours: ArticleAnnotations, theirs: ArticleAnnotations
  ) throws -> (base: URL, ours: URL, theirs: URL, folder: URL) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("driver-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let urls = ["O", "A", "B"].map { folder.appendingPathComponent(".merge_file_\($0)") }
    for (url, annotations) in zip(urls, [base, ours, theirs]) {
      try Data((annotations.map(AnnotationCodec.encode) ?? "").utf8).write(to: url)
    }
    return (urls[0], urls[1], urls[2], folder)
  }

  private let base = Samples.annotations([Samples.claim("a", start: 0), Samples.claim("b", start: 20)])

  private func changed(_ id: String, _ status: ClaimStatus, reviewer: String) -> ArticleAnnotations {
    var copy = base
    guard var claim = copy[id] else { return copy }
    claim.review.status = status
    claim.review.reviewer = reviewer
    copy.upsert(claim)
    return copy
  }

  @Test("different claims merge into ours with no conflict")
  func clean() throws {
    let paths = try files(
      base: base, ours: changed("a", .disputed, reviewer: "Ada"), theirs: changed("b", .unverified, reviewer: "Bo"))
    defer { try? FileManager.default.removeItem(at: paths.folder) }
    let result = try #require(try MergeDriver.run(base: paths.base, ours: paths.ours, theirs: paths.theirs, path: "x"))
    #expect(result.clashes.isEmpty)
    let merged = try AnnotationCodec.decode(Array(try Data(contentsOf: paths.ours)), file: "x")
    #expect(merged["a"]?.review.status == .disputed)
    #expect(merged["b"]?.review.status == .unverified)
  }

  @Test("the same claim given two verdicts is a clash kept inside valid JSON without markers")
  func clash() throws {
    let paths = try files(
      base: base, ours: changed("a", .disputed, reviewer: "Ada"), theirs: changed("a", .unverified, reviewer: "Bo"))
    defer { try? FileManager.default.removeItem(at: paths.folder) }
    let result = try #require(try MergeDriver.run(base: paths.base, ours: paths.ours, theirs: paths.theirs, path: "x"))
    #expect(result.clashes == ["a"])
    let text = String(decoding: try Data(contentsOf: paths.ours), as: UTF8.self)
    #expect(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"))
    let merged = try AnnotationCodec.decode(Array(text.utf8), file: "x")
    #expect(merged["a"]?.review.status == .disputed)
    #expect(merged["a"]?.review.conflict?.theirs.status == .unverified)
    let validator = try SchemaValidator(contentsOf: Repository.docs.appendingPathComponent("annotation.schema.json"))
    #expect(try validator.violations(of: Data(text.utf8)).isEmpty)
  }

  @Test("an empty base stands for a file both sides added")
  func emptyBase() throws {
    let paths = try files(
      base: nil, ours: changed("a", .disputed, reviewer: "Ada"), theirs: changed("b", .unverified, reviewer: "Bo"))
    defer { try? FileManager.default.removeItem(at: paths.folder) }
    let result = try #require(try MergeDriver.run(base: paths.base, ours: paths.ours, theirs: paths.theirs, path: "x"))
    // Without a base, "a" differs on both sides (disputed against verified) and so does "b".
    #expect(result.clashes == ["a", "b"])
    #expect(result.merged["a"]?.review.conflict?.base == nil)
  }

  @Test("a version that is not an annotation file stops the merge and leaves ours untouched")
  func unreadableVersion() throws {
    let paths = try files(base: base, ours: changed("a", .disputed, reviewer: "Ada"), theirs: base)
    defer { try? FileManager.default.removeItem(at: paths.folder) }
    try Data("<<<<<<< ours\n".utf8).write(to: paths.theirs)
    let before = try Data(contentsOf: paths.ours)
    #expect {
      try MergeDriver.run(base: paths.base, ours: paths.ours, theirs: paths.theirs, path: "annotations/x.json")
    } throws: { error in
      (error as? MergeDriverError).map { "\($0)" }?.hasPrefix(
        "cannot merge: theirs is not a valid annotation file: annotations/x.json:1:1") == true
    }
    #expect(try Data(contentsOf: paths.ours) == before)
    // Without the repository path, the version is named by its own file, not by ours.
    #expect {
      try MergeDriver.run(base: paths.base, ours: paths.ours, theirs: paths.theirs, path: nil)
    } throws: { error in
      (error as? MergeDriverError).map { "\($0)" }?.hasPrefix(
        "cannot merge: theirs is not a valid annotation file: \(paths.theirs.path):1:1") == true
    }
  }
}
