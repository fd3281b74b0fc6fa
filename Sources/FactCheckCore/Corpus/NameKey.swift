/// A proper name as claims are matched by it: lowercase, without a possessive, letters only.
///
/// Two keys denote the same name when one is the other's inflection or demonym: "Russia", "Russian",
/// "Russians" and "Russia's" match, as do "Ukraine" and "Ukrainian" (a shared start of at least five letters
/// covering four fifths of the shorter); "Ministry" and "Minister" do not.
public struct NameKey: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The normalised name.
  public let key: String

  /// Creates the key of a name as written (`Russia’s`, `U.S.`); `nil` when nothing is left.
  public init?(_ name: String) {
    var lower = name.lowercased()
    for possessive in ["'s", "’s"] where lower.hasSuffix(possessive) { lower.removeLast(2) }
    let letters = lower.unicodeScalars.filter { ScalarClass.isLetter($0) }
    guard !letters.isEmpty else { return nil }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: letters)
    key = String(view)
  }

  /// Whether the two keys denote the same name.
  public func matches(_ other: NameKey) -> Bool {
    if key == other.key { return true }
    let shorter = min(key.count, other.key.count)
    guard shorter >= 5 else { return false }
    let shared = zip(key, other.key).prefix { $0 == $1 }.count
    return shared >= 5 && shared * 5 >= shorter * 4
  }

  /// The key every name that `matches` this one shares with it: the first five letters, or the whole key when
  /// it is shorter (such a key matches only itself).
  public var bucket: String { String(key.prefix(5)) }

  /// The stem of a lowercase proper name, shared by a place and its demonym: "russia", "russian" and "russians"
  /// give `russ`; "ukraine" and "ukrainian" give `ukrain`.
  public static func root(_ lower: String) -> String {
    let stem = LightStemmer.stem(lower)
    for suffix in ["ian", "ia", "an", "e", "a"] where stem.hasSuffix(suffix) && stem.count - suffix.count >= 4 {
      return String(stem.dropLast(suffix.count))
    }
    return stem
  }

  /// Whether any key of `names` matches any of `others`.
  public static func overlap(_ names: [NameKey], _ others: [NameKey]) -> Bool {
    names.contains { name in others.contains { name.matches($0) } }
  }

  public static func < (lhs: NameKey, rhs: NameKey) -> Bool { lhs.key < rhs.key }

  public var description: String { key }
}
