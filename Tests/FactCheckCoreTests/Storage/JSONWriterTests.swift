import Testing

@testable import FactCheckCore

@Suite("JSON writer")
struct JSONWriterTests {
  @Test("sorts keys, indents by two spaces and ends with a newline")
  func layout() {
    let value = JSONValue.object([
      "b": JSONNode(.array([JSONNode(.number(1)), JSONNode(.string("x"))])),
      "a": JSONNode(.object([:])),
      "c": JSONNode(.array([])),
    ])
    #expect(JSONWriter.document(value) == "{\n  \"a\": {},\n  \"b\": [\n    1,\n    \"x\"\n  ],\n  \"c\": []\n}\n")
  }

  @Test("escapes only what JSON requires and keeps other text readable")
  func escaping() {
    let text = JSONWriter.document(.string("“quote” \"q\" \\ / é\n\t\u{1B}\u{2028}"))
    #expect(text == "\"“quote” \\\"q\\\" \\\\ / é\\n\\t\\u001B\\u2028\"\n")
  }

  @Test("writes integers without a fraction")
  func integers() {
    #expect(JSONWriter.document(.number(1603)) == "1603\n")
    #expect(JSONWriter.document(.number(-2)) == "-2\n")
  }

  @Test("what it writes parses back to the same value")
  func roundTrip() throws {
    let value = JSONValue.object([
      "text": JSONNode(.string("a\u{0}b \u{7F} 😀 \"\\")),
      "list": JSONNode(.array([JSONNode(.bool(true)), JSONNode(.null), JSONNode(.number(0.5))])),
    ])
    let parsed = try JSONParser.parse(Array(JSONWriter.document(value).utf8))
    #expect(strip(parsed.value) == strip(value))
  }

  private func strip(_ value: JSONValue) -> JSONValue {
    switch value {
    case .array(let items): .array(items.map { JSONNode(strip($0.value)) })
    case .object(let members): .object(members.mapValues { JSONNode(strip($0.value)) })
    default: value
    }
  }
}
