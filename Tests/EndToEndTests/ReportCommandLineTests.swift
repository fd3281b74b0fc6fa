import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("factcheck report")
struct ReportCommandLineTests {
  /// A temporary copy of the seeds with the shipped annotations.
  private func reviewed() throws -> TemporaryWorkspace {
    let workspace = try TemporaryWorkspace()
    for name in Repository.annotationFiles {
      try workspace.write(
        "annotations/" + name,
        try String(contentsOf: Repository.annotations.appendingPathComponent(name), encoding: .utf8))
    }
    return workspace
  }

  private static let snapshots = Repository.root.appendingPathComponent("Tests/FactCheckCoreTests/Reports/Snapshots")

  @Test("by default, Markdown on standard output: the golden report of the shipped review")
  func markdown() throws {
    let workspace = try reviewed()
    let result = try Binary.run(["report"], in: workspace.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout == (try String(contentsOf: Self.snapshots.appendingPathComponent("report.md"), encoding: .utf8)))
  }

  @Test("-o writes the format its extension implies, atomically, and says so; --format overrides it")
  func outputFile() throws {
    let workspace = try reviewed()
    let html = try Binary.run(["report", "-o", "out/review.html"], in: workspace.root)
    #expect(html.status == 0, "\(html.stderr)")
    #expect(html.stdout.isEmpty)
    #expect(html.stderr == "wrote out/review.html (html; 5 articles, 82 claims)\n")
    #expect(
      workspace.read("out/review.html")
        == (try String(contentsOf: Self.snapshots.appendingPathComponent("report.html"), encoding: .utf8)))
    let jsonld = try Binary.run(
      ["report", "002", "--format", "webannotation", "--output", "002.jsonld"], in: workspace.root)
    #expect(jsonld.status == 0, "\(jsonld.stderr)")
    let written = try #require(workspace.read("002.jsonld"))
    let collection = try #require(try JSONSerialization.jsonObject(with: Data(written.utf8)) as? [String: Any])
    #expect(collection["total"] as? Int == 15)
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: workspace.root.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
  }

  @Test("piped output is exact, control characters included")
  func exactWhenPiped() throws {
    let workspace = try TemporaryWorkspace(articles: [
      "001_hostile.txt": "The \u{1B}[31mevil\u{1B}[0m claim rings a bell. A second claim.\n"
    ])
    _ = try Binary.run(["-c", "open 1; verify 1"], in: workspace.root)
    let csv = try Binary.run(["report", "--format", "csv"], in: workspace.root)
    #expect(csv.status == 0)
    #expect(csv.stdout.contains("The \u{1B}[31mevil\u{1B}[0m claim rings a bell."))
  }

  @Test("an unknown format or article fails with a message; nothing is written")
  func errors() throws {
    let workspace = try reviewed()
    let format = try Binary.run(["report", "--format", "pdf", "-o", "x.pdf"], in: workspace.root)
    #expect(format.status != 0)
    #expect(format.stderr.contains("unknown format 'pdf' (md, html, csv, json, claimreview, webannotation)"))
    let article = try Binary.run(["report", "nine", "-o", "x.md"], in: workspace.root)
    #expect(article.status == 1)
    #expect(article.stderr.hasPrefix("error: no article \"nine\""))
    let dash = try Binary.run(["report", "-o", "-"], in: workspace.root)
    #expect(dash.status == 0)
    #expect(dash.stdout.hasPrefix("# Verification report"))
    #expect(workspace.read("-") == nil)
    let jsonld = try Binary.run(["report", "-o", "x.jsonld"], in: workspace.root)
    #expect(jsonld.status != 0)
    #expect(jsonld.stderr.contains("add --format claimreview or --format webannotation"))
    #expect(workspace.read("x.pdf") == nil && workspace.read("x.md") == nil && workspace.read("x.jsonld") == nil)
    let folder = try Binary.run(["report", "-o", "seeds/000_8a0f9cc6e11021fa.txt/x.md"], in: workspace.root)
    #expect(folder.status == 1)
    #expect(folder.stderr.hasPrefix("error: cannot save "))
  }
}
