import FactCheckCore
import Foundation

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
    // "*": the verdict was given to words that have changed since ('show' says what they were).
    let changed = review.changedWordsReviewed != nil ? "*" : ""
    return style.status(review.status, pad("\(symbol) \(review.status.rawValue)\(changed)"))
  }

  /// One line of a claim list: number, status, kind, score and text, cut to the width.
  func listLine(_ claim: Claim, numberWidth: Int, isCurrent: Bool) -> String {
    let number = String(claim.number)
    let marker = isCurrent ? style.bold(">") : " "
    let head = marker + String(repeating: " ", count: max(1, numberWidth + 1 - number.count)) + number + " "
    let kind = kindAndScore(claim.analysis, padded: true)
    return head + statusLabel(claim.review) + " " + kind + " "
      + text(of: claim, used: TerminalText.width(head) + 14 + 19)
  }

  /// The kind and score, as `quote 0.33` (non-claims dimmed), padded to a column when asked.
  func kindAndScore(_ analysis: ClaimAnalysis, padded: Bool) -> String {
    var label = analysis.kind.rawValue + " " + String(format: "%.2f", analysis.score)
    if padded { label += String(repeating: " ", count: max(0, 18 - label.count)) }
    return analysis.kind.isClaim ? style.cyan(label) : style.dim(label)
  }

  private func text(of claim: Claim, used: Int) -> String {
    var text = TerminalText.sanitize(claim.text)
    if let width = wrapper.width { text = TerminalText.truncate(text, to: max(10, width - used)) }
    return claim.review.dismissed ? style.dim(text) : text
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
      highlightClaim(claim, in: text),
      clean(text[after]) + tail,
    ].filter { !$0.isEmpty }.joined(separator: " ")
    return "  " + wrapper.wrap(body, indent: 2, firstLineUsed: 2)
  }

  /// Detail lines: status, reviewer, kind, source, note, caveats (the publication's, detected or stored, and the
  /// reviewer's), evidence, id.
  func details(of claim: Claim) -> [String] {
    let review = claim.review
    var lines: [String] = []
    var status = statusLabel(review, padded: false)
    if let updated = review.updated {
      status += style.dim("  \(TerminalText.sanitize(review.reviewer)), \(updated)")
    }
    lines.append(field("status", status))
    if let reviewed = review.changedWordsReviewed {
      lines.append(
        field(
          "changed",
          style.yellow("the verdict was given to “\(clean(reviewed))”")
            + style.dim("; give it again to confirm it for these words")))
    }
    lines.append(field("kind", kindAndScore(claim.analysis, padded: false)))
    if claim.analysis.kind.isClaim {
      if let attribution = claim.analysis.attribution {
        lines.append(
          field("source", style.underline(clean(attribution.source)) + style.dim(" (\(clean(attribution.cue)))")))
      } else {
        lines.append(field("source", style.dim("the publication (unattributed)")))
      }
    }
    if claim.annotation.origin == .added { lines.append(field("origin", "added by a reviewer")) }
    if !review.note.isEmpty { lines.append(field("note", clean(review.note))) }
    let caveats = claim.publicationCaveats + review.caveats.filter { $0.origin == .reviewer }
    for (offset, caveat) in caveats.enumerated() {
      var value = "\(offset + 1). "
      if caveat.origin == .article {
        value += style.dim("[publication] ") + (caveat.cue.map { style.yellow("“\(clean($0))”") } ?? "")
        value += caveat.text == claim.text ? style.dim(" (in this sentence)") : " " + clean(caveat.text)
      } else {
        value += style.dim("[reviewer] ") + clean(caveat.text)
      }
      lines.append(field(offset == 0 ? "caveats" : "", value))
    }
    for (offset, item) in review.evidence.enumerated() {
      lines.append(field(offset == 0 ? "evidence" : "", "\(offset + 1). " + clean(item)))
    }
    if let conflict = review.conflict {
      for (offset, other) in conflict.alternatives.enumerated() {
        lines.append(
          field(
            offset == 0 ? "conflict" : "",
            (offset == 0 ? "theirs: " : "theirs\(offset + 1): ") + statusLabel(other, padded: false) + " by "
              + TerminalText.sanitize(other.reviewer) + (other.note.isEmpty ? "" : " — \(clean(other.note))")))
      }
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

  /// The claim's text highlighted, with its source underlined and the publication's caveat cues in colour.
  private func highlightClaim(_ claim: Claim, in text: ArticleText) -> String {
    let span = claim.span
    guard style.enabled else { return highlightWords(clean(text[span])) }
    var marks: [(span: TextSpan, kind: Int)] = []
    if let source = claim.analysis.attribution?.sourceSpan, span.contains(source) { marks.append((source, 0)) }
    if let cue = claim.analysis.attribution?.cueSpan, span.contains(cue) { marks.append((cue, 1)) }
    for caveat in claim.analysis.caveats where span.contains(caveat.cueSpan) { marks.append((caveat.cueSpan, 2)) }
    marks.sort { $0.span.start < $1.span.start }
    var output = ""
    var cursor = span.start
    func append(_ piece: TextSpan, kind: Int?) {
      guard !piece.isEmpty else { return }
      if !output.isEmpty,
        text.scalars[piece.start].properties.isWhitespace || text.scalars[piece.start - 1].properties.isWhitespace
      {
        output += " "
      }
      let words = clean(text[piece]).split(separator: " ").map { word -> String in
        let marked =
          switch kind {
          case 0: style.underline(String(word))
          case 1: style.bold(String(word))
          case 2: style.yellow(String(word))
          default: String(word)
          }
        return style.highlight(marked)
      }
      output += words.joined(separator: " ")
    }
    for mark in marks where mark.span.start >= cursor {
      append(TextSpan(start: cursor, end: mark.span.start), kind: nil)
      append(mark.span, kind: mark.kind)
      cursor = mark.span.end
    }
    append(TextSpan(start: cursor, end: span.end), kind: nil)
    return output
  }

  /// Highlights each word separately so that wrapping can break between them.
  private func highlightWords(_ text: String) -> String {
    guard style.enabled else { return style.highlight(text) }
    return text.split(separator: " ").map { style.highlight(String($0)) }.joined(separator: " ")
  }
}
