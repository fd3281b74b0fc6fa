import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Bad input: clear errors, nothing lost")
struct BadInputTests {
  static let file = "001_fixture.txt"
  static let name = "001_fixture"
  static let annotationPath = "annotations/001_fixture.json"

  private func workbench(_ temp: TemporaryWorkspace) throws -> Workbench {
    let fixed = Date(timeIntervalSince1970: 1_767_225_600)
    return Workbench(workspace: try Workspace.discover(from: temp.root), reviewer: "Ada", clock: { fixed })
  }

  /// A workspace with the fixture article and a saved review of two of its claims.
  private func reviewed() throws -> (TemporaryWorkspace, [UInt8]) {
    let temp = try TemporaryWorkspace(articles: [Self.file: Fixtures.article])
    let bench = try workbench(temp)
    let claims = try bench.review(Self.file).claims
    let cost = try #require(claims.first { $0.text.contains("41 million") })
    let mayor = try #require(claims.first { $0.text.contains("insurance premiums") })
    try bench.updateReview(of: cost.number, in: Self.file, summary: "v") {
      $0.status = .verified
      $0.note = "council budget, p. 4 — “confirmed”"
      $0.evidence = ["https://example.org/budget"]
    }
    try bench.updateReview(of: mayor.number, in: Self.file, summary: "d") { $0.status = .disputed }
    let bytes = Array(try #require(temp.read(Self.annotationPath)).utf8)
    return (temp, bytes)
  }

  /// Opens the article with `bytes` as its annotation file; checks it is read-only and refuses changes untouched.
  private func expectReadOnly(_ bytes: [UInt8], in temp: TemporaryWorkspace) throws -> ReadOnlyReason? {
    try Data(bytes).write(to: temp.root.appendingPathComponent(Self.annotationPath))
    let bench = try workbench(temp)
    let review = try bench.review(Self.file)
    guard let reason = review.readOnly else { return nil }
    #expect(throws: StorageError.self) {
      try bench.updateReview(of: 1, in: Self.file, summary: "v") { $0.status = .verified }
    }
    #expect(throws: StorageError.self) { try bench.addClaim(quoting: "Harbour town", in: Self.file) }
    #expect(Array(try Data(contentsOf: temp.root.appendingPathComponent(Self.annotationPath))) == bytes)
    return reason
  }

  @Test("a file truncated at any byte is either complete or refused; never half-read")
  func truncatedAnywhere() throws {
    let (_, bytes) = try reviewed()
    let complete = try AnnotationCodec.decode(bytes, file: "x")
    for length in 0..<bytes.count {
      switch AnnotationStore.decode(Array(bytes[0..<length]), file: "x") {
      case .loaded(let annotations, _):
        #expect(annotations == complete, "prefix of \(length) bytes")
        #expect(bytes[length...].allSatisfy { $0 == UInt8(ascii: "\n") })
      case .broken(let error, _):
        #expect(error.reason == .syntax || error.reason == .invalid, "prefix of \(length) bytes")
      case .missing:
        Issue.record("a present file cannot be missing")
      }
    }
  }

  @Test("a truncated file opens read-only, names its end, and is never overwritten")
  func truncatedReadOnly() throws {
    let (temp, bytes) = try reviewed()
    for length in stride(from: 0, to: bytes.count - 2, by: max(1, bytes.count / 12)) {
      let reason = try #require(try expectReadOnly(Array(bytes[0..<length]), in: temp), "prefix of \(length) bytes")
      #expect(reason.description.hasPrefix(Self.annotationPath + ":"))
      #expect(reason.description.hasSuffix("(fix the file by hand; it will not be overwritten)"))
    }
  }

  @Test(
    "invalid JSON, wrong types, duplicate ids and newer formats open read-only with the place named",
    arguments: [
      ("\"status\": \"verified\"", "\"status\": verified", 17, "unexpected 'v', expected a value"),
      ("\"status\": \"verified\"", "\"status\": true", 17, "claims[0].status: expected a string, found a boolean"),
      ("\"start\": ", "\"start\": \"12\", \"x\": ", 29, "claims[0].anchor.x: unknown member \"x\""),
      ("\"dismissed\": false", "\"dismissed\": \"no\"", 20, "claims[0].dismissed: expected a boolean, found a string"),
      ("\"format\": \"factcheck-annotations/1\"", "\"format\": \"factcheck-annotations/7\"", nil, "newer version"),
      (
        "\"format\": \"factcheck-annotations/1\"", "\"format\": \"factcheck-annotations/1\", \"format\": 1", nil,
        "duplicate"
      ),
    ] as [(String, String, Int?, String)])
  func damaged(original: String, replacement: String, column: Int?, message: String) throws {
    let (temp, bytes) = try reviewed()
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(lines.firstIndex { $0.contains(original) }) + 1
    let damaged = Array(text.replacingOccurrences(of: original, with: replacement).utf8)
    let reason = try #require(try expectReadOnly(damaged, in: temp))
    let expected = column.map { ".json:\(line):\($0): \(message)" } ?? message
    #expect(reason.description.contains(expected), "\(reason)")
  }

