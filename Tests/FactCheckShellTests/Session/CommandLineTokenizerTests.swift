import Testing

@testable import FactCheckShell

@Suite("Command-line tokenizer")
struct CommandLineTokenizerTests {
  private func words(_ line: String) throws -> [String] {
    try CommandLineTokenizer.words(line).map(\.text)
  }

  @Test(
    "splits words and honours quotes and escapes",
    arguments: [
      ("verify 3 matches the MoD", ["verify", "3", "matches", "the", "MoD"]),
      ("add \"two  words\"", ["add", "two  words"]),
      ("add “curly quoted”", ["add", "curly quoted"]),
      ("note 3 'single quoted'", ["note", "3", "single quoted"]),
      ("note 3 the MoD's figure", ["note", "3", "the", "MoD's", "figure"]),
      ("note 3 a\\ b", ["note", "3", "a b"]),
      ("note 3 \"say \\\"hi\\\"\"", ["note", "3", "say \"hi\""]),
      ("note 3 \"\"", ["note", "3", ""]),
      ("note 3 x;y", ["note", "3", "x;y"]),
      ("   ", []),
    ])
  func splitting(line: String, expected: [String]) throws {
    #expect(try words(line) == expected)
  }

  @Test("records each word's 1-based column")
  func columns() throws {
    #expect(try CommandLineTokenizer.words("open  \"001\"").map(\.column) == [1, 7])
  }

  @Test("a word of 200,000 characters is read whole, its columns and the next word's counted right")
  func longWord() throws {
    let long = String(repeating: "x", count: 200_000)
    let words = try CommandLineTokenizer.words("note 9 \(long) é\"q\"")
    #expect(words.map(\.column) == [1, 6, 8, 200_009])
    #expect(words[2].text == long)
    #expect(words[3].text == "é\"q\"")
    #expect(throws: ShellError.unterminatedQuote(column: 6)) { try CommandLineTokenizer.words("note \"\(long)") }
  }

  @Test("separates commands at semicolons outside quotes")
  func commands() throws {
    let commands = try CommandLineTokenizer.commands("open 001; verify 3 \"a; b\";; quit; note 1 MoD's; x")
    #expect(commands == ["open 001", " verify 3 \"a; b\"", "", " quit", " note 1 MoD's", " x"])
  }

  @Test(
    "free text is taken as typed, unquoted only when it is one quoted word",
    arguments: [
      ("  the MoD's figure; see \"AP\"  ", "the MoD's figure; see \"AP\"", false),
      ("\"one quoted\"", "one quoted", true),
      ("\"two\" \"quoted\"", "\"two\" \"quoted\"", false),
      ("\"unbalanced quote", "\"unbalanced quote", false),
      ("back\\slash", "back\\slash", false),
      ("\"\"", "", true),
    ])
  func rest(line: String, text: String, quoted: Bool) throws {
    let word = try #require(CommandLineTokenizer.rest(of: line, from: line.startIndex))
    #expect(word.text == text)
    #expect(word.quoted == quoted)
  }

  @Test("an unterminated quote is an error at the quote's column")
  func unterminated() {
    #expect(throws: ShellError.unterminatedQuote(column: 8)) { try CommandLineTokenizer.words("note 3 \"open") }
  }

  @Test("a trailing backslash is an error")
  func danglingEscape() {
    #expect(throws: ShellError.danglingEscape(column: 7)) { try CommandLineTokenizer.words("note 3\\") }
  }
}
