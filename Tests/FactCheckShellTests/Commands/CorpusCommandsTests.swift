import FactCheckCore
import Foundation
import TestSupport
import Testing

@testable import FactCheckShell

@Suite("related, figures and contradictions")
struct CorpusCommandsTests {
  /// The number of the claim in `article` whose text contains `text`.
  private func number(_ harness: ShellHarness, _ article: String, containing text: String) throws -> Int {
    let file = try harness.shell.workbench.resolveArticle(article)
    return try #require(try harness.shell.workbench.review(file).claims.first { $0.text.contains(text) }?.number)
  }

  @Test("figures lists each quantity's disagreeing figures, smallest first, with source, time and verdict")
  func figures() throws {
    let harness = try ShellHarness()
    let output = harness.line("figures")
    let lines = output.split(separator: "\n").map(String.init)
    let heading = try #require(lines.firstIndex(of: "figures that disagree: soldiers killed or lost (Russia)"))
    let rows = lines[(heading + 1)...].prefix { $0.hasPrefix("   ") }
    #expect(rows.map { $0.split(separator: " ").first.map(String.init) } == ["498", "at", "3,500", "about", "38,550"])
    #expect(
      rows.first?.contains("of its troops have died — Russia's Defense Ministry · since the start of the war") == true)
    #expect(output.contains("figures that disagree: tanks lost (Russia)"))
    let closing = "5 quantities with figures that disagree; 'related <n>' in an article shows those of one claim\n"
    #expect(output.hasSuffix(closing))
  }

  @Test("contradictions pairs a denial with another source's affirmation")
  func contradictions() throws {
    let harness = try ShellHarness()
    let output = harness.line("contradictions")
    #expect(
      output.hasPrefix(
        "  000:5 denies  Putin: \"Russian conscripts would not take part in his invasion of Ukraine\"\n"
          + "  000:1 affirms The Russian Defense Ministry: \"Russian military conscripts were involved in the invasion "
          + "of Ukraine\"\n    subject: russian, conscripts; score 0.66\n"))
    #expect(output.hasSuffix("pairs found\n"))
  }

  @Test("related shows a claim's disagreeing figures, opposing statements and related claims; it becomes current")
  func related() throws {
    let harness = try ShellHarness()
    let estimate = try number(harness, "001", containing: "38,550")
    _ = harness.line("open 1")
    let output = harness.line("related \(estimate)")
    #expect(output.hasPrefix("claim \(estimate) in 001: \"Since the war began in February"))
    #expect(output.contains(" > 38,550          001:11  soldiers (lost) — the Ministry of Defense of Ukraine"))
    #expect(output.contains("related claims in other articles\n  004:16 "))
    #expect(output.contains("shared: a figure for the same quantity"))
    #expect(harness.line("show").hasPrefix("claim \(estimate) of"))
    let admission = try number(harness, "000", containing: "The Russian Defense Ministry confirmed")
    _ = harness.line("open 0")
    let opposing = harness.line("related \(admission)")
    #expect(opposing.contains("opposing statements\n  000:1 affirms The Russian Defense Ministry: "))
    #expect(opposing.contains("  000:5 denies  Putin: "))
  }

  @Test("related on a dismissed sentence says it is not compared; errors are the usual ones")
  func relatedErrors() throws {
    let harness = try ShellHarness()
    _ = harness.line("related 3")
    #expect(harness.errors.contains("no article open"))
    _ = harness.line("open 1; dismiss 17")
    #expect(harness.line("related 17").contains("not compared: dismissed, or not a claim"))
    _ = harness.line("related 99")
    #expect(harness.errors.contains("no claim 99"))
  }
}
