/// A clause of a claim, with its polarity and the words in subject position.
///
/// "I stress that conscripted soldiers do not take part in hostilities" holds the clause "conscripted soldiers
/// do not take part in hostilities": negated, subject `conscript`, `soldier`. The subject of a negated clause is
/// what comes before the negation ("Russian conscripts would not"), after a negative determiner ("none of the new
/// recruits will"), or after a verb of denial ("denied the alleged withdrawal"); of an affirmed clause, what
/// comes before its first verb ("Russian military conscripts were involved").
public struct Clause: Sendable, Hashable {
  /// Where the clause is.
  public var span: TextSpan
  /// Its text, white space collapsed: a slice of the claim's text when the claim's terms were given it.
  public var text: Substring
  /// The stems of its content words.
  public var stems: [String]
  /// The stems in subject position.
  public var subject: [String]
  /// Whether the clause negates.
  public var isNegated: Bool
  /// Whether it has a verb (an auxiliary, a reporting verb or a past form), so states something.
  public var hasVerb: Bool
  /// Whether its only verbs report speech ("The Ministry confirmed"): what is said is in the next clause.
  public var isReportingFrame: Bool

  /// Whether the clause can affirm what another denies: it does not negate, has a verb, and is not a reporting
  /// frame ("officials said").
  public var canAffirm: Bool { !isNegated && hasVerb && !isReportingFrame }
}
