import FactCheckCore
import Foundation
import TestSupport
import Testing

@testable import FactCheckShell

@Suite("conflicts and resolve")
struct ConflictCommandsTests {
  private let name = "001_budget"

  /// A shell over the budget fixture where the claim starting "Critics" is in conflict:
  /// ours disputed by Ada, theirs unverified by Bo, and (with `third`) verified by Cy.
  private func conflicted(third: Bool = false) throws -> (ShellHarness, number: Int, id: String) {
    let workspace = try TemporaryWorkspace(articles: [Fixtures.budgetFile: Fixtures.budget])
    let harness = try ShellHarness(workspace: workspace)
    let claim = try #require(
      try harness.shell.workbench.review(Fixtures.budgetFile).claims.first { $0.text.hasPrefix("Critics") })
    _ = harness.line("open 1; dispute \(claim.number) the ministry's own table says otherwise")
    var annotations = try #require(try harness.annotations(name))
    var stored = try #require(annotations[claim.id])
    var alternatives = [Review(status: .unverified, note: "only one source", reviewer: "Bo")]
    if third { alternatives.append(Review(status: .verified, reviewer: "Cy")) }
    stored.review.conflict = ReviewConflict(alternatives: alternatives, base: nil)
    annotations.upsert(stored)
    try workspace.write("annotations/\(name).json", AnnotationCodec.encode(annotations))
    harness.shell.workbench.reload(Fixtures.budgetFile)
    return (harness, claim.number, claim.id)
  }

  @Test("conflicts lists each side with its verdict, reviewer and note")
  func listing() throws {
    let (harness, number, _) = try conflicted()
    let output = harness.line("conflicts")
    #expect(output.contains("001 claim \(number)  \"Critics said spending on schools fell by 12 million euros.\"\n"))
    #expect(
      output.contains(
        "    ours     ✗ disputed    Ada, 2026-01-01T00:00:00Z — the ministry's own table says otherwise\n"))
    #expect(output.contains("    theirs   ? unverified  Bo — only one source\n"))
    #expect(
      output.hasSuffix(
        "1 claim in conflict in 1 article; adjudicate with 'resolve <n> ours|theirs|<status> [note…]' in the open article\n"
      ))
    #expect(harness.line("claims --status conflict").contains("! conflict"))
  }

  @Test("resolve theirs takes their verdict and note, is saved, and undo brings the conflict back")
  func resolveTheirs() throws {
    let (harness, number, id) = try conflicted()
    let output = harness.line("resolve \(number) theirs")
    #expect(output.contains("\(number) ? unverified"))
    #expect(output.contains("no conflicts left in 001"))
    var stored = try #require(try harness.annotations(name)?[id])
    #expect(stored.review.status == .unverified)
    #expect(stored.review.note == "only one source")
    #expect(stored.review.conflict == nil)
    #expect(stored.review.reviewer == "Ada")
    _ = harness.line("undo")
    stored = try #require(try harness.annotations(name)?[id])
    #expect(stored.review.status == .disputed)
    #expect(stored.review.conflict?.theirs.reviewer == "Bo")
    #expect(harness.line("conflicts").contains("1 claim in conflict"))
  }

  @Test("resolve ours keeps our review; a status with a note sets both; the current claim is used")
  func resolveOursAndStatus() throws {
    let (harness, number, id) = try conflicted()
    _ = harness.line("resolve \(number) ours")
    var stored = try #require(try harness.annotations(name)?[id])
    #expect(stored.review.status == .disputed)
    #expect(stored.review.conflict == nil)
    _ = harness.line("undo")
    _ = harness.line("show \(number); resolve verified both figures check out")
    stored = try #require(try harness.annotations(name)?[id])
    #expect(stored.review.status == .verified)
    #expect(stored.review.note == "both figures check out")
    #expect(stored.review.conflict == nil)
  }

  @Test("a third reviewer's verdict is offered as theirs2")
  func third() throws {
    let (harness, number, id) = try conflicted(third: true)
    #expect(harness.line("conflicts").contains("    theirs2  ✓ verified    Cy\n"))
    _ = harness.line("resolve \(number) theirs2")
    #expect(try harness.annotations(name)?[id]?.review.status == .verified)
  }

  @Test("resolving a claim without a conflict, or with an unknown choice, is an error naming the choices")
  func errors() throws {
    let (harness, number, _) = try conflicted()
    let other = number == 1 ? 2 : 1
    _ = harness.line("resolve \(other) ours")
    #expect(harness.errors.contains("claim \(other) has no conflict (see 'conflicts')"))
    _ = harness.line("resolve \(number) mine")
    #expect(harness.errors.contains("'mine' is not one of ours, theirs, unreviewed, verified, unverified, disputed"))
    _ = harness.line("resolve \(number)")
    #expect(harness.errors.contains("missing ours, theirs or a status"))
  }

  @Test("no conflicts says so; completion offers the sides and statuses")
  func noneAndCompletion() throws {
    let workspace = try TemporaryWorkspace(articles: [Fixtures.budgetFile: Fixtures.budget])
    let harness = try ShellHarness(workspace: workspace)
    #expect(harness.line("conflicts") == "no conflicts\n")
    _ = harness.line("open 1")
    #expect(harness.shell.completions(linePrefix: "resolve 2 ", word: "th") == ["theirs"])
    #expect(harness.shell.completions(linePrefix: "resolve 2 ", word: "un") == ["unreviewed", "unverified"])
  }
}
