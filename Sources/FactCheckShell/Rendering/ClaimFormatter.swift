import FactCheckCore

/// Formats claims for the terminal: list lines, the claim in context, details.
struct ClaimFormatter {
  let style: Style
  let wrapper: TextWrapper

  /// The characters of context shown either side of a claim inside a long paragraph.
  static let contextLimit = 400

  /// A status word padded to a column, with a symbol, coloured.
  func statusLabel(_ review: Review, padded: Bool = true) -> String {
    func pad(_ text: String) -> String {
      padded ? text + String(repeating: " ", count: max(0, 13 - text.count)) : text
    }
    if review.conflict != nil { return style.magenta(pad("! conflict")) }
    if review.dismissed { return style.dim(pad("– dismissed")) }
    let symbol =
      switch review.status {
      case .unreviewed: "·"
      case .verified: "✓"
      case .unverified: "?"
      case .disputed: "✗"
      }
    return style.status(review.status, pad("\(symbol) \(review.status.rawValue)"))
  }

  /// One line of a claim list: number, status and text, cut to the width.
  func listLine(_ claim: Claim, numberWidth: Int, isCurrent: Bool) -> String {
    let number = String(claim.number)
    let marker = isCurrent ? style.bold(">") : " "
    let head = marker + String(repeating: " ", count: max(1, numberWidth + 1 - number.count)) + number + " "
    return head + statusAndText(claim, used: TerminalText.width(head))
  }

  /// The status label and the claim's text, cut to the width left after `used` columns.
  func statusAndText(_ claim: Claim, used: Int) -> String {
    var text = TerminalText.sanitize(claim.text)
    if let width = wrapper.width { text = TerminalText.truncate(text, to: max(10, width - used - 14)) }
    if claim.review.dismissed { text = style.dim(text) }
    return statusLabel(claim.review) + " " + text
  }

  /// The claim inside its paragraph, highlighted and wrapped.
  func context(of claim: Claim, in review: ArticleReview) -> String {
    let text = review.article.text
    let span = claim.span
    var paragraph = review.article.layout.block(containing: span) ?? span
    paragraph = TextSpan(start: min(paragraph.start, span.start), end: max(paragraph.end, span.end))
    let before = TextSpan(start: max(paragraph.start, span.start - Self.contextLimit), end: span.start)
    let after = TextSpan(start: span.end, end: min(paragraph.end, span.end + Self.contextLimit))
    let lead = before.start > paragraph.start ? "…" : ""
    let tail = after.end < paragraph.end ? "…" : ""
    let body = [
      lead + clean(text[before]),
      highlightWords(clean(text[span])),
      clean(text[after]) + tail,
    ].filter { !$0.isEmpty }.joined(separator: " ")
    return "  " + wrapper.wrap(body, indent: 2, firstLineUsed: 2)
  }

  /// Detail lines: status, reviewer, note, caveats, evidence, id.
  func details(of claim: Claim) -> [String] {
    let review = claim.review
    var lines: [String] = []
    var status = statusLabel(review, padded: false)
    if let updated = review.updated {
      status += style.dim("  \(TerminalText.sanitize(review.reviewer)), \(updated)")
    }
    lines.append(field("status", status))
    if claim.annotation.origin == .added { lines.append(field("origin", "added by a reviewer")) }
    if !review.note.isEmpty { lines.append(field("note", clean(review.note))) }
    for (offset, caveat) in review.caveats.enumerated() {
      let label = caveat.origin == .article ? "publication" : "reviewer"
      lines.append(
        field(offset == 0 ? "caveats" : "", "\(offset + 1). " + style.dim("[\(label)] ") + clean(caveat.text)))
    }
    for (offset, item) in review.evidence.enumerated() {
      lines.append(field(offset == 0 ? "evidence" : "", "\(offset + 1). " + clean(item)))
    }
    if let conflict = review.conflict {
      let theirs = conflict.theirs
      lines.append(
        field(
          "conflict",
          "other side: " + statusLabel(theirs, padded: false) + " by \(TerminalText.sanitize(theirs.reviewer))"
            + (theirs.note.isEmpty ? "" : " — \(clean(theirs.note))")))
    }
    lines.append(field("id", style.dim(TerminalText.sanitize(claim.id))))
    return lines
  }

  /// A labelled detail line, wrapped under its value column.
  func field(_ label: String, _ value: String) -> String {
    let padded = "  " + label + String(repeating: " ", count: max(1, 11 - label.count))
    return style.bold(padded) + wrapper.wrap(value, indent: 13, firstLineUsed: 13)
  }

  private func clean(_ text: String) -> String {
    TerminalText.sanitize(ClaimExtractor.displayText(text))
  }

  /// Highlights each word separately so that wrapping can break between them.
  private func highlightWords(_ text: String) -> String {
    guard style.enabled else { return style.highlight(text) }
    return text.split(separator: " ").map { style.highlight(String($0)) }.joined(separator: " ")
  }
}
