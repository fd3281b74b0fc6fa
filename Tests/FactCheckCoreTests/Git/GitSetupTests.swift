import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("git set-up")
struct GitSetupTests {
  private func setup(_ sandbox: GitSandbox, command: String = "/bin/sh") throws -> GitSetup {
    try GitSetup(repository: sandbox.repository(), annotationsFolder: sandbox.workspace.annotations, command: command)
  }

  @Test("installing writes the attributes line and three settings, and a second run changes nothing")
  func idempotent() throws {
    let sandbox = try GitSandbox(articles: ["001_a.txt": "One sentence here.\n"])
    try sandbox.workspace.write(".gitattributes", "*.txt text")
    let first = try setup(sandbox).install()
    #expect(first.map(\.outcome) == [.added, .added, .added, .added])
    #expect(
      sandbox.workspace.read(".gitattributes") == "*.txt text\nannotations/*.json diff=factcheck merge=factcheck\n")
    let repository = try sandbox.repository()
    #expect(repository.localConfig("diff.factcheck.textconv") == "/bin/sh textconv")
    #expect(repository.localConfig("merge.factcheck.driver") == "/bin/sh merge-driver %O %A %B --path %P")
    #expect(repository.localConfig("merge.factcheck.name") != nil)
    let second = try setup(sandbox).install()
    #expect(second.map(\.outcome) == [.unchanged, .unchanged, .unchanged, .unchanged])
    #expect(
      sandbox.workspace.read(".gitattributes") == "*.txt text\nannotations/*.json diff=factcheck merge=factcheck\n")
    #expect(try setup(sandbox).attributesSelectDrivers())
  }

  @Test("a moved executable is replaced and reported with the old value")
  func moved() throws {
    let sandbox = try GitSandbox(articles: ["001_a.txt": "One sentence here.\n"])
    _ = try setup(sandbox, command: "/old/place/factcheck").install()
    #expect(
      try setup(sandbox).problems() == [
        "git's factcheck drivers run /old/place/factcheck, which is missing: run 'factcheck init' again"
      ])
    let steps = try setup(sandbox, command: "/bin/sh").install()
    #expect(steps[1].outcome == .changed(from: "/old/place/factcheck textconv"))
    #expect(steps[0].outcome == .unchanged)
    #expect(try setup(sandbox).problems().isEmpty)
  }

  @Test("attributes without drivers in this clone are a problem git would not mention")
  func missingConfiguration() throws {
    let sandbox = try GitSandbox(articles: ["001_a.txt": "One sentence here.\n"])
    #expect(try setup(sandbox).problems().isEmpty)
    try sandbox.workspace.write(".gitattributes", "annotations/*.json diff=factcheck merge=factcheck\n")
    let problems = try setup(sandbox).problems()
    #expect(problems.count == 1)
    #expect(problems.first?.contains("git would merge them as plain text: run 'factcheck init'") == true)
  }

  @Test("a later .gitattributes line that overrides the drivers is noticed")
  func overridden() throws {
    let sandbox = try GitSandbox(articles: ["001_a.txt": "One sentence here.\n"])
    _ = try setup(sandbox).install()
    let text = try #require(sandbox.workspace.read(".gitattributes"))
    try sandbox.workspace.write(".gitattributes", text + "annotations/*.json -merge\n")
    #expect(try !setup(sandbox).attributesSelectDrivers())
  }
}
