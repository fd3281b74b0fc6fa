/// What saving an article's annotations did.
public struct SaveOutcome: Sendable, Hashable {
  /// Whether the file was written or removed (false: already up to date).
  public var wrote: Bool = false
  /// Whether the file had changed on disk since it was read, and was merged.
  public var mergedExternalChanges: Bool = false
  /// Ids of the claims that merge left in conflict and that were not in conflict here before, in reading order.
  public var conflicts: [String] = []

  /// Creates an outcome.
  public init(wrote: Bool = false, mergedExternalChanges: Bool = false, conflicts: [String] = []) {
    self.wrote = wrote
    self.mergedExternalChanges = mergedExternalChanges
    self.conflicts = conflicts
  }
}
