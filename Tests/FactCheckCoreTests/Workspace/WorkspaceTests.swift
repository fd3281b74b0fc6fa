import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Workspace")
struct WorkspaceTests {
  @Test("is found from a folder below the one holding seeds/")
  func discoveryUpward() throws {
    let temp = try TemporaryWorkspace()
    let nested = temp.root.appendingPathComponent("a/b")
    try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
    let workspace = try Workspace.discover(from: nested)
    #expect(workspace.articlesFolder.path == temp.seeds.standardizedFileURL.path)
    #expect(workspace.annotationsFolder.path == temp.annotations.standardizedFileURL.path)
    #expect(try workspace.articleFiles() == Repository.seedFiles)
  }

  @Test("explicit folders override discovery")
  func explicitFolders() throws {
    let temp = try TemporaryWorkspace()
    let workspace = try Workspace.discover(from: temp.root, articles: "seeds", annotations: "reviews")
    #expect(workspace.annotationsFolder.lastPathComponent == "reviews")
  }

  @Test("no seeds/ anywhere above is an error naming the place")
  func notFound() {
    #expect(throws: WorkspaceError.notFound(searchedFrom: "/proc/self")) {
      try Workspace.discover(from: URL(fileURLWithPath: "/proc/self"))
    }
  }

  @Test("a symbolic link leading out of the articles folder is not an article")
  func symlinkOutside() throws {
    let temp = try TemporaryWorkspace()
    try FileManager.default.createSymbolicLink(
      at: temp.seeds.appendingPathComponent("evil.txt"), withDestinationURL: URL(fileURLWithPath: "/etc/passwd"))
    let workspace = try Workspace.discover(from: temp.root)
    #expect(try !workspace.articleFiles().contains("evil.txt"))
  }

  @Test(
    "articles are named by number, prefix or file name",
    arguments: [
      ("1", "001_154fe191a45418ec.txt"), ("001", "001_154fe191a45418ec.txt"), ("0", "000_8a0f9cc6e11021fa.txt"),
      ("003_f4", "003_f4afcee358305d77.txt"), ("004_8f9c07a32f66671e", "004_8f9c07a32f66671e.txt"),
      ("002_826b06bc2df8a369.txt", "002_826b06bc2df8a369.txt"),
    ])
  func resolution(query: String, file: String) throws {
    #expect(try ArticleResolver(files: Repository.seedFiles).resolve(query) == file)
  }

  @Test("unknown and ambiguous names are errors")
  func resolutionErrors() {
    let resolver = ArticleResolver(files: Repository.seedFiles)
    #expect(throws: WorkspaceError.noSuchArticle("9", suggestion: nil)) { try resolver.resolve("9") }
    #expect(throws: WorkspaceError.noSuchArticle("../../etc/passwd", suggestion: nil)) {
      try resolver.resolve("../../etc/passwd")
    }
    #expect(throws: WorkspaceError.self) { try ArticleResolver(files: ["ab.txt", "ac.txt"]).resolve("a") }
  }
}
