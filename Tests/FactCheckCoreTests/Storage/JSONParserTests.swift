import Testing

@testable import FactCheckCore

@Suite("JSON parser")
struct JSONParserTests {
  private func parse(_ text: String) throws(JSONSyntaxError) -> JSONValue {
    try JSONParser.parse(Array(text.utf8)).value
  }

  private func failure(_ text: String) -> JSONSyntaxError? {
    do {
      _ = try parse(text)
      return nil
    } catch {
      return error
    }
  }

  @Test("parses every kind of value")
  func values() throws {
    let value = try parse(#"{"a": [1, -2.5e3, true, false, null, "x\n\u00e9\ud83d\ude00"]}"#)
    guard case .object(let members) = value, case .array(let items)? = members["a"]?.value else {
      Issue.record("not an object with an array")
      return
    }
    #expect(items.map(\.value) == [.number(1), .number(-2500), .bool(true), .bool(false), .null, .string("x\né😀")])
  }

  @Test("records the 1-based line and column of values")
  func positions() throws {
    let root = try JSONParser.parse(Array("{\n  \"é\": \"ü\",\n  \"b\":   7\n}".utf8))
    guard case .object(let members) = root.value else {
      Issue.record("not an object")
      return
    }
    #expect(root.position == SourcePosition(line: 1, column: 1))
    #expect(members["é"]?.position == SourcePosition(line: 2, column: 8))
    #expect(members["b"]?.position == SourcePosition(line: 3, column: 10))
  }

  @Test(
    "reports the place and nature of syntax errors",
    arguments: [
      ("{\"a\": 1,}", 1, 9, "unexpected '}', expected a member name in quotes"),
      ("{\"a\": 1", 1, 8, "unexpected end of file in an object"),
      ("[1 2]", 1, 4, "unexpected '2', expected ',' or ']'"),
      ("{\n  \"a\": tru\n}", 2, 8, "invalid literal, expected 'true'"),
      ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate member \"a\""),
      ("\"abc", 1, 5, "unexpected end of file in a string"),
      ("\"a\tb\"", 1, 3, "control character in a string (escape it as \\u0009)"),
      ("01", 1, 2, "unexpected '1' after the end of the document"),
      ("", 1, 1, "unexpected end of file, expected a value"),
      ("\"\\ud800\"", 1, 8, "unpaired surrogate in a \\u escape"),
      ("[1] x", 1, 5, "unexpected 'x' after the end of the document"),
    ])
  func syntaxErrors(text: String, line: Int, column: Int, message: String) {
    let error = failure(text)
    #expect(error?.position == SourcePosition(line: line, column: column))
    #expect(error?.message == message)
  }

  @Test("refuses nesting deeper than the limit instead of overflowing the stack")
  func deepNesting() {
    let text = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(failure(text)?.message == "nesting deeper than 512 levels")
  }

  @Test("rejects invalid UTF-8 inside strings")
  func invalidUTF8() {
    let bytes: [UInt8] = [0x22, 0xC3, 0x28, 0x22]
    #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(bytes) }
  }
}
