/// Gives a claim its kind from its layout role, its words and its attribution.
struct ClaimClassifier {
  /// The kind of a sentence.
  func kind(
    role: BlockRole, words: SentenceWords, features: CheckWorthinessScorer.Features, attribution: Attribution?,
    opensWithQuotation: Bool
  ) -> ClaimKind {
    if let kind = ClaimKind.of(role) { return kind }
    if features.isStageDirection { return .metadata }
    if features.words <= 2, features.digits == 0 { return .fragment }
    if features.isQuestion { return .question }
    if opensWithQuotation || attribution?.basis == .quotation { return .quote }
    if features.digits > 0 || features.numberWords > 0 { return .numeric }
    let opinionated = features.firstPerson > 0 && features.opinion > 0
    if attribution == nil, opinionated || features.predictions > 0 && features.pastTense == 0 { return .opinion }
    if attribution != nil { return .attributed }
    return .factual
  }
}
