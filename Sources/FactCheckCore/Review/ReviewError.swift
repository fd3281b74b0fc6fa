/// A review action that cannot be carried out.
public enum ReviewError: Error, Sendable, Hashable {
  /// No claim has that number in the article.
  case noSuchClaim(number: Int, count: Int)
  /// The quoted text is not in the article.
  case quoteNotFound(String)
  /// The quoted text is already a claim.
  case alreadyAClaim(number: Int)
  /// The quoted text does not appear that many times (places that are already claims left out).
  case noSuchOccurrence(Int, count: Int)
  /// There is nothing to undo.
  case nothingToUndo
  /// There is nothing to redo.
  case nothingToRedo
  /// The claim the step changed was changed since, elsewhere (another shell, a merge): undoing or redoing the step
  /// would silently replace that change, so the step is dropped. `claim` is its number, or its id when it is not
  /// listed.
  case changedSince(action: String, claim: String, by: String)
}

extension ReviewError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .noSuchClaim(let number, let count):
      count == 0 ? "no claim \(number): the article has no claims" : "no claim \(number) (claims are 1–\(count))"
    case .quoteNotFound(let quote): "text not found in the article: \"\(quote)\""
    case .alreadyAClaim(let number): "that text is already claim \(number)"
    case .noSuchOccurrence(let occurrence, let count):
      "no occurrence \(occurrence): the text appears \(count == 1 ? "once" : "\(count) times")"
    case .nothingToUndo: "nothing to undo"
    case .nothingToRedo: "nothing to redo"
    case .changedSince(let action, let claim, let reviewer):
      "claim \(claim) was changed since\(reviewer.isEmpty ? "" : " by \(reviewer)"); that step cannot be "
        + "\(action == "undo" ? "undone" : "redone") and is dropped (change the claim directly)"
    }
  }
}
