import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Git repository access")
struct GitRepositoryTests {
  @Test("revisions, trees and blobs are read through git")
  func readsThroughGit() throws {
    let sandbox = try GitSandbox(articles: ["001_a.txt": "One sentence here.\n"])
    try sandbox.workspace.write("annotations/001_a.json", "first\n")
    try sandbox.workspace.write("annotations/notes/ignored.json", "nested\n")
    try sandbox.commitAll("first")
    try sandbox.workspace.write("annotations/001_a.json", "second\n")
    try sandbox.commitAll("second")
    let repository = try sandbox.repository()
    let head = try repository.commit("HEAD")
    let previous = try repository.commit("HEAD~1")
    #expect(head.count == 40)
    #expect(head != previous)
    let entries = try repository.files(at: previous, in: "annotations")
    #expect(entries.map(\.name) == ["001_a.json"])
    let blobs = try repository.blobs(
      entries.map(\.blob) + (try repository.files(at: head, in: "annotations")).map(\.blob))
    #expect(blobs.values.map { String(decoding: $0, as: UTF8.self) }.sorted() == ["first\n", "second\n"])
    #expect(try repository.files(at: head, in: "missing").isEmpty)
    #expect(try repository.relativePath(of: sandbox.workspace.annotations) == "annotations")
    #expect(try repository.relativePath(of: sandbox.root) == "")
  }

  @Test("unknown revisions, options in disguise and paths outside are errors")
  func errors() throws {
    let sandbox = try GitSandbox(articles: ["001_a.txt": "One sentence here.\n"])
    try sandbox.commitAll("first")
    let repository = try sandbox.repository()
    #expect(throws: GitError.unknownRevision("nope")) { try repository.commit("nope") }
    #expect(throws: GitError.unknownRevision("--all")) { try repository.commit("--all") }
    #expect(throws: GitError.self) { try repository.relativePath(of: URL(fileURLWithPath: "/")) }
    let outside = FileManager.default.temporaryDirectory.appendingPathComponent("not-a-repo-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: outside) }
    #expect(throws: GitError.notARepository(path: outside.path)) {
      try GitRepository.discover(from: outside, environment: GitSandbox.environment)
    }
  }

  @Test("local configuration is read and written")
  func configuration() throws {
    let sandbox = try GitSandbox(articles: ["001_a.txt": "One sentence here.\n"])
    let repository = try sandbox.repository()
    #expect(repository.localConfig("factcheck.test") == nil)
    try repository.setLocalConfig("factcheck.test", "a value with 'quotes'")
    #expect(repository.localConfig("factcheck.test") == "a value with 'quotes'")
  }

  @Test("shell quoting round-trips through the first-word reader")
  func shellQuote() {
    for word in ["/usr/bin/factcheck", "/tmp/my builds/factcheck", "/odd/it's/factcheck", "factcheck"] {
      #expect(ShellQuote.firstWord(of: ShellQuote.quote(word) + " textconv") == word)
    }
    #expect(ShellQuote.quote("/usr/bin/factcheck") == "/usr/bin/factcheck")
    #expect(ShellQuote.quote("/tmp/a b") == "'/tmp/a b'")
    #expect(ShellQuote.quote("it's") == "'it'\\''s'")
  }
}
