/// Claims as encoded at the last save of one annotation file, so that the next save encodes only what changed.
///
/// Each entry keeps the claim it was encoded from and is reused only for an equal claim: a changed review,
/// anchor or origin is encoded afresh, so the cache can never put stale bytes in a file.
public struct ClaimFragments: Sendable {
  // Parallel arrays found by claim id: a claim is compared where it is stored, never copied out to compare.
  private var positions: [String: Int] = [:]
  private var claims: [ClaimAnnotation] = []
  private var encoded: [[UInt8]] = []

  /// Creates an empty cache.
  public init() {}

  /// The number of claims held.
  public var count: Int { positions.count }

  /// The encoded bytes of `claim`, from the cache when it holds this very claim.
  mutating func bytes(of claim: ClaimAnnotation) -> [UInt8] {
    if let position = positions[claim.id] {
      if claims[position] == claim { return encoded[position] }
      let bytes = AnnotationCodec.claimBytes(claim)
      claims[position] = claim
      encoded[position] = bytes
      return bytes
    }
    let bytes = AnnotationCodec.claimBytes(claim)
    positions[claim.id] = claims.count
    claims.append(claim)
    encoded.append(bytes)
    return bytes
  }

  /// Forgets every claim but `kept`.
  mutating func keep(_ kept: [ClaimAnnotation]) {
    guard positions.count > kept.count else { return }
    let ids = Set(kept.map(\.id))
    let staying = claims.indices.filter { ids.contains(claims[$0].id) }
    claims = staying.map { claims[$0] }
    encoded = staying.map { encoded[$0] }
    positions = [:]
    for (position, claim) in claims.enumerated() { positions[claim.id] = position }
  }
}
