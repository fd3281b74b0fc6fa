import FactCheckCore
import Testing

@testable import FactCheckShell

@Suite("Shell session")
struct ShellTests {
  @Test("a scripted review is saved as it goes, and the run succeeds")
  func scriptedReview() throws {
    let harness = try ShellHarness()
    let status = harness.run(["open 001", "unverify 12 the publication could not verify", "verify 14", "quit"])
    #expect(status == 0)
    #expect(harness.errors.isEmpty)
    let stored = try #require(try harness.annotations("001_154fe191a45418ec"))
    #expect(stored.claims.map(\.review.status) == [.unverified, .verified])
    #expect(stored.claims.first?.review.note == "the publication could not verify")
  }

  @Test("the prompt shows the open article and its progress")
  func prompt() throws {
    let harness = try ShellHarness()
    #expect(harness.shell.prompt == "factcheck> ")
    _ = harness.line("open 2")
    #expect(harness.shell.prompt == "002 [0/17]> ")
    _ = harness.line("dispute 15 Ukraine's MoD gives 9,000")
    #expect(harness.shell.prompt == "002 [1/17]> ")
  }

  @Test("an unknown command is an error with a suggestion; the shell goes on")
  func unknownCommand() throws {
    let harness = try ShellHarness()
    let status = harness.run(["verfy 3", "articles"])
    #expect(status == 1)
    #expect(
      harness.errors == "error: line 1: unknown command 'verfy'; did you mean 'verify'? (type 'help' for a list)\n")
    #expect(harness.standard.contains("004"))
  }

  @Test("errors name the failing line; the exit status is 1")
  func failingLine() throws {
    let harness = try ShellHarness()
    let status = harness.run(["open 1", "verify 99", "verify 2", "mark 3 maybe"])
    #expect(status == 1)
    #expect(
      harness.errors
        == "error: line 2: no claim 99 (claims are 1–17)\n"
        + "error: line 4: argument 2: 'maybe' is not a status (unreviewed, verified, unverified, disputed) "
        + "(usage: mark [n] <status> [note…])\n")
    #expect(try harness.annotations("001_154fe191a45418ec")?.claims.count == 1)
  }

  @Test("a script whose open fails does not change the article opened before")
  func failedOpenClosesArticle() throws {
    let harness = try ShellHarness()
    harness.run(["open 1", "open 9", "verify 2"])
    #expect(harness.errors.contains("line 3: no article open"))
    #expect(harness.workspace.annotationFiles.isEmpty)
  }

  @Test("commands that need an article say how to open one")
  func noArticle() throws {
    let harness = try ShellHarness()
    harness.run(["claims"])
    #expect(harness.errors == "error: line 1: no article open (type 'open <article>'; 'articles' lists them)\n")
  }

  @Test("an interactive session prints no line numbers and exits 0 after errors")
  func interactiveErrors() throws {
    let harness = try ShellHarness(interactive: true)
    let status = harness.run(["bogus", "quit"])
    #expect(status == 0)
    #expect(harness.errors == "error: unknown command 'bogus' (type 'help' for a list)\n")
    #expect(harness.standard.hasPrefix("factcheck — 5 articles in seeds/, reviewing as Ada."))
  }

  @Test("several commands on one line run in order")
  func semicolons() throws {
    let harness = try ShellHarness()
    harness.run(["open 001; verify 3 matches the MoD statement; dispute 4"])
    let stored = try #require(try harness.annotations("001_154fe191a45418ec"))
    #expect(stored.claims.map(\.review.status) == [.verified, .disputed])
    #expect(stored.claims.first?.review.note == "matches the MoD statement")
  }

  @Test("notes keep their quotes, apostrophes and semicolons exactly")
  func rawNotes() throws {
    let harness = try ShellHarness(separatesCommands: false)
    let status = harness.run([
      "open 1", "unverify 3 rests on one \"source\"; the MoD's figure isn't checked",
      "note 5 \"drugged up", "caveat 4 'single' and \\ backslash", "verify \"quoted whole note\"",
    ])
    #expect(status == 0, "\(harness.errors)")
    let stored = try #require(try harness.annotations("001_154fe191a45418ec"))
    #expect(stored.claims[0].review.note == "rests on one \"source\"; the MoD's figure isn't checked")
    #expect(stored.claims[1].review.caveats.first?.text == "'single' and \\ backslash")
    #expect(stored.claims[1].review.status == .verified)
    #expect(stored.claims[1].review.note == "quoted whole note")
    #expect(stored.claims[2].review.note == "\"drugged up")
  }

  @Test("a verdict without a number applies to the current claim and takes the whole note")
  func currentClaimNote() throws {
    let harness = try ShellHarness(separatesCommands: false)
    harness.run(["open 1", "show 5", "dispute 3,500 is Ukraine's figure", "mark unverified see 002"])
    let stored = try #require(try harness.annotations("001_154fe191a45418ec"))
    #expect(stored.claims.map(\.review.status) == [.unverified])
    #expect(stored.claims[0].review.note == "see 002")
    #expect(harness.errors.isEmpty)
  }

  @Test("without colour no escape sequences are written; with colour they are")
  func colour() throws {
    let plain = try ShellHarness()
    plain.run(["open 1", "show 12", "progress", "bogus"])
    #expect(!plain.standard.contains("\u{1B}"))
    #expect(!plain.errors.contains("\u{1B}"))
    let coloured = try ShellHarness(color: true)
    coloured.run(["open 1", "show 12"])
    #expect(coloured.standard.contains("\u{1B}[7m"))
  }

  @Test("escape sequences in article text and notes never reach the terminal raw")
  func hostileText() throws {
    let workspace = try TestSupportWorkspace.hostile()
    let harness = try ShellHarness(workspace: workspace)
    harness.run(["open 1", "claims", "show 1", "note 1 \"\u{1B}]0;pwned\u{07}\"", "find evil", "articles", "show 1"])
    #expect(!harness.standard.contains("\u{1B}"))
    #expect(!harness.standard.contains("\u{07}"))
    #expect(harness.standard.contains("^[[31mevil"))
    #expect(harness.standard.contains("^[]0;pwned^G"))
  }

  @Test("long text is wrapped to the terminal width")
  func wrapping() throws {
    let harness = try ShellHarness(width: 60)
    let output = harness.line("open 1") + harness.line("show 13")
    for line in output.split(separator: "\n") {
      #expect(line.count <= 60, "\(line)")
    }
  }

  @Test("changes credited to no name are announced once, at the first change")
  func anonymousReviewer() throws {
    let notice = "note: no reviewer name was found, so changes are credited to 'anonymous'"
    let anonymous = try ShellHarness(reviewer: ReviewerIdentity.fallback)
    _ = anonymous.line("open 1")
    _ = anonymous.line("claims")
    #expect(!anonymous.errors.contains(notice))
    _ = anonymous.line("verify 1")
    _ = anonymous.line("dispute 2")
    #expect(anonymous.errors.components(separatedBy: notice).count == 2, "\(anonymous.errors)")
    #expect(anonymous.errors.contains("set FACTCHECK_REVIEWER or git config user.name"))
    let named = try ShellHarness()
    _ = named.line("open 1")
    _ = named.line("verify 1")
    #expect(!named.errors.contains("no reviewer name"))
  }
}
