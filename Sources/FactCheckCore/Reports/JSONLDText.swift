import Crypto
import Foundation

/// JSON-LD text that is safe to paste into an HTML page, and the identifiers the exports use.
enum JSONLDText {
  /// `value` as a JSON document with `<`, `>` and `&` written as `\u003C`, `\u003E` and `\u0026`.
  ///
  /// Those characters can only occur inside strings, so the JSON means the same, and a claim or note holding
  /// `</script>` cannot end the `<script type="application/ld+json">` element the document is embedded in.
  static func document(_ value: JSONValue) -> String {
    escaped(JSONWriter.document(value))
  }

  /// `json` with `<`, `>` and `&` written as `\u003C`, `\u003E` and `\u0026` (see `document`).
  static func escaped(_ json: String) -> String {
    var output = ""
    for character in json.unicodeScalars {
      switch character {
      case "<": output += "\\u003C"
      case ">": output += "\\u003E"
      case "&": output += "\\u0026"
      default: output.unicodeScalars.append(character)
      }
    }
    return output
  }

  /// A `ni:` URI (RFC 6920) naming a text by the SHA-256 of its bytes, given as 64 hex digits.
  static func namedInformation(sha256 hex: String) -> String {
    var bytes: [UInt8] = []
    var digits = hex.makeIterator()
    while let high = digits.next(), let low = digits.next(), let byte = UInt8(String([high, low]), radix: 16) {
      bytes.append(byte)
    }
    let base64 = Data(bytes).base64EncodedString()
      .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
      .replacingOccurrences(of: "=", with: "")
    return "ni:///sha-256;" + base64
  }

  /// A `urn:uuid:` made from the SHA-256 of `name` (an RFC 9562 version 8 UUID), the same for the same name.
  static func uuid(_ name: String) -> String {
    var bytes = Array(SHA256.hash(data: Array(name.utf8)).prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x80
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { byte in (byte < 16 ? "0" : "") + String(byte, radix: 16) }.joined()
    let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { range in
      String(hex.dropFirst(range.lowerBound).prefix(range.count))
    }
    return "urn:uuid:" + parts.joined(separator: "-")
  }
}
