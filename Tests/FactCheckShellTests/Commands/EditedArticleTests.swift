import FactCheckCore
import FactCheckShell
import Foundation
import TestSupport
import Testing

@Suite("Edited articles in the shell: notices, orphans, changes made elsewhere")
struct EditedArticleTests {
  static let file = "001_fixture.txt"
  static let mayor = "The mayor claimed that insurance premiums would fall by a fifth within two years."
  static let experts = "Independent experts could not confirm that figure."

  /// A shell on the fixture with three claims reviewed (found by their text, not their numbers).
  private func reviewed() throws -> ShellHarness {
    let workspace = try TemporaryWorkspace(articles: [Self.file: Fixtures.article, "002_other.txt": "Rain fell.\n"])
    let harness = try ShellHarness(workspace: workspace)
    _ = harness.line("open 1")
    for (words, command) in [("41 million", "verify"), ("insurance premiums", "dispute"), ("experts", "unverify")] {
      _ = harness.line("\(command) \(try number(words, in: harness)) note on \(words)")
    }
    #expect(harness.errors.isEmpty, "\(harness.errors)")
    return harness
  }

  private func number(_ words: String, in harness: ShellHarness) throws -> Int {
    let review = try harness.shell.workbench.review(Self.file)
    return try #require(review.claims.first { $0.text.contains(words) }).number
  }

  /// A second shell on the same workspace.
  private func second(_ harness: ShellHarness) throws -> ShellHarness {
    try ShellHarness(workspace: harness.workspace)
  }

