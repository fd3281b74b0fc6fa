import Foundation
import TestSupport
import Testing

@Suite("factcheck on a terminal", .serialized)
struct TerminalTests {
  private func start(_ workspace: TemporaryWorkspace, color: Bool = false) throws -> PseudoTerminal {
    var environment = Binary.environment(home: workspace.root)
    environment["TERM"] = "xterm"
    environment["INPUTRC"] = "/dev/null"
    if !color { environment["NO_COLOR"] = "1" }
    return try PseudoTerminal(executable: Binary.url, directory: workspace.root, environment: environment)
  }

  @Test("readline completes commands, articles, claim numbers and statuses")
  func completion() throws {
    let workspace = try TemporaryWorkspace()
    let terminal = try start(workspace)
    #expect(terminal.expect("factcheck> ") != nil, "\(terminal.screen)")
    var mark = terminal.mark
    terminal.send("op\t")
    #expect(terminal.expect("open ", since: mark) != nil, "\(terminal.screen)")
    mark = terminal.mark
    terminal.send("00\t\t")
    #expect(terminal.expect("000  001  002  003  004", since: mark) != nil, "\(terminal.screen)")
    mark = terminal.mark
    terminal.send("1\r")
    #expect(terminal.expect("001 [0/17]> ", since: mark) != nil, "\(terminal.screen)")
    mark = terminal.mark
    terminal.send("mark 7 disp\t")
    #expect(terminal.expect("mark 7 disputed ", since: mark) != nil, "\(terminal.screen)")
    mark = terminal.mark
    terminal.send("ancient\r")
    #expect(terminal.expect("001 [1/17]> ", since: mark) != nil, "\(terminal.screen)")
    let stored = try #require(workspace.read("annotations/001_154fe191a45418ec.json"))
    #expect(stored.contains("\"note\": \"ancient\""))
    terminal.send("quit\r")
    #expect(terminal.waitForExit() == 0)
  }

  @Test("Ctrl-C clears the line and keeps the shell; Ctrl-D quits cleanly")
  func interruptAndEndOfInput() throws {
    let workspace = try TemporaryWorkspace()
    let terminal = try start(workspace)
    #expect(terminal.expect("factcheck> ") != nil, "\(terminal.screen)")
    var mark = terminal.mark
    terminal.send("verify 1 half-typed")
    #expect(terminal.expect("half-typed", since: mark) != nil, "\(terminal.screen)")
    mark = terminal.mark
    terminal.send("\u{03}")
    #expect(terminal.expect("factcheck> ", since: mark) != nil, "\(terminal.screen)")
    mark = terminal.mark
    terminal.send("articles\r")
    #expect(terminal.expect("004", since: mark) != nil, "\(terminal.screen)")
    // Ctrl-D only once readline reads again: typed while the terminal is back in canonical mode between two
    // prompts, the end of input can be lost.
    #expect(terminal.expect("factcheck> ", since: mark) != nil, "\(terminal.screen)")
    #expect(workspace.annotationFiles.isEmpty)
    terminal.send("\u{04}")
    #expect(terminal.waitForExit() == 0)
  }

  @Test("history is kept in the XDG state folder across sessions")
  func history() throws {
    let workspace = try TemporaryWorkspace()
    let first = try start(workspace)
    #expect(first.expect("factcheck> ") != nil, "\(first.screen)")
    first.send("open 003\r")
    #expect(first.expect("003 [0/18]> ") != nil, "\(first.screen)")
    first.send("\u{04}")
    #expect(first.waitForExit() == 0)
    #expect(workspace.read("state/factcheck/history")?.contains("open 003") == true)
    let second = try start(workspace)
    #expect(second.expect("factcheck> ") != nil, "\(second.screen)")
    let mark = second.mark
    second.send("\u{1B}[A")
    #expect(second.expect("open 003", since: mark) != nil, "\(second.screen)")
    second.send("\r")
    #expect(second.expect("003 [0/18]> ", since: mark) != nil, "\(second.screen)")
    second.send("quit\r")
    #expect(second.waitForExit() == 0)
  }

  @Test("colour is used on a terminal unless NO_COLOR is set")
  func colour() throws {
    let workspace = try TemporaryWorkspace()
    let coloured = try start(workspace, color: true)
    #expect(coloured.expect("factcheck> ") != nil, "\(coloured.screen)")
    coloured.send("bogus\r")
    #expect(coloured.expect("unknown command") != nil, "\(coloured.screen)")
    #expect(coloured.transcript.contains("\u{1B}[31merror: \u{1B}[0m"))
    coloured.send("quit\r")
    #expect(coloured.waitForExit() == 0)
    let plain = try start(workspace)
    #expect(plain.expect("factcheck> ") != nil, "\(plain.screen)")
    plain.send("bogus\r")
    #expect(plain.expect("unknown command") != nil, "\(plain.screen)")
    #expect(!plain.transcript.contains("\u{1B}[31m"))
    plain.send("quit\r")
    #expect(plain.waitForExit() == 0)
  }

  @Test("report on a terminal makes control characters from articles visible")
  func reportOnTerminal() throws {
    let workspace = try TemporaryWorkspace(articles: [
      "001_hostile.txt": "The \u{1B}[31mevil\u{1B}[0m claim rings a bell. A second claim.\n"
    ])
    _ = try Binary.run(["-c", "open 1; verify 1"], in: workspace.root)
    var environment = Binary.environment(home: workspace.root)
    environment["NO_COLOR"] = "1"
    let terminal = try PseudoTerminal(
      executable: Binary.url, arguments: ["report", "--format", "csv"], directory: workspace.root,
      environment: environment)
    #expect(terminal.expect("A second claim.") != nil, "\(terminal.screen)")
    #expect(terminal.waitForExit() == 0)
    #expect(terminal.transcript.contains("The ^[[31mevil^[[0m claim rings a bell."))
    #expect(!terminal.transcript.contains("\u{1B}[31m"))
  }
}
