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

  @Test("escapes C1 controls and the marks that reorder text, and only those of their neighbours")
  func invisibleMarks() throws {
    let escaped = "\u{85}\u{9F}\u{61C}\u{200E}\u{200F}\u{202A}\u{202E}\u{2066}\u{2069}"
    #expect(
      JSONWriter.document(.string(escaped)) == "\"\\u0085\\u009F\\u061C\\u200E\\u200F\\u202A\\u202E\\u2066\\u2069\"\n")
    // Their neighbours in UTF-8 stay as they are: U+00A0, U+061B, U+200D, U+2030, U+2065, U+206A, U+282E.
    let kept = "\u{A0}\u{61B}\u{200D}\u{2030}\u{2065}\u{206A}\u{282E} é “"
    #expect(JSONWriter.document(.string(kept)) == "\"\(kept)\"\n")
    let parsed = try JSONParser.parse(Array(JSONWriter.document(.string(escaped + kept)).utf8))
    #expect(strip(parsed.value) == .string(escaped + kept))
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
