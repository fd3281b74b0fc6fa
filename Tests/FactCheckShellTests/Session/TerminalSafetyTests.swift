import FactCheckCore
import FactCheckShell
import Foundation
import TestSupport
import Testing

@Suite("Terminal safety: untrusted text never reaches the terminal raw")
struct TerminalSafetyTests {
  /// Scalars a terminal acts on: C0 controls but the line feed, DEL, C1 controls, bidirectional controls.
  static func unsafeScalars(in text: String) -> [String] {
    text.unicodeScalars.filter { $0 != "\n" && TerminalText.sanitize(String($0)) != String($0) }.map {
      "U+" + String($0.value, radix: 16, uppercase: true)
    }
  }

  static let escape = "\u{1B}[2J\u{1B}]0;pwned\u{07}\u{9B}31m\u{202E}"

  /// A workspace where every untrusted string carries terminal controls: file name, headline, text, an orphan.
  private func hostileWorkspace() throws -> TemporaryWorkspace {
    let name = "001_\(Self.escape)"
    let article =
      "Headline with \(Self.escape) inside\n\nThe \u{1B}[31mevil\u{1B}[0m claim rings a bell\u{07}. "
      + "A second \u{202E}reversed claim.\n"
    let workspace = try TemporaryWorkspace(articles: [name + ".txt": article, "002_plain.txt": "Plain text here.\n"])
    let orphan = ClaimAnnotation(
      id: "0123456789ab", origin: .extracted,
      anchor: ClaimAnchor(
        span: TextSpan(start: 5, end: 40), quote: "Gone \(Self.escape) sentence.", prefix: Self.escape,
        suffix: Self.escape),
      review: Review(status: .disputed, note: "note \(Self.escape)", reviewer: "Mallory \(Self.escape)"))
    let stored = ArticleAnnotations(
      articleFile: name + ".txt", articleSHA256: String(repeating: "0", count: 64), claims: [orphan])
    try workspace.write("annotations/\(name).json", AnnotationCodec.encode(stored))
    return workspace
  }

  @Test("every command, with hostile names, text, notes, reviewer and input, writes no control character")
  func everyCommand() throws {
    let workspace = try hostileWorkspace()
    let output = BufferedOutput()
    let bench = Workbench(
      workspace: try Workspace.discover(from: workspace.root), reviewer: "Eve \(Self.escape)", clock: { Date() })
    let lines = [
      "help", "articles", "open 1", "claims", "show 1", "next", "note 1 \(Self.escape)", "caveat 1 \(Self.escape)",
      "evidence 1 \(Self.escape)", "verify 1 \(Self.escape)", "show 1", "find evil", "find \(Self.escape)", "progress",
      "orphans", "orphans all", "add \"\(Self.escape)\"", "add \"evil\"", "dismiss 2", "restore 2", "undo", "redo",
      "open \(Self.escape)", "\(Self.escape)command", "mark 1 \(Self.escape)", "claims --status \(Self.escape)",
      "help \(Self.escape)", "note", "open 2", "next", "quit",
    ]
    for interactive in [false, true] {
      let shell = Shell(
        workbench: bench, input: ScriptLineSource(lines: lines), output: output,
        configuration: ShellConfiguration(interactive: interactive))
      _ = shell.run()
      #expect(!shell.prompt.unicodeScalars.contains { $0.value < 0x20 })
    }
    #expect(Self.unsafeScalars(in: output.standard).isEmpty, "\(Self.unsafeScalars(in: output.standard))")
    #expect(Self.unsafeScalars(in: output.error).isEmpty, "\(Self.unsafeScalars(in: output.error))")
    // What was typed is still stored exactly; only its display is made safe.
    let review = try bench.review(try bench.resolveArticle("1"))
    #expect(review.claims.contains { $0.review.note == Self.escape })
    #expect(output.standard.contains("^[[2J^[]0;pwned^G<U+009B>31m<U+202E>"))
    #expect(output.standard.contains("Mallory"))
  }

  @Test("completion leaves out article names that carry control characters")
  func completion() throws {
    let workspace = try hostileWorkspace()
    try workspace.write("seeds/\u{1B}[1m003_bold.txt", "Bold claims.\n")
    let bench = Workbench(workspace: try Workspace.discover(from: workspace.root), reviewer: "Ada")
    let shell = Shell(
      workbench: bench, input: ScriptLineSource(lines: []), output: BufferedOutput(),
      configuration: ShellConfiguration(interactive: true))
    let candidates = shell.completions(linePrefix: "open ", word: "")
    #expect(candidates == ["001", "002"])
  }
}
