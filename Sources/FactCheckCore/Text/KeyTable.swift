/// A fixed hash table from 64-bit keys (see `WordHash`) to values, built once and read without hashing a string.
///
/// Open addressing with linear probing over a power-of-two array; the key is
/// already a good hash, so the slot is its top bits after a multiplicative mix.
/// Key 0 marks an empty slot (FNV-1a never yields it for real words in practice;
/// a word hashing to 0 is simply not found).
public struct KeyTable<Value: Sendable>: Sendable {
  private var keys: [UInt64]
  private var values: [Value]
  private let shift: UInt64
  private let mask: Int

  /// A table holding `pairs`; a later pair with the same key replaces an earlier one.
  public init(_ pairs: [(UInt64, Value)], empty: Value) {
    var capacity = 16
    while capacity < pairs.count * 2 + 1 { capacity *= 2 }
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: empty, count: capacity)
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    mask = capacity - 1
    for (key, value) in pairs where key != 0 {
      var slot = self.slot(key)
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
      keys[slot] = key
      values[slot] = value
    }
  }

  /// A table of how many times each key occurs in `groups`.
  public init(counting groups: [[UInt64]]) where Value == Int {
    let total = groups.reduce(0) { $0 + $1.count }
    var capacity = 16
    while capacity < total * 2 + 1 { capacity *= 2 }
    keys = Array(repeating: 0, count: capacity)
    values = Array(repeating: 0, count: capacity)
    shift = UInt64(64 - capacity.trailingZeroBitCount)
    mask = capacity - 1
    for group in groups {
      for key in group where key != 0 {
        var slot = self.slot(key)
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        keys[slot] = key
        values[slot] += 1
      }
    }
  }

  /// The same keys with their values transformed.
  public func mapValues<Other: Sendable>(_ transform: (Value) -> Other) -> KeyTable<Other> {
    KeyTable<Other>(keys: keys, values: values.map(transform), shift: shift, mask: mask)
  }

  private init(keys: [UInt64], values: [Value], shift: UInt64, mask: Int) {
    self.keys = keys
    self.values = values
    self.shift = shift
    self.mask = mask
  }

  @inline(__always)
  private func slot(_ key: UInt64) -> Int {
    Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }

  /// The value stored for `key`, if any.
  @inline(__always)
  public subscript(key: UInt64) -> Value? {
    if key == 0 { return nil }
    var slot = self.slot(key)
    while true {
      let stored = keys[slot]
      if stored == key { return values[slot] }
      if stored == 0 { return nil }
      slot = (slot + 1) & mask
    }
  }
}
