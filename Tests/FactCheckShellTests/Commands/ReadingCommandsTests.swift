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
    #expect(lines[0] == "  000  2022-03-10  0/16  Vladimir Putin’s message to relatives of Russian soldiers 0:42")
    #expect(lines[2].hasPrefix("  002              0/17  Ukraine To Hand Over Captured Russian Soldiers"))
    _ = harness.line("open 2")
    #expect(harness.line("articles").split(separator: "\n")[2].hasPrefix("> 002"))
  }

  @Test("open shows the metadata, not as claims")
  func open() throws {
    let harness = try ShellHarness()
    let output = harness.line("open 002")
    #expect(output.hasPrefix("002_826b06bc2df8a369.txt — 17 claims, 0 reviewed\n"))
    #expect(output.contains("  headline   Ukraine To Hand Over Captured Russian Soldiers To Their Mothers"))
    #expect(output.contains("  key points 1. Ukraine appeals to mothers"))
    #expect(output.contains("             3. Ukraine claimed its invader suffered 9,000 combat losses"))
    _ = harness.line("open nine")
    #expect(harness.errors.contains("no article \"nine\""))
    // Dismissed sentences are counted apart, so that the header adds up to the claims `show` numbers.
    _ = harness.line("open 002")
    _ = harness.line("dismiss 1")
    #expect(harness.line("open 002").hasPrefix("002_826b06bc2df8a369.txt — 16 claims, 0 reviewed, 1 dismissed\n"))
    #expect(harness.line("show 17").contains("claim 17 of 17 in 002"))
  }

  @Test("claims lists verdicts, kinds and scores, filters by status and sorts by score")
  func claims() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1; verify 2; dispute 5; dismiss 17")
    let all = harness.line("claims").split(separator: "\n")
    #expect(all.count == 17)
    #expect(all[1].hasPrefix("   2 ✓ verified    factual 0.09       In one unit of the Russian military"))
    #expect(all[4].hasPrefix("   5 ✗ disputed    quote 0.14         “They realized"))
    #expect(all[14].hasPrefix("  15 · unreviewed  caption 0.00       Many of the Ukrainians"))
    #expect(all[16].hasPrefix("> 17 – dismissed   photo-credit 0.00  AFP / Sergei SUPINSKY"))
    #expect(harness.line("claims --status dis").isEmpty)
    #expect(harness.errors.contains("'dis' is ambiguous: disputed, dismissed"))
    #expect(harness.line("claims --status disp").split(separator: "\n").count == 1)
    #expect(harness.line("claims --status=unreviewed").split(separator: "\n").count == 14)
    #expect(harness.line("claims --status dismissed").contains("17 – dismissed"))
    let sorted = harness.line("claims --sort score").split(separator: "\n")
    #expect(sorted.first?.hasPrefix("  11 · unreviewed  numeric 0.41") == true)
    #expect(sorted.suffix(3).allSatisfy { $0.contains("0.00") })
    _ = harness.line("claims --sort size")
    #expect(harness.errors.contains("'size' is not an order (reading, score)"))
    _ = harness.line("claims --colour red")
    #expect(harness.errors.contains("unknown option '--colour'; it takes --sort, --status"))
  }

  @Test("sources lists who claims what, and the publication's own assertions")
  func sources() throws {
    let harness = try ShellHarness()
    let output = harness.line("open 0; sources")
    #expect(output.contains("Putin  (4 claims)\n   5 · unreviewed  A day earlier"))
    #expect(output.contains("   9 · unreviewed  He also said on March 5"))
    #expect(output.contains("in the war in Ukraine. [said]\n"))
    #expect(output.contains("Defense Ministry spokesman Igor Konashenkov  (6 claims)\n   3 ·"))
    #expect(output.contains("the publication (unattributed)  (1 claim)\n  16 · unreviewed"))
    #expect(!output.contains("Of video."))
  }

  @Test("show puts the claim in its paragraph with its review")
  func show() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1")
    let before = harness.line("show 9")
    #expect(before.contains("  caveats    1. [publication] “could not independently verify” (in this sentence)"))
    _ = harness.line("unverify 9 IBT could not verify")
    _ = harness.line("caveat 9 only one side")
    _ = harness.line("evidence 9 https://example.org/x")
    let output = harness.line("show 9")
    #expect(output.hasPrefix("claim 9 of 17 in 001\n"))
    #expect(output.contains("  kind       factual 0.06"))
    #expect(output.contains("  source     the publication (unattributed)"))
    #expect(output.contains("  caveats    1. [publication] “could not independently verify” (in this sentence)"))
    #expect(output.contains("             2. [reviewer] only one side"))
    let quoted = harness.line("show 4")
    #expect(quoted.contains("  source     the wife of a Russian soldier (told)"))
    #expect(quoted.contains("[publication] “whose identity was not revealed” The woman, whose identity was not"))
    #expect(
      output.contains(
        "  The Chief Intelligence Directorate did not specify when or where the phone call was intercepted. "
          + "»The International Business Times could not independently verify the claims.«"))
    #expect(output.contains("  status     ? unverified  Ada, 2026-01-01T00:00:00Z"))
    #expect(output.contains("  note       IBT could not verify"))
    #expect(output.contains("  evidence   1. https://example.org/x"))
    #expect(output.contains("  id         f826b031c9d5"))
  }

  @Test("show without a number shows the current claim, or asks for one")
  func showCurrent() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1")
    #expect(harness.line("show").isEmpty)
    #expect(
      harness.errors.contains(
        "argument 1: missing claim number: there is no current claim (see 'next') (usage: show [n])"))
    #expect(harness.line("verify abc").isEmpty)
    #expect(
      harness.errors.contains(
        "argument 1: 'abc' is not a claim number, and there is no current claim (usage: verify [n] [note…])"))
    _ = harness.line("show 4")
    #expect(harness.line("show").hasPrefix("claim 4 of 17"))
  }

  @Test("next visits unreviewed claims best first, then moves to the next article")
  func next() throws {
    let harness = try ShellHarness()
    let review = try harness.shell.workbench.review("000_8a0f9cc6e11021fa.txt")
    let order = NextCommand.bestFirst(review.claims).map(\.number)
    #expect(order.first == 9)  // "He also said on March 5 …": the highest score.
    #expect(order.last == 4)  // "Of video.": not a claim.
    #expect(harness.line("next").contains("claim \(order[0]) of 16 in 000"))
    _ = harness.line("verify")
    #expect(harness.line("next").hasPrefix("claim \(order[1]) of 16 in 000"))
    _ = harness.line("verify \(order[2])")
    #expect(harness.line("next").hasPrefix("claim \(order[1]) of 16 in 000"))  // Still the best one left.
    _ = harness.line("verify")
    #expect(harness.line("next").hasPrefix("claim \(order[3]) of 16 in 000"))
    for number in 1...16 { _ = harness.line("mark \(number) verified") }
    let moved = harness.line("next")
    #expect(moved.hasPrefix("all 16 claims of 000 are reviewed\n001_154fe191a45418ec.txt"))
    #expect(moved.contains("claim 11 of 17 in 001"))
  }

  @Test("progress shows each article and the total")
  func progress() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1; verify 1; dispute 2; unverify 3")
    let lines = harness.line("progress").split(separator: "\n")
    #expect(lines.count == 6)
    #expect(lines[1] == "  001    3/17      █░░░░░░░░░  17%  ✓1 ?1 ✗1")
    #expect(lines[5] == "  total  3/92      ░░░░░░░░░░   3%  ✓1 ?1 ✗1")
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
