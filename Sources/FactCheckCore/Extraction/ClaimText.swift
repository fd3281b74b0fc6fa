import Crypto

/// Builds a claim's display text and its id straight from the article's code points.
///
/// One pass over the span writes the display text (white space runs made one
/// space) and the normalised form the id is hashed from (see `ClaimIdentifier`)
/// as UTF-8 into reused buffers: no intermediate strings. A span with a code
/// point that NFKC could change takes the general path through
/// `ClaimIdentifier.normalize`, so the ids are the same either way.
struct ClaimText {
  private var display: [UInt8] = []
  private var normalized: [UInt8] = []
  private var needsCompatibilityMapping = false

  /// Fills the buffers for `span` of `scalars`.
  private mutating func fill(_ scalars: [Unicode.Scalar], span: TextSpan, display wantsDisplay: Bool) {
    display.removeAll(keepingCapacity: true)
    normalized.removeAll(keepingCapacity: true)
    needsCompatibilityMapping = false
    var pendingSpace = false
    for index in span.start..<span.end {
      let scalar = scalars[index]
      if ScalarClass.isWhitespace(scalar) {
        pendingSpace = !normalized.isEmpty
        continue
      }
      if pendingSpace {
        if wantsDisplay { display.append(0x20) }
        normalized.append(0x20)
        pendingSpace = false
      }
      if scalar.value < 0x80 {
        let byte = UInt8(truncatingIfNeeded: scalar.value)
        if wantsDisplay { display.append(byte) }
        normalized.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
      } else {
        if wantsDisplay { Self.append(scalar, to: &display) }
        if ClaimIdentifier.mayChangeUnderNFKC(scalar) { needsCompatibilityMapping = true }
        Self.append(ClaimIdentifier.fold(scalar), to: &normalized)
      }
    }
  }

  /// The display text of `span` and the base id of the claim it holds.
  mutating func textAndBaseID(_ scalars: [Unicode.Scalar], span: TextSpan) -> (text: String, baseID: String) {
    fill(scalars, span: span, display: true)
    let text = String(decoding: display, as: UTF8.self)
    if needsCompatibilityMapping { return (text, ClaimIdentifier.baseID(for: text)) }
    return (text, Self.hexPrefix(SHA256.hash(data: normalized)))
  }

  /// The base id of the claim in `span`, without its display text.
  mutating func baseID(_ scalars: [Unicode.Scalar], span: TextSpan) -> String {
    fill(scalars, span: span, display: false)
    if needsCompatibilityMapping {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[span.start..<span.end])
      return ClaimIdentifier.baseID(for: ClaimExtractor.displayText(String(view)))
    }
    return Self.hexPrefix(SHA256.hash(data: normalized))
  }

  /// The normalised form of `span` as UTF-8 (the bytes its id hashes), for comparing texts.
  mutating func normalizedBytes(_ scalars: [Unicode.Scalar], span: TextSpan) -> [UInt8] {
    fill(scalars, span: span, display: false)
    if needsCompatibilityMapping {
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[span.start..<span.end])
      return Array(ClaimIdentifier.normalize(ClaimExtractor.displayText(String(view))).utf8)
    }
    return normalized
  }

  private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

  /// The first 6 bytes of a digest as 12 lowercase hex digits.
  static func hexPrefix(_ digest: SHA256.Digest) -> String {
    var hex: [UInt8] = []
    hex.reserveCapacity(12)
    for byte in digest.prefix(6) {
      hex.append(hexDigits[Int(byte >> 4)])
      hex.append(hexDigits[Int(byte & 0x0F)])
    }
    return String(decoding: hex, as: UTF8.self)
  }

  /// Appends the UTF-8 encoding of `scalar`.
  @inline(__always)
  static func append(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
    let value = scalar.value
    switch value {
    case ..<0x80:
      bytes.append(UInt8(value))
    case ..<0x800:
      bytes.append(UInt8(0xC0 | (value >> 6)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    case ..<0x10000:
      bytes.append(UInt8(0xE0 | (value >> 12)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    default:
      bytes.append(UInt8(0xF0 | (value >> 18)))
      bytes.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      bytes.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      bytes.append(UInt8(0x80 | (value & 0x3F)))
    }
  }
}