  @Test("duplicate claim ids open read-only; neither claim's verdict is lost or overwritten")
  func duplicateIDs() throws {
    let (temp, bytes) = try reviewed()
    let stored = try AnnotationCodec.decode(bytes, file: "x")
    let first = try #require(stored.claims.first?.id)
    let second = try #require(stored.claims.last?.id)
    let damaged = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: second, with: first)
    let reason = try #require(try expectReadOnly(Array(damaged.utf8), in: temp))
    #expect(reason.description.contains("claims[1].id: duplicate id \"\(first)\" (also claims[0])"))
  }

  @Test("a span outside the text is reported; the claim is found by its quote and keeps its verdict")
  func spanOutsideText() throws {
    let (temp, bytes) = try reviewed()
    var stored = try AnnotationCodec.decode(bytes, file: "x")
    var claims = stored.claims
    let length = claims[0].anchor.span.length
    claims[0].anchor.span = TextSpan(start: 90_000, end: 90_000 + length)
    stored.replaceClaims(claims)
    try temp.write(Self.annotationPath, AnnotationCodec.encode(stored))
    let bench = try workbench(temp)
    let review = try bench.review(Self.file)
    #expect(review.readOnly == nil)
    let count = Fixtures.article.unicodeScalars.count
    #expect(review.anchoring.damaged.map(\.problem) == [.outsideText(length: count)])
    #expect(review.orphans.isEmpty)
    #expect(review.claims.contains { $0.id == claims[0].id && $0.review.status == .verified })
  }

  @Test("an article that is not UTF-8 opens read-only naming the byte, shown with replacement characters")
  func notUTF8() throws {
    var bytes = Array("The council said the barrier cost 41 million euros. It opened in ".utf8)
    let offset = bytes.count
    bytes += [0xE9] + Array("t\u{E9} 2024.\n".utf8)
    let temp = try TemporaryWorkspace(articles: [:])
    try Data(bytes).write(to: temp.seeds.appendingPathComponent(Self.file))
    let review = try workbench(temp).review(Self.file)
    #expect(review.readOnly == .encoding(.invalidUTF8(byteOffset: offset)))
    #expect(review.readOnly?.description.hasPrefix("the article is not valid UTF-8 at byte \(offset)") == true)
    #expect(review.article.text.string.contains("in \u{FFFD}t\u{E9} 2024."))
    #expect(!review.claims.isEmpty)
  }

  @Test("a binary article opens read-only naming its first NUL byte")
  func binary() throws {
    let temp = try TemporaryWorkspace(articles: [:])
    let bytes: [UInt8] =
      [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D] + Array(repeating: 7, count: 500)
    try Data(bytes).write(to: temp.seeds.appendingPathComponent(Self.file))
    let review = try workbench(temp).review(Self.file)
    #expect(review.readOnly == .encoding(.binary(byteOffset: 8)))
    #expect(review.readOnly?.description.hasPrefix("the article is binary file (NUL byte at byte 8)") == true)
  }

  @Test("an empty article has no claims; its stored verdicts are kept as orphans and the file untouched")
  func emptyArticle() throws {
    let (temp, bytes) = try reviewed()
    try temp.write("seeds/\(Self.file)", "")
    let bench = try workbench(temp)
    let review = try bench.review(Self.file)
    #expect(review.claims.isEmpty)
    #expect(review.orphans.map(\.review.status) == [.verified, .disputed])
    #expect(review.progress.orphans == 2)
    #expect(throws: ReviewError.noSuchClaim(number: 1, count: 0)) {
      try bench.updateReview(of: 1, in: Self.file, summary: "v") { $0.status = .verified }
    }
    #expect(Array(try #require(temp.read(Self.annotationPath)).utf8) == bytes)
  }

  @Test("pipes and other non-files named *.txt are not articles; names cannot leave the articles folder")
  func notFiles() throws {
    let temp = try TemporaryWorkspace(articles: [Self.file: Fixtures.article])
    let fifo = temp.seeds.appendingPathComponent("002_pipe.txt").path
    #expect(mkfifo(fifo, 0o644) == 0)
    try FileManager.default.createDirectory(
      at: temp.seeds.appendingPathComponent("003_folder.txt"), withIntermediateDirectories: true)
    let bench = try workbench(temp)
    #expect(try bench.articleFiles() == [Self.file])
    #expect(throws: WorkspaceError.self) { try bench.resolveArticle("../../etc/passwd") }
    #expect(throws: WorkspaceError.self) { try bench.resolveArticle("002_pipe.txt") }
    let workspace = try Workspace.discover(from: temp.root)
    for name in ["../../../../etc/passwd", "002_pipe.txt", "003_folder.txt"] {
      #expect(throws: WorkspaceError.self) { try workspace.loadArticle(name) }
    }
  }

  @Test("an annotation file that links outside the annotations folder is refused, read-only")
  func annotationSymlinkOutside() throws {
    let (temp, _) = try reviewed()
    let outside = temp.root.appendingPathComponent("elsewhere.json")
    try temp.write("elsewhere.json", "{}")
    let link = temp.root.appendingPathComponent(Self.annotationPath)
    try FileManager.default.removeItem(at: link)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: outside)
    let bench = try workbench(temp)
    let reason = try #require(try bench.review(Self.file).readOnly)
    #expect(reason.description.contains("symbolic link leading outside the annotations folder"))
    #expect(throws: StorageError.self) {
      try bench.updateReview(of: 1, in: Self.file, summary: "v") { $0.status = .verified }
    }
    #expect(temp.read("elsewhere.json") == "{}")
  }

  @Test("very long lines: a one-line article of 5,000 sentences opens; a 200,000-character note round-trips")
  func longLines() throws {
    let sentence = "The barrier at berth 7 was inspected on Monday and found sound. "
    let text = String(repeating: sentence, count: 5_000) + "\n"
    let temp = try TemporaryWorkspace(articles: [Self.file: text])
    let bench = try workbench(temp)
    let review = try bench.review(Self.file)
    #expect(review.claims.count > 1_000)
    let note = String(repeating: "ß→€ \"quoted\" \\ ", count: 12_500)
    try bench.updateReview(of: 2, in: Self.file, summary: "n") { $0.note = note }
    let reread = try workbench(temp).review(Self.file)
    #expect(reread.claim(number: 2)?.review.note == note)
  }
}
