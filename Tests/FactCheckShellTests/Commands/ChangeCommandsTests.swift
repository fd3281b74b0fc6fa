import FactCheckCore
import TestSupport
import Testing

@testable import FactCheckShell

@Suite("Commands that change a review")
struct ChangeCommandsTests {
  private let name = "001_154fe191a45418ec"

  @Test("verify, unverify, dispute and mark set the status; a note replaces, none keeps")
  func verdicts() throws {
    let harness = try ShellHarness()
    #expect(
      harness.line("open 1; verify 3 matches the MoD statement").hasSuffix(
        "3 ✓ verified \"However, the KAMAZ trucks brought the conscripts …\" — matches the MoD statement [2 caveats]\n")
    )
    _ = harness.line("dispute 3")
    #expect(try harness.annotations(name)?["bfb5817a1c9a"]?.review.note == "matches the MoD statement")
    _ = harness.line("u 3 new note")
    #expect(try harness.annotations(name)?["bfb5817a1c9a"]?.review.status == .unverified)
    #expect(try harness.annotations(name)?["bfb5817a1c9a"]?.review.note == "new note")
    _ = harness.line("mark 3 unrev")
    #expect(try harness.annotations(name)?["bfb5817a1c9a"]?.review.status == .unreviewed)
    _ = harness.line("mark 3")
    #expect(harness.errors.contains("argument 2: missing status"))
  }

  @Test("note sets and clears; caveat and evidence add and remove")
  func annotations() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1; note 10 first; note 10 second")
    #expect(try harness.annotations(name)?.claims.first?.review.note == "second")
    _ = harness.line("caveat 10 one side only; caveat 10 unnamed source; evidence 10 https://a.example")
    var review = try #require(try harness.annotations(name)?.claims.first?.review)
    #expect(
      review.caveats == [
        Caveat(text: "one side only", origin: .reviewer), Caveat(text: "unnamed source", origin: .reviewer),
      ])
    #expect(review.evidence == ["https://a.example"])
    _ = harness.line("caveat 10 --remove 1; evidence 10 --remove 1; note 10 \"\"")
    review = try #require(try harness.annotations(name)?.claims.first?.review)
    #expect(review.caveats.map(\.text) == ["unnamed source"])
    #expect(review.evidence.isEmpty)
    #expect(review.note.isEmpty)
    _ = harness.line("caveat 10 --remove 4")
    #expect(harness.errors.contains("claim 10 has 1 caveat item"))
    _ = harness.line("note 10")
    #expect(harness.errors.contains("argument 2: missing text"))
  }

  @Test("add quotes a missed claim and tells how numbers shifted")
  func add() throws {
    let harness = try ShellHarness()
    let output = harness.line("open 1; add \"did not specify when or where\"")
    #expect(output.contains("added claim 9: \"did not specify when or where\"\n"))
    #expect(output.contains("claims 9–17 are now numbered 10–18\n"))
    _ = harness.line("add \"not in the article\"")
    #expect(harness.errors.contains("text not found in the article: \"not in the article\""))
  }

  @Test("add counts the other places its text appears, and --occurrence takes one of them")
  func addOccurrence() throws {
    let temp = try TemporaryWorkspace(articles: [
      "a.txt": "Troops crossed the river.\nThe bridge held, officials said.\n\nLater the bridge held again.\n"
    ])
    let harness = try ShellHarness(workspace: temp)
    #expect(harness.line("open a; add \"the bridge held\"").contains("added claim 2: \"The bridge held\""))
    #expect(
      harness.errors.contains(
        "note: the text appears 2 times; this is the first, on line 2 "
          + "('undo', then 'add --occurrence K' for another)"))
    _ = harness.line("undo")
    let second = harness.line("add --occurrence 2 \"the bridge held\"")
    #expect(second.contains("added claim 4: \"the bridge held\""))
    for (line, error) in [
      ("add --occurrence 5 \"the bridge held\"", "no occurrence 5: the text appears once"),
      ("add \"the bridge held\" --occurrence 1", "put --occurrence K before the quoted text"),
      ("add --occurrence x \"the bridge held\"", "--occurrence takes a number from 1"),
    ] {
      _ = harness.line(line)
      #expect(harness.errors.contains(error), "\(line)")
    }
  }

  @Test("dismiss and restore are reversible and saved")
  func dismissRestore() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1; dismiss 17")
    #expect(try harness.annotations(name)?.claims.first?.review.dismissed == true)
    _ = harness.line("restore 17")
    #expect(try harness.annotations(name) == nil)
  }

  @Test("undo and redo report what they did, across articles")
  func undoRedo() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1; verify 2; open 3; dispute 4")
    #expect(harness.line("undo") == "undid dispute 4 (claim 4 of 003)\n")
    #expect(harness.line("undo") == "undid verify 2 (claim 2 of 001)\n")
    #expect(harness.workspace.annotationFiles.isEmpty)
    _ = harness.line("undo")
    #expect(harness.errors.contains("nothing to undo"))
    #expect(harness.line("redo") == "redid verify 2 (claim 2 of 001)\n")
    #expect(harness.workspace.annotationFiles == ["001_154fe191a45418ec.json"])
  }

  @Test("quit ends the session before the remaining lines")
  func quit() throws {
    let harness = try ShellHarness()
    harness.run(["open 1", "quit", "verify 1"])
    #expect(harness.workspace.annotationFiles.isEmpty)
  }

  @Test("a read-only article refuses changes with the reason, and its file is untouched")
  func readOnly() throws {
    let harness = try ShellHarness()
    let broken = "{ \"format\": \"factcheck-annotations/1\", \"article\": 3, \"claims\": [] }\n"
    try harness.workspace.write("annotations/\(name).json", broken)
    _ = harness.line("open 1")
    #expect(
      harness.errors.contains(
        "note: opened read-only: annotations/\(name).json:1:51: article: expected an object, found a number"))
    #expect(harness.shell.prompt == "001 [0/17] read-only> ")
    _ = harness.line("verify 1")
    #expect(harness.errors.contains("error: \(name) is read-only"))
    #expect(harness.workspace.read("annotations/\(name).json") == broken)
  }
}
