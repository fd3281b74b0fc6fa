/// Why an article's bytes are not usable UTF-8 text.
public enum TextEncodingIssue: Sendable, Hashable, CustomStringConvertible {
  /// A byte sequence that is not UTF-8 starts at this byte offset.
  case invalidUTF8(byteOffset: Int)
  /// The file contains a NUL byte at this offset: it is binary, not text.
  case binary(byteOffset: Int)

  /// The text of `bytes` (invalid sequences replaced by U+FFFD) and its first problem, if it has one.
  ///
  /// Clean text, the usual case, is validated and copied in one pass by the standard library; only text with a
  /// problem is decoded again, scalar by scalar, to find where the problem is.
  public static func decode(_ bytes: [UInt8]) -> (text: String, issue: TextEncodingIssue?) {
    if let valid = String(validating: bytes, as: UTF8.self), !bytes.contains(0) { return (valid, nil) }
    return (String(decoding: bytes, as: UTF8.self), check(bytes))
  }

  /// The first problem in `bytes`, or `nil` for clean UTF-8 text.
  public static func check(_ bytes: [UInt8]) -> TextEncodingIssue? {
    if let nul = bytes.firstIndex(of: 0) { return .binary(byteOffset: nul) }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        offset += UTF8.width(scalar)
      case .emptyInput:
        return nil
      case .error:
        return .invalidUTF8(byteOffset: offset)
      }
    }
  }

  public var description: String {
    switch self {
    case .invalidUTF8(let offset): "not valid UTF-8 at byte \(offset)"
    case .binary(let offset): "binary file (NUL byte at byte \(offset))"
    }
  }
}
