/// A reviewer's verdict on a claim.
public enum ClaimStatus: String, Sendable, Hashable, CaseIterable, Comparable {
  /// Not looked at yet; the default.
  case unreviewed
  /// The reviewer confirmed the claim from evidence.
  case verified
  /// The claim could not be confirmed or refuted.
  case unverified
  /// The reviewer found evidence against the claim, or sources disagree.
  case disputed

  /// The statuses a reviewer can assign (all but `unreviewed`).
  public static let verdicts: [ClaimStatus] = [.verified, .unverified, .disputed]

  /// Parses a status name or a unique prefix of one (`v`, `unv`, `dis`…).
  public init?(parsing text: String) {
    let lowered = text.lowercased()
    if let exact = ClaimStatus(rawValue: lowered) {
      self = exact
      return
    }
    let matches = ClaimStatus.allCases.filter { $0.rawValue.hasPrefix(lowered) }
    guard !lowered.isEmpty, matches.count == 1, let only = matches.first else { return nil }
    self = only
  }

  /// Orders statuses as they are declared.
  public static func < (lhs: ClaimStatus, rhs: ClaimStatus) -> Bool {
    guard let left = allCases.firstIndex(of: lhs), let right = allCases.firstIndex(of: rhs) else {
      return false
    }
    return left < right
  }
}
