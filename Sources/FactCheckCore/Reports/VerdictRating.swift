/// How a verdict is rated in ClaimReview: a number where higher means truer, and a name.
///
/// `disputed` is 1 (contradicted by evidence), `unverified` 2 (neither confirmed nor refuted), `verified` 3
/// (confirmed); `worstRating` is 1 and `bestRating` 3. schema.org and Google ask that a higher number mean a truer
/// claim, and that `alternateName` say the verdict in words.
struct VerdictRating: Sendable, Hashable {
  /// The numeric rating.
  let value: Int
  /// The verdict in words (`Verified`, `Unverified`, `Disputed`).
  let name: String

  /// The worst rating on the scale.
  static let worst = 1
  /// The best rating on the scale.
  static let best = 3

  /// The rating of `status`; `nil` for `unreviewed`.
  init?(_ status: ClaimStatus) {
    switch status {
    case .unreviewed: return nil
    case .disputed: (value, name) = (1, "Disputed")
    case .unverified: (value, name) = (2, "Unverified")
    case .verified: (value, name) = (3, "Verified")
    }
  }
}
