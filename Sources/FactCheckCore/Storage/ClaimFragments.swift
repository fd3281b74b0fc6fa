/// Claims as encoded at the last save of one annotation file, so that the next save encodes only what changed.
///
/// A claim's bytes are kept under its revision (`ArticleAnnotations.revisions`), which changes whenever the claim
/// is stored anew, so a changed review, anchor or origin is always encoded afresh and the cache can never put
/// stale bytes in a file. The buffer of an earlier file can be handed back (`recycle`) to write the next one into
/// memory already in use.
public struct ClaimFragments: Sendable {
  private var revisions: [UInt64] = []
  private var encoded: [[UInt8]] = []
  private var spare: [UInt8] = []

  /// Creates an empty cache.
  public init() {}

  /// The number of claims held.
  public var count: Int { revisions.count }

  /// The bytes of each of `annotations`' claims, in order: reused for a revision held, encoded for the others.
  mutating func update(to annotations: ArticleAnnotations) -> [[UInt8]] {
    let current = annotations.revisions
    if current.count == revisions.count {
      // The usual save, after a verdict: the same claims in the same places, one of them stored anew.
      for index in current.indices where current[index] != revisions[index] {
        encoded[index] = AnnotationCodec.claimBytes(annotations.claims[index])
      }
    } else {
      var held: [UInt64: Int] = [:]
      held.reserveCapacity(revisions.count)
      for (position, revision) in revisions.enumerated() { held[revision] = position }
      encoded = zip(current, annotations.claims).map { revision, claim in
        held[revision].map { encoded[$0] } ?? AnnotationCodec.claimBytes(claim)
      }
    }
    revisions = current
    return encoded
  }

  /// An empty buffer to write a file into: the one handed back by `recycle`, if any, keeping its capacity.
  mutating func takeBuffer() -> [UInt8] {
    var buffer: [UInt8] = []
    swap(&buffer, &spare)
    buffer.removeAll(keepingCapacity: true)
    return buffer
  }

  /// Hands back the bytes of a file no longer needed, so that the next file is written into them.
  mutating func recycle(_ buffer: consuming [UInt8]) {
    spare = buffer
  }
}
