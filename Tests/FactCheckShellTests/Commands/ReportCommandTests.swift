import FactCheckCore
import Foundation
import TestSupport
import Testing

@testable import FactCheckShell

@Suite("report in the shell")
struct ReportCommandTests {
  @Test("without -o the Markdown report is shown, with control characters made harmless")
  func shown() throws {
    let harness = try ShellHarness(workspace: try TestSupportWorkspace.hostile())
    _ = harness.line("open 1; dispute 1 a note")
    let output = harness.line("report")
    #expect(output.hasPrefix("# Verification report\n\n1 article, 2 claims to review: 1 reviewed (50%)"))
    #expect(output.contains("| ✗ disputed | The ⟨U+001B⟩\\[31mevil⟨U+001B⟩\\[0m claim rings a bell⟨U+0007⟩. |"))
    #expect(!output.contains("\u{1B}"))
    #expect(!output.unicodeScalars.contains("\u{202E}"))
  }

  @Test("-o writes the file, in the format its extension implies or --format names")
  func written() throws {
    let harness = try ShellHarness()
    let folder = harness.workspace.root
    let html = folder.appendingPathComponent("out/review.html").path
    let output = harness.line("report 002 1 -o \(html) --reviewed")
    #expect(output.hasPrefix("wrote "))
    #expect(output.hasSuffix("review.html (html; 2 articles, 34 claims)\n"))
    let page = try String(contentsOfFile: html, encoding: .utf8)
    #expect(page.hasPrefix("<!DOCTYPE html>"))
    let jsonld = folder.appendingPathComponent("review.jsonld").path
    _ = harness.line("open 2; verify 1")
    _ = harness.line("report --format claimreview --output \(jsonld) --base-url https://example.org/r.html")
    #expect(try String(contentsOfFile: jsonld, encoding: .utf8).contains("\"https://example.org/r.html#claim-"))
    #expect(harness.errors.isEmpty)
  }

  @Test("mistakes are usage errors naming the command")
  func errors() throws {
    let harness = try ShellHarness()
    _ = harness.line("report --format pdf")
    #expect(harness.errors.contains("unknown format 'pdf' (md, html, csv, json, claimreview, webannotation)"))
    _ = harness.line("report nine")
    #expect(harness.errors.contains("no article \"nine\""))
    _ = harness.line("report --reviewed=yes")
    #expect(harness.errors.contains("option '--reviewed' takes no value"))
    _ = harness.line("report -o")
    #expect(harness.errors.contains("option '-o' needs a value"))
    _ = harness.line("report -o review.jsonld")
    #expect(harness.errors.contains("--format claimreview or --format webannotation"))
    #expect(!FileManager.default.fileExists(atPath: "review.jsonld"))
  }

  @Test("completion offers formats, several articles, and the options")
  func completion() throws {
    let harness = try ShellHarness()
    let shell = harness.shell
    #expect(shell.completions(linePrefix: "report --format ", word: "c") == ["csv", "claimreview"])
    #expect(shell.completions(linePrefix: "report 001 ", word: "00") == ["000", "001", "002", "003", "004"])
    #expect(shell.completions(linePrefix: "report --reviewed ", word: "00").count == 5)
    #expect(
      shell.completions(linePrefix: "report ", word: "--") == ["--base-url", "--format", "--output", "--reviewed"])
    #expect(shell.completions(linePrefix: "report -o x.md ", word: "003") == ["003"])
    #expect(shell.completions(linePrefix: "", word: "rep") == ["report"])
  }
}
