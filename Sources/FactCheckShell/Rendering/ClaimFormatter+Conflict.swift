import FactCheckCore

/// Lines that show the sides of a conflict.
extension ClaimFormatter {
  /// One side of a conflict: its label, verdict, reviewer and time, and note.
  func conflictSide(_ label: String, _ review: Review) -> String {
    var plain = review
    plain.conflict = nil
    var text = statusLabel(plain)
    let who = [TerminalText.sanitize(review.reviewer), review.updated ?? ""].filter { !$0.isEmpty }
    if !who.isEmpty { text += " " + style.dim(who.joined(separator: ", ")) }
    if !review.note.isEmpty { text += " — " + TerminalText.sanitize(ClaimExtractor.displayText(review.note)) }
    let padded = "    " + label + String(repeating: " ", count: max(1, 9 - label.count))
    return padded + wrapper.wrap(text, indent: 13, firstLineUsed: 13)
  }
}
