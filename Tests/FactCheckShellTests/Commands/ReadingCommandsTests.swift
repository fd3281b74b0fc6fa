import FactCheckCore
import Testing

@testable import FactCheckShell

@Suite("Reading commands")
struct ReadingCommandsTests {
  @Test("help lists every command in the table, and explains one")
  func help() throws {
    let harness = try ShellHarness()
    let list = harness.line("help")
    for command in CommandTable.all {
      #expect(list.contains(command.usage), "\(command.name)")
      #expect(list.contains(command.abstract), "\(command.name)")
    }
    let one = harness.line("help v")
    #expect(one.hasPrefix("usage: verify [n] [note…]\n"))
    #expect(one.contains("aliases: v"))
    _ = harness.line("help verfy")
    #expect(harness.errors.contains("unknown command 'verfy'; did you mean 'verify'?"))
  }

  @Test("articles lists each article with date, progress and title")
  func articles() throws {
    let harness = try ShellHarness()
    let output = harness.line("articles")
    let lines = output.split(separator: "\n")
    #expect(lines.count == 5)
    #expect(lines[0] == "  000  2022-03-10  0/17  Vladimir Putin’s message to relatives of Russian soldiers 0:42")
    #expect(lines[2].hasPrefix("  002              0/21  Ukraine To Hand Over Captured Russian Soldiers"))
    _ = harness.line("open 2")
    #expect(harness.line("articles").split(separator: "\n")[2].hasPrefix("> 002"))
  }

  @Test("open shows the metadata, not as claims")
  func open() throws {
    let harness = try ShellHarness()
    let output = harness.line("open 002")
    #expect(output.hasPrefix("002_826b06bc2df8a369.txt — 21 claims, 0 reviewed\n"))
    #expect(output.contains("  headline   Ukraine To Hand Over Captured Russian Soldiers To Their Mothers"))
    #expect(output.contains("  key points 1. Ukraine appeals to mothers"))
    #expect(output.contains("             3. Ukraine claimed its invader suffered 9,000 combat losses"))
    _ = harness.line("open nine")
    #expect(harness.errors.contains("no article \"nine\""))
  }

  @Test("claims lists verdicts and filters by status")
  func claims() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1; verify 2; dispute 5; dismiss 19")
    let all = harness.line("claims").split(separator: "\n")
    #expect(all.count == 19)
    #expect(all[1].hasPrefix("   2 ✓ verified    In one unit of the Russian military"))
    #expect(all[4].hasPrefix("   5 ✗ disputed    They were loaded"))
    #expect(all[18].hasPrefix("> 19 – dismissed   Many of the Ukrainians"))
    #expect(harness.line("claims --status dis").isEmpty)
    #expect(harness.errors.contains("'dis' is not a status"))
    #expect(harness.line("claims --status disp").split(separator: "\n").count == 1)
    #expect(harness.line("claims --status=unreviewed").split(separator: "\n").count == 16)
    #expect(harness.line("claims --status dismissed").contains("19 – dismissed"))
    _ = harness.line("claims --colour red")
    #expect(harness.errors.contains("unknown option '--colour'; it takes --status"))
  }

  @Test("show puts the claim in its paragraph with its review")
  func show() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1")
    _ = harness.line("unverify 12 IBT could not verify")
    _ = harness.line("caveat 12 only one side")
    _ = harness.line("evidence 12 https://example.org/x")
    let output = harness.line("show 12")
    #expect(output.hasPrefix("claim 12 of 19 in 001\n"))
    #expect(
      output.contains(
        "  The Chief Intelligence Directorate did not specify when or where the phone call was intercepted. "
          + "»The International Business Times could not independently verify the claims.«"))
    #expect(output.contains("  status     ? unverified  Ada, 2026-01-01T00:00:00Z"))
    #expect(output.contains("  note       IBT could not verify"))
    #expect(output.contains("  caveats    1. [reviewer] only one side"))
    #expect(output.contains("  evidence   1. https://example.org/x"))
    #expect(output.contains("  id         f826b031c9d5"))
  }

  @Test("show without a number shows the current claim, or asks for one")
  func showCurrent() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1")
    #expect(harness.line("show").isEmpty)
    #expect(harness.errors.contains("argument 1: missing claim number (usage: show [n])"))
    _ = harness.line("show 4")
    #expect(harness.line("show").hasPrefix("claim 4 of 19"))
  }

  @Test("next walks unreviewed claims in order, then moves to the next article")
  func next() throws {
    let harness = try ShellHarness()
    #expect(harness.line("next").contains("claim 1 of 17 in 000"))
    _ = harness.line("verify")
    #expect(harness.line("next").hasPrefix("claim 2 of 17 in 000"))
    _ = harness.line("verify 3")
    #expect(harness.line("next").hasPrefix("claim 4 of 17 in 000"))
    for number in 1...17 { _ = harness.line("mark \(number) verified") }
    let moved = harness.line("next")
    #expect(moved.hasPrefix("all 17 claims of 000 are reviewed\n001_154fe191a45418ec.txt"))
    #expect(moved.contains("claim 1 of 19 in 001"))
  }

  @Test("progress shows each article and the total")
  func progress() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1; verify 1; dispute 2; unverify 3")
    let lines = harness.line("progress").split(separator: "\n")
    #expect(lines.count == 6)
    #expect(lines[1] == "  001    3/19      █░░░░░░░░░  15%  ✓1 ?1 ✗1")
    #expect(lines[5] == "  total  3/112     ░░░░░░░░░░   2%  ✓1 ?1 ✗1")
  }

  @Test("find searches every article, ignoring case and quote style")
  func find() throws {
    let harness = try ShellHarness()
    let output = harness.line("find \"special military operation\"")
    #expect(output.contains("  000:3  · unreviewed  “Unfortunately"))
    #expect(output.contains("  000:5  · unreviewed  A day earlier"))
    #expect(output.hasSuffix("2 claims found\n"))
    #expect(harness.line("find zebra") == "no claims contain \"zebra\"\n")
  }
}
