/// Two sources saying opposite things about the same subject: one denies what the other affirms.
///
/// Found by polarity, not understanding: a clause of one claim negates (`not`, `no`, `never`, `denied`…), a clause
/// of a claim by another source affirms, and both have the same subject (see `Clause`). "Conscripted soldiers do not
/// take part in hostilities" (Putin) against "the Russian Defense Ministry confirmed that Russian military
/// conscripts were involved" is found this way; a contradiction without a negation word is not.
public struct OpposingStatement: Sendable, Hashable {
  /// The claim that negates.
  public var denial: ClaimReference
  /// The clause that negates ("conscripted soldiers do not take part in hostilities").
  public var denialClause: String
  /// Who makes it.
  public var denialSource: String
  /// The claim that affirms.
  public var affirmation: ClaimReference
  /// The clause that affirms ("Russian military conscripts were involved in the invasion of Ukraine").
  public var affirmationClause: String
  /// Who makes it.
  public var affirmationSource: String
  /// How alike the two clauses are, in [0, 1] (see `CorpusIndex.opposingStatements`).
  public var score: Double
  /// The words of the denial's subject that the affirmation's subject shares ("conscripts").
  public var subject: [String]
}
