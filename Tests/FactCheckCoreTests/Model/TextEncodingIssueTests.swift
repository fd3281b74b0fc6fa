import Testing

@testable import FactCheckCore

@Suite("Text encoding issues")
struct TextEncodingIssueTests {
  @Test("clean UTF-8 decodes as it is, with no issue")
  func clean() {
    let text = "Kyiv — “40 km” convoy, 5 °C.\n"
    let decoded = TextEncodingIssue.decode(Array(text.utf8))
    #expect(decoded.text == text)
    #expect(decoded.issue == nil)
  }

  @Test("a NUL byte in otherwise valid UTF-8 makes the file binary")
  func nulInValidText() {
    let decoded = TextEncodingIssue.decode(Array("ab".utf8) + [0] + Array("cd".utf8))
    #expect(decoded.issue == .binary(byteOffset: 2))
    #expect(decoded.text == "ab\u{0}cd")
  }

  @Test("invalid bytes are replaced and the first one is named, as the slow check names it")
  func invalid() {
    let bytes: [UInt8] = Array("été ".utf8) + [0xF0, 0x9F, 0x98] + Array("A".utf8) + [0xFF]
    let decoded = TextEncodingIssue.decode(bytes)
    #expect(decoded.issue == .invalidUTF8(byteOffset: 6))
    #expect(decoded.issue == TextEncodingIssue.check(bytes))
    #expect(decoded.text == "été \u{FFFD}A\u{FFFD}")
  }
}