  @Test("opening an edited article says what moved, what matched fuzzily with its score, and what is orphaned")
  func openNotices() throws {
    let first = try reviewed()
    let text = Fixtures.article
      .replacingOccurrences(of: "The council said", with: "Storms grew stronger this year.\n\nThe council said")
      .replacingOccurrences(of: "a fifth", with: "one fifth")
      .replacingOccurrences(of: Self.experts, with: "")
    try first.workspace.write("seeds/\(Self.file)", text)
    let later = try second(first)
    _ = later.line("open 1")
    let notes = later.errors
    #expect(
      notes.contains("note: the article changed since it was reviewed: 1 claim moved, 1 matched fuzzily, 1 orphaned"))
    let cost = try number("41 million", in: later)
    let mayor = try number("insurance premiums", in: later)
    #expect(notes.contains("note: moved with their verdicts: claim \(cost)\n"))
    #expect(notes.contains("note: claim \(mayor) matched fuzzily (score 0.80)"))
    #expect(notes.contains("its text changed, check the verdict: \"The mayor claimed that insurance premiums would"))
    #expect(
      notes.contains(
        "note: 1 reviewed claim no longer found in the article; kept in annotations/001_fixture.json (see 'orphans')"))
    let orphans = later.line("orphans")
    #expect(orphans.contains("001 — 1 orphaned claim, kept in annotations/001_fixture.json"))
    #expect(orphans.contains("1. ? unverified \"\(Self.experts)\" — note on experts"))
    #expect(orphans.contains("· Ada, 2026-01-01T00:00:00Z"))
    #expect(later.line("orphans 2") == "no orphaned claims in 002\n")
    #expect(later.line("orphans all").contains("001 — 1 orphaned claim"))
    // Nothing was written by opening; the orphan stays in the file after other changes.
    _ = later.line("verify \(mayor)")
    let stored = try #require(try later.annotations("001_fixture"))
    #expect(stored.claims.contains { $0.anchor.quote == Self.experts && $0.review.note == "note on experts" })
    #expect(stored.claims.count == 3)
  }

  /// A second shell on the reviewed fixture after the disputed mayor's claim was edited, with that claim's number.
  private func mayorEdited() throws -> (ShellHarness, Int) {
    let first = try reviewed()
    try first.workspace.write(
      "seeds/\(Self.file)", Fixtures.article.replacingOccurrences(of: "a fifth", with: "one fifth"))
    let later = try second(first)
    _ = later.line("open 1")
    return (later, try number("insurance premiums", in: later))
  }

  @Test("a verdict on words edited since is marked and shown with the words it was given to, until given again")
  func verdictOnChangedWords() throws {
    let (later, mayor) = try mayorEdited()
    let shown = later.line("show \(mayor)")
    #expect(shown.contains("  status     ✗ disputed*"))
    #expect(shown.contains("  changed    the verdict was given to “\(Self.mayor)”; give it again to confirm it"))
    let listed = later.line("claims --status changed")
    #expect(listed.contains("✗ disputed*"))
    #expect(listed.split(separator: "\n").count == 1)
    _ = later.line("note \(mayor) still disputed")
    #expect(later.line("claims --status ch").contains("✗ disputed*"))
    // A dismissed sentence is no claim to recheck; restored, it is again.
    _ = later.line("dismiss \(mayor)")
    #expect(later.line("claims --status changed").hasPrefix("no claims match"))
    _ = later.line("restore \(mayor)")
    #expect(later.line("claims --status changed").contains("✗ disputed*"))
    _ = later.line("dispute \(mayor)")
    #expect(!later.line("show \(mayor)").contains("changed"))
    #expect(later.line("claims --status changed").hasPrefix("no claims match"))
    let stored = try #require(try later.annotations("001_fixture"))
    #expect(stored.claims.allSatisfy { $0.review.reviewedText == nil })
  }

  @Test("a verdict on changed words counts in progress, and next visits it once no claim is unreviewed")
  func changedWordsAreWorkLeft() throws {
    let (later, mayor) = try mayorEdited()
    let progress = later.line("progress")
    #expect(progress.contains("1 changed since the verdict"), "\(progress)")
    let rows = progress.split(separator: "\n")
    #expect(rows.filter { $0.contains("changed since the verdict") }.count == 2)  // 001 and the total
    // Every unreviewed claim first, in this article and the next, then the changed one, then nothing.
    let review = try later.shell.workbench.review(Self.file)
    let unreviewed = review.claims.filter { $0.review.status == .unreviewed && !$0.review.dismissed }
    #expect(!unreviewed.isEmpty)
    for _ in unreviewed {
      let shown = later.line("next")
      #expect(!shown.contains("changed    the verdict"), "\(shown)")
      _ = later.line("verify")
    }
    // Unreviewed claims in other articles come first.
    #expect(later.line("next").contains("in 002"))
    _ = later.line("verify")
    let changed = later.line("next")
    #expect(changed.contains("claim \(mayor) of "), "\(changed)")
    #expect(changed.contains("in 001"))
    #expect(changed.contains("  changed    the verdict was given to"))
    _ = later.line("dispute")
    #expect(!later.line("progress").contains("changed since the verdict"))
    let done = later.line("next")
    #expect(done.hasSuffix("every claim in every article is reviewed\n"), "\(done)")
  }

  @Test("a verdict saved by another shell is announced and shown before the next command")
  func changesFromAnotherShell() throws {
    let first = try reviewed()
    let other = try second(first)
    _ = other.line("open 1")
    let failed = try number("failed twice", in: other)
    _ = other.line("dispute \(failed) it failed three times")
    _ = first.line("progress")
    #expect(
      first.errors.contains(
        "note: 001_fixture's annotations changed on disk (another shell, or git); reloaded: claim \(failed) changed"))
    #expect(first.line("show \(failed)").contains("it failed three times"))
  }

  @Test("the current claim is followed by id when another shell's change renumbers the claims")
  func currentClaimFollowed() throws {
    let first = try reviewed()
    let failed = try number("failed twice", in: first)
    _ = first.line("show \(failed)")
    let other = try second(first)
    _ = other.line("open 1")
    #expect(other.line("add \"took three years to build\"").contains("added claim"))
    #expect(first.line("dispute it failed three times").hasPrefix("\(failed + 1) ✗ disputed \"A similar barrier"))
    let stored = try #require(try first.annotations("001_fixture"))
    #expect(stored.claims.first { $0.anchor.quote.hasPrefix("A similar barrier") }?.review.status == .disputed)
  }

  @Test("the same claim changed in two shells is kept both ways as a conflict")
  func conflictBetweenShells() throws {
    let first = try reviewed()
    let other = try second(first)
    _ = other.line("open 1")
    let mayor = try number("insurance premiums", in: other)
    _ = other.line("verify \(mayor) the council's actuary agrees")
    _ = first.line("dispute \(mayor) no source for the fifth")
    #expect(first.errors.contains("merged, with 1 conflicting claim kept both ways"))
    let stored = try #require(try first.annotations("001_fixture"))
    let claim = try #require(stored.claims.first { $0.anchor.quote == Self.mayor })
    #expect(claim.review.note == "no source for the fifth")
    #expect(claim.review.conflict?.theirs.note == "the council's actuary agrees")
  }

  @Test("a newer annotation file opens read-only with advice to upgrade, and is never written")
  func newerFormat() throws {
    let first = try reviewed()
    let path = "annotations/001_fixture.json"
    let newer = try #require(first.workspace.read(path))
      .replacingOccurrences(of: "factcheck-annotations/1", with: "factcheck-annotations/3")
    try first.workspace.write(path, newer)
    let later = try second(first)
    _ = later.line("open 1")
    #expect(later.errors.contains("written by a newer version of factcheck (format \"factcheck-annotations/3\""))
    #expect(later.errors.contains("(upgrade factcheck to change this article; the file will not be overwritten)"))
    #expect(later.shell.prompt.hasSuffix(" read-only> "))
    _ = later.line("verify 1")
    #expect(later.errors.contains("error: 001_fixture is read-only: \(path) was written by a newer version"))
    #expect(first.workspace.read(path) == newer)
  }
}
