import Crypto

/// Builds a claim's display text and its id straight from the article's code points.
///
/// One pass over the span writes the display text (white space runs made one
/// space) and the normalised form the id is hashed from (see `ClaimIdentifier`)
/// as UTF-8 straight into the new string and into a buffer on the stack: no
/// intermediate strings or arrays. A span with a code point that NFKC could
/// change takes the general path through `ClaimIdentifier.normalize`, so the
/// ids are the same either way.
struct ClaimText {
  /// Writes `span` of `scalars` into `display` (when given) and `normalized`; returns the bytes written to each
  /// and whether NFKC might change the text.
  @inline(__always)
  private static func fill(
    _ scalars: [Unicode.Scalar], span: TextSpan, display: UnsafeMutableBufferPointer<UInt8>?,
    normalized: UnsafeMutableBufferPointer<UInt8>
  ) -> (display: Int, normalized: Int, needsCompatibilityMapping: Bool) {
    var displayCount = 0
    var count = 0
    var needsCompatibilityMapping = false
    var pendingSpace = false
    for index in span.start..<span.end {
      let scalar = scalars[index]
      if ScalarClass.isWhitespace(scalar) {
        pendingSpace = count > 0
        continue
      }
      if pendingSpace {
        if let display { display[displayCount] = 0x20 }
        displayCount += 1
        normalized[count] = 0x20
        count += 1
        pendingSpace = false
      }
      if scalar.value < 0x80 {
        let byte = UInt8(truncatingIfNeeded: scalar.value)
        if let display { display[displayCount] = byte }
        displayCount += 1
        normalized[count] = byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
        count += 1
      } else {
        if let display { displayCount = write(scalar, to: display, at: displayCount) }
        if ClaimIdentifier.mayChangeUnderNFKC(scalar) { needsCompatibilityMapping = true }
        count = write(ClaimIdentifier.fold(scalar), to: normalized, at: count)
      }
    }
    return (displayCount, count, needsCompatibilityMapping)
  }

  /// The display text of `span` and the base id of the claim it holds.
  func textAndBaseID(_ scalars: [Unicode.Scalar], span: TextSpan) -> (text: String, baseID: String) {
    let capacity = max(1, span.length * 4)
    var base: String?
    // Written into scratch space, then copied into a string of its exact size: a string allocated with room for
    // four bytes per character would keep that room for as long as the claim is held.
    let text = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { display in
      withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { normalized in
        let filled = Self.fill(scalars, span: span, display: display, normalized: normalized)
        if !filled.needsCompatibilityMapping {
          base = Self.baseID(of: normalized, count: filled.normalized)
        }
        return String(decoding: UnsafeBufferPointer(rebasing: display[..<filled.display]), as: UTF8.self)
      }
    }
    return (text, base ?? ClaimIdentifier.baseID(for: text))
  }

  /// The base id of the claim in `span`, without its display text.
  func baseID(_ scalars: [Unicode.Scalar], span: TextSpan) -> String {
    let capacity = max(1, span.length * 4)
    let base: String? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { normalized in
      let filled = Self.fill(scalars, span: span, display: nil, normalized: normalized)
      guard !filled.needsCompatibilityMapping else { return nil }
      return Self.baseID(of: normalized, count: filled.normalized)
    }
    return base ?? ClaimIdentifier.baseID(for: ClaimExtractor.displayText(scalars, span: span))
  }

  /// The normalised form of `span` as UTF-8 (the bytes its id hashes), for comparing texts.
  func normalizedBytes(_ scalars: [Unicode.Scalar], span: TextSpan) -> [UInt8] {
    let capacity = max(1, span.length * 4)
    let bytes: [UInt8]? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { normalized in
      let filled = Self.fill(scalars, span: span, display: nil, normalized: normalized)
      guard !filled.needsCompatibilityMapping else { return nil }
      return Array(normalized[0..<filled.normalized])
    }
    return bytes ?? Array(ClaimIdentifier.normalize(ClaimExtractor.displayText(scalars, span: span)).utf8)
  }

  /// The base id hashed from the first `count` normalised bytes.
  @inline(__always)
  private static func baseID(of normalized: UnsafeMutableBufferPointer<UInt8>, count: Int) -> String {
    hexPrefix(SHA256.hash(data: UnsafeRawBufferPointer(UnsafeMutableBufferPointer(rebasing: normalized[0..<count]))))
  }

  /// Writes the UTF-8 encoding of `scalar` at `offset`; returns the offset after it.
  @inline(__always)
  private static func write(_ scalar: Unicode.Scalar, to buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int)
    -> Int
  {
    let value = scalar.value
    switch value {
    case ..<0x80:
      buffer[offset] = UInt8(value)
      return offset + 1
    case ..<0x800:
      buffer[offset] = UInt8(0xC0 | (value >> 6))
      buffer[offset + 1] = UInt8(0x80 | (value & 0x3F))
      return offset + 2
    case ..<0x10000:
      buffer[offset] = UInt8(0xE0 | (value >> 12))
      buffer[offset + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
      buffer[offset + 2] = UInt8(0x80 | (value & 0x3F))
      return offset + 3
    default:
      buffer[offset] = UInt8(0xF0 | (value >> 18))
      buffer[offset + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
      buffer[offset + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
      buffer[offset + 3] = UInt8(0x80 | (value & 0x3F))
      return offset + 4
    }
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
