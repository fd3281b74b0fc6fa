import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Atomic file writes")
struct AtomicFileTests {
  /// A writer that writes the first `allowed` bytes, then fails with `failure`.
  static func failing(after allowed: Int, with failure: Int32 = ENOSPC) -> AtomicFile.Writer {
    let written = Counter()
    return AtomicFile.Writer { descriptor, buffer in
      let room = allowed - written.value
      guard room > 0 else {
        errno = failure
        return -1
      }
      let count = write(descriptor, buffer.baseAddress, min(room, buffer.count, 7))
      if count > 0 { written.add(count) }
      return count
    }
  }

  private func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private func contents(_ folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  @Test("a write that fails part-way (disk full) leaves the old file byte for byte, and no temporary file")
  func failedWriteKeepsOldFile() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("a.json")
    try AtomicFile.write(Array("old verdicts\n".utf8), to: url)
    #expect(throws: StorageError.cannotWrite(path: url.path, reason: "no space left on device")) {
      try AtomicFile.write(Array(String(repeating: "new ", count: 100).utf8), to: url, writer: Self.failing(after: 50))
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "old verdicts\n")
    #expect(contents(folder) == ["a.json"])
  }

  @Test("a file written in pieces is their concatenation; a failure in a later piece leaves the old file")
  func writtenInPieces() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("report.html")
    let pieces = ["<html>", "<body>", String(repeating: "article ", count: 20), "</body></html>\n"]
    try AtomicFile.write(chunks: pieces.map { Array($0.utf8) }, to: url)
    #expect(try String(contentsOf: url, encoding: .utf8) == pieces.joined())
    var produced = 0
    let lazily = pieces.lazy.map { piece -> [UInt8] in
      produced += 1
      return Array(piece.uppercased().utf8)
    }
    #expect(throws: StorageError.cannotWrite(path: url.path, reason: "no space left on device")) {
      try AtomicFile.write(chunks: lazily, to: url, writer: Self.failing(after: 20))
    }
    #expect(produced == 3, "pieces after the failure are not produced")
    #expect(try String(contentsOf: url, encoding: .utf8) == pieces.joined())
    #expect(contents(folder) == ["report.html"])
  }

  @Test("a write the disk accepts no byte of is an error, not an endless loop")
  func zeroLengthWrites() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("a.json")
    #expect(throws: StorageError.cannotWrite(path: url.path, reason: "the disk accepted no more bytes")) {
      try AtomicFile.write(Array("x".utf8), to: url, writer: AtomicFile.Writer { _, _ in 0 })
    }
    #expect(contents(folder).isEmpty)
  }

  @Test("short writes and interrupted calls are retried until every byte is written")
  func shortWrites() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("a.json")
    let calls = Counter()
    let interrupting = AtomicFile.Writer { descriptor, buffer in
      calls.add(1)
      if calls.value % 3 == 0 {
        errno = EINTR
        return -1
      }
      return write(descriptor, buffer.baseAddress, min(buffer.count, 5))
    }
    let text = String(repeating: "verdict ", count: 40)
    try AtomicFile.write(Array(text.utf8), to: url, writer: interrupting)
    #expect(try String(contentsOf: url, encoding: .utf8) == text)
    #expect(calls.value > 64)
  }

  @Test("replacing a file keeps its permissions")
  func keepsPermissions() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let url = folder.appendingPathComponent("a.json")
    try AtomicFile.write(Array("1".utf8), to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: url.path)
    try AtomicFile.write(Array("2".utf8), to: url)
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
  }

  @Test("temporary files of dead processes are removed; those of live ones and other files are not")
  func abandonedTemporaries() throws {
    let folder = try folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let finished = Process()
    finished.executableURL = URL(fileURLWithPath: "/bin/true")
    try finished.run()
    finished.waitUntilExit()
    let dead = finished.processIdentifier
    let names = [
      ".a.json.\(dead)-17.tmp", ".a.json.\(getpid())-18.tmp", ".a.json.1-19.tmp", "a.json", ".a.json.x-1.tmp",
      "notes.tmp",
    ]
    for name in names { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
    #expect(AtomicFile.removeAbandonedTemporaries(in: folder) == [".a.json.\(dead)-17.tmp"])
    #expect(contents(folder) == names.filter { $0 != ".a.json.\(dead)-17.tmp" }.sorted())
  }

  @Test(
    "temporary names carry the writing process",
    arguments: [
      (".a.json.123-456.tmp", Int32(123)), (".a.b.json.7-0.tmp", 7), (".a.json.123.tmp", nil), ("a.json.1-2.tmp", nil),
      (".a.json.-2.tmp", nil), (".a.json.1-2.tmpx", nil), (".1-2.tmp", nil), (".a.json.0-2.tmp", nil),
    ])
  func temporaryOwner(name: String, owner: Int32?) {
    #expect(AtomicFile.owner(ofTemporary: name) == owner)
    #expect(AtomicFile.owner(ofTemporary: AtomicFile.temporaryName(for: "x.json")) == getpid())
  }
}

/// A thread-safe counter for writers called from the code under test.
final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var count = 0

  var value: Int { lock.withLock { count } }

  func add(_ amount: Int) { lock.withLock { count += amount } }
}
