import Testing

@testable import FactCheckShell

@Suite("Tab completion")
struct CompleterTests {
  @Test("the first word completes to command names")
  func commands() throws {
    let harness = try ShellHarness()
    let shell = harness.shell
    #expect(shell.completions(linePrefix: "", word: "re") == ["redo", "related", "report", "resolve", "restore"])
    #expect(shell.completions(linePrefix: "", word: "un") == ["undo", "unverify"])
    #expect(shell.completions(linePrefix: "", word: "undis") == ["undismiss"])
    #expect(shell.completions(linePrefix: "open 1; ", word: "v") == ["verify"])
    #expect(shell.completions(linePrefix: "", word: "").count == CommandTable.all.count)
  }

  @Test("articles complete to their short names")
  func articles() throws {
    let harness = try ShellHarness()
    let shell = harness.shell
    #expect(shell.completions(linePrefix: "open ", word: "00") == ["000", "001", "002", "003", "004"])
    #expect(shell.completions(linePrefix: "o ", word: "003") == ["003"])
  }

  @Test("claim numbers complete from the open article")
  func claimNumbers() throws {
    let harness = try ShellHarness()
    #expect(harness.shell.completions(linePrefix: "verify ", word: "1").isEmpty)
    _ = harness.line("open 1")
    #expect(harness.shell.completions(linePrefix: "verify ", word: "1") == (["1"] + (10...17).map(String.init)))
    #expect(harness.shell.completions(linePrefix: "show ", word: "7") == ["7"])
    #expect(harness.shell.completions(linePrefix: "verify 3 ", word: "").isEmpty)
  }

  @Test("statuses and options complete where the table says")
  func statusesAndOptions() throws {
    let harness = try ShellHarness()
    _ = harness.line("open 1")
    #expect(harness.shell.completions(linePrefix: "mark 3 ", word: "un") == ["unreviewed", "unverified"])
    #expect(harness.shell.completions(linePrefix: "claims ", word: "--") == ["--sort", "--status"])
    #expect(harness.shell.completions(linePrefix: "claims --status ", word: "d") == ["disputed", "dismissed"])
    #expect(harness.shell.completions(linePrefix: "help ", word: "pro") == ["progress"])
    #expect(harness.shell.completions(linePrefix: "bogus ", word: "").isEmpty)
  }
}
