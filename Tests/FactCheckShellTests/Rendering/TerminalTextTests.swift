import Testing

@testable import FactCheckShell

@Suite("Terminal text")
struct TerminalTextTests {
  @Test(
    "control characters and bidi overrides become visible",
    arguments: [
      ("plain text", "plain text"),
      ("\u{1B}[31mred", "^[[31mred"),
      ("bell\u{07}", "bell^G"),
      ("del\u{7F}", "del^?"),
      ("c1\u{9B}2J", "c1<U+009B>2J"),
      ("\u{202E}evil", "<U+202E>evil"),
      ("tab\tstop", "tab stop"),
      ("line\nbreak", "line^Jbreak"),
    ])
  func sanitize(input: String, expected: String) {
    #expect(TerminalText.sanitize(input) == expected)
  }

  @Test("line feeds can be kept")
  func keepNewlines() {
    #expect(TerminalText.sanitize("a\nb\u{1B}", keepNewlines: true) == "a\nb^[")
    // CSV's line ends are line ends; a carriage return anywhere else is shown.
    #expect(TerminalText.sanitize("a,b\r\nc\rd\r", keepNewlines: true) == "a,b\nc^Md^M")
    #expect(TerminalText.sanitize("a\r\nb") == "a^M^Jb")
  }

  @Test("width ignores escape sequences and counts wide characters twice")
  func width() {
    #expect(TerminalText.width("\u{1B}[1mbold\u{1B}[0m") == 4)
    #expect(TerminalText.width("日本") == 4)
    #expect(TerminalText.width("e\u{301}") == 1)
  }

  @Test("truncation ends in an ellipsis within the width")
  func truncate() {
    #expect(TerminalText.truncate("abcdefgh", to: 5) == "abcd…")
    #expect(TerminalText.truncate("abc", to: 5) == "abc")
  }

  @Test("wrapping breaks at spaces and indents continuation lines")
  func wrap() {
    let wrapped = TextWrapper(width: 20).wrap("one two three four five six seven", indent: 2)
    #expect(wrapped == "one two three four\n  five six seven")
    #expect(TextWrapper(width: nil).wrap("a b c") == "a b c")
  }
}
