import Crypto
import Foundation

/// Derives a claim's stable id from its own text.
///
/// The id is the first 12 hex digits of the SHA-256 of the normalised text
/// (compatibility-folded, lowercased, typographic quotes and dashes made plain,
/// white space collapsed). It never depends on the rest of the document, so
/// editing one sentence changes only that sentence's id. The n-th repeat of the
/// same text in one article gets the suffix `-n`.
public enum ClaimIdentifier {
  /// The id of a claim with `text`, before disambiguation.
  public static func baseID(for text: String) -> String {
    ClaimText.hexPrefix(SHA256.hash(data: Array(normalize(text).utf8)))
  }

  /// Ids for texts in reading order, with repeats disambiguated by `-2`, `-3`….
  public static func ids(for texts: [String]) -> [String] {
    disambiguated(texts.map(baseID))
  }

  /// Base ids in reading order with repeats suffixed `-2`, `-3`….
  static func disambiguated(_ bases: [String]) -> [String] {
    // Sorting the ids' first eight bytes as integers finds the repeated ones without hashing every id: only the
    // ids whose prefix repeats are counted.
    let prefixes = bases.map(Self.prefixValue)
    let sorted = prefixes.sorted()
    var repeated: [UInt64] = []
    for index in sorted.indices.dropFirst() where sorted[index] == sorted[index - 1] && repeated.last != sorted[index] {
      repeated.append(sorted[index])
    }
    guard !repeated.isEmpty else { return bases }
    var seen: [String: Int] = [:]
    return zip(bases, prefixes).map { base, prefix in
      guard repeated.contains(prefix) else { return base }
      let count = (seen[base] ?? 0) + 1
      seen[base] = count
      return count == 1 ? base : "\(base)-\(count)"
    }
  }

  /// The first eight bytes of a base id as one integer (the whole id when it is shorter): equal ids give equal
  /// values.
  @inline(__always)
  private static func prefixValue(_ base: String) -> UInt64 {
    var value: UInt64 = 0
    var count = 0
    for byte in base.utf8 {
      guard count < 8 else { break }
      value = value << 8 | UInt64(byte)
      count += 1
    }
    return value
  }

  /// The normalised form of `text` that ids are computed from.
  public static func normalize(_ text: String) -> String {
    var output = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in compatibilityComposed(text).unicodeScalars {
      if ScalarClass.isWhitespace(scalar) {
        pendingSpace = !output.isEmpty
        continue
      }
      if pendingSpace {
        output.append(" ")
        pendingSpace = false
      }
      output.append(fold(scalar))
    }
    return String(output)
  }

  /// `text` in Unicode normalization form KC; skips the conversion when no scalar can change under it.
  static func compatibilityComposed(_ text: String) -> String {
    for scalar in text.unicodeScalars where scalar.value >= 0x80 && mayChangeUnderNFKC(scalar) {
      return text.precomposedStringWithCompatibilityMapping
    }
    return text
  }

  /// Whether NFKC might change `scalar` or how it combines with its neighbours.
  ///
  /// A scalar that does not change under NFKC case folding and does not combine
  /// with its neighbour has no compatibility or canonical mapping, so text made
  /// only of such scalars (ASCII, curly quotes, dashes, most letters of news
  /// text) is already NFKC. Typographic quotes and dashes are answered without
  /// looking up their properties.
  @inline(__always)
  static func mayChangeUnderNFKC(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case ..<0x80, 0x2018, 0x2019, 0x201C, 0x201D, 0x2013, 0x2014, 0x00AB, 0x00BB, 0x00A9: return false
    default:
      let properties = scalar.properties
      return properties.changesWhenNFKCCaseFolded || properties.canonicalCombiningClass != .notReordered
        || properties.isGraphemeExtend || (0x1100...0x11FF).contains(scalar.value)
    }
  }

  /// One scalar lowercased, with typographic quotes and dashes made plain.
  @inline(__always)
  static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    let value = scalar.value
    if value < 0x80 {
      return (0x41...0x5A).contains(value) ? Unicode.Scalar(UInt8(value + 0x20)) : scalar
    }
    switch scalar {
    case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": return "'"
    case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": return "\""
    case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return "-"
    default:
      let lowered = scalar.properties.lowercaseMapping.unicodeScalars
      return lowered.count == 1 ? lowered.first ?? scalar : scalar
    }
  }
}
