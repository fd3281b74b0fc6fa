#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Equality of whole files' bytes with `memcmp`: `Array.==` compares element by element, which costs a
/// millisecond on an annotation file of a thousand claims, checked at every save.
enum ByteComparison {
  /// Whether `left` and `right` are both absent, or hold the same bytes.
  static func same(_ left: [UInt8]?, _ right: [UInt8]?) -> Bool {
    guard let left, let right else { return left == nil && right == nil }
    guard left.count == right.count else { return false }
    return left.withUnsafeBufferPointer { a in
      right.withUnsafeBufferPointer { b in
        guard let first = a.baseAddress, let second = b.baseAddress else { return true }
        return memcmp(first, second, a.count) == 0
      }
    }
  }
}
