/// A deterministic random number generator (SplitMix64): the same seed gives the same sequence on every
/// machine and every Swift version.
///
/// The standard library's `random(in:using:)` may change its algorithm between versions, so ranges and
/// choices are drawn here with plain arithmetic on the generator's output.
public struct SeededRandom: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Creates a generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// A generator for item `index` of a collection drawn from `seed`: the same item whatever the collection's size.
  public init(seed: UInt64, index: Int) {
    var mixer = SeededRandom(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0xD134_2543_DE82_EF95))
    state = mixer.next()
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// An integer in `range`.
  public mutating func int(_ range: ClosedRange<Int>) -> Int {
    let width = UInt64(range.upperBound - range.lowerBound) + 1
    return range.lowerBound + Int(next() % width)
  }

  /// A number in [0, 1).
  public mutating func unit() -> Double {
    Double(next() >> 11) / Double(UInt64(1) << 53)
  }

  /// Whether an event of probability `probability` happens.
  public mutating func chance(_ probability: Double) -> Bool {
    unit() < probability
  }

  /// One element of `items`, which must not be empty.
  public mutating func pick<Element>(_ items: [Element]) -> Element {
    items[int(0...(items.count - 1))]
  }

  /// `count` hexadecimal digits.
  public mutating func hex(_ count: Int) -> String {
    let digits = Array("0123456789abcdef")
    return String((0..<count).map { _ in digits[int(0...15)] })
  }
}
