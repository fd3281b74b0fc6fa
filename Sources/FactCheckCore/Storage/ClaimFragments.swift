/// Claims as encoded at the last save of one annotation file, so that the next save encodes only what changed.
///
/// Each entry keeps the claim it was encoded from and is reused only for an equal claim: a changed review,
/// anchor or origin is encoded afresh, so the cache can never put stale bytes in a file.
public struct ClaimFragments: Sendable {
  private var entries: [String: Entry] = [:]

  private struct Entry: Sendable {
    var claim: ClaimAnnotation
    var bytes: [UInt8]
  }

  /// Creates an empty cache.
  public init() {}

  /// The number of claims held.
  public var count: Int { entries.count }

  /// The encoded bytes of `claim`, from the cache when it holds this very claim.
  mutating func bytes(of claim: ClaimAnnotation) -> [UInt8] {
    if let entry = entries[claim.id], entry.claim == claim { return entry.bytes }
    let bytes = AnnotationCodec.claimBytes(claim)
    entries[claim.id] = Entry(claim: claim, bytes: bytes)
    return bytes
  }

  /// Forgets every claim but `claims`.
  mutating func keep(_ claims: [ClaimAnnotation]) {
    guard entries.count > claims.count else { return }
    let kept = Set(claims.map(\.id))
    entries = entries.filter { kept.contains($0.key) }
  }
}
