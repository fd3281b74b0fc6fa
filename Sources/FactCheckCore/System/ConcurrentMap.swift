import Dispatch

extension Array where Element: Sendable {
  /// `transform` of each element, in order, computed on every core (one element per task).
  func concurrentMap<Mapped: Sendable>(_ transform: @Sendable (Element) -> Mapped) -> [Mapped] {
    guard count > 1 else { return map(transform) }
    let slots = UnsafeMutableBufferPointer<Mapped?>.allocate(capacity: count)
    slots.initialize(repeating: nil)
    defer {
      _ = slots.deinitialize()
      slots.deallocate()
    }
    nonisolated(unsafe) let shared = slots
    DispatchQueue.concurrentPerform(iterations: count) { index in
      shared[index] = transform(self[index])
    }
    return slots.compactMap { $0 }
  }
}
