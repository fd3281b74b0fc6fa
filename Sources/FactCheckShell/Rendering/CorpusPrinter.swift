import FactCheckCore
import Foundation

/// Prints figure disagreements, opposing statements and related claims in the shell.
struct CorpusPrinter {
  let shell: Shell
  let corpus: CorpusIndex

  private var style: Style { shell.style }

  /// `text` in quotes, sanitised and cut to the width left after `used` columns.
  func quoted(_ text: String, used: Int) -> String {
    var text = TerminalText.sanitize(text)
    if let width = shell.wrapper.width { text = TerminalText.truncate(text, to: max(20, width - used - 2)) }
    return "\"" + text + "\""
  }

  private func claimText(_ reference: ClaimReference) -> String {
    corpus.position(of: reference).map { corpus.claims[$0].text } ?? ""
  }

  private func status(_ reference: ClaimReference) -> String {
    guard let index = corpus.position(of: reference) else { return "" }
    let status = corpus.claims[index].status
    return status == .unreviewed ? "" : "  " + style.status(status, status.rawValue)
  }

  /// A group of disagreeing figures; the mention of `marking` is flagged.
  func figures(_ group: FigureDisagreement, marking: ClaimReference?) {
    shell.print(style.bold("figures that disagree: " + TerminalText.sanitize(group.measure)))
    let width = group.mentions.map { $0.quantity.displayValue.count }.max() ?? 0
    for mention in group.mentions {
      let marker = mention.claim == marking ? style.bold(">") : " "
      let value = mention.quantity.displayValue
      var line = " \(marker) " + style.bold(value) + String(repeating: " ", count: width - value.count) + "  "
      line += style.cyan(mention.claim.label) + "  " + TerminalText.sanitize(mention.quantity.description)
      var details = [TerminalText.sanitize(mention.source)]
      if let time = mention.quantity.time { details.append(TerminalText.sanitize(time)) }
      if let date = mention.date { details.append(date) }
      line += style.dim(" — " + details.joined(separator: " · "))
      if mention.status != .unreviewed { line += "  " + style.status(mention.status, mention.status.rawValue) }
      shell.print(shell.wrapper.wrap(line, indent: width + 5))
    }
  }

  /// An opposing pair; when `from` is one side, that side is printed first.
  func opposition(_ pair: OpposingStatement, from: ClaimReference?) {
    let sides = [
      (pair.denial, "denies ", pair.denialSource, pair.denialClause),
      (pair.affirmation, "affirms", pair.affirmationSource, pair.affirmationClause),
    ]
    for (reference, verb, source, clause) in from == pair.affirmation ? sides.reversed() : sides {
      let head = "  " + style.cyan(reference.label) + " " + verb + " "
      let text = TerminalText.sanitize(source) + ": " + quoted(clause, used: 0) + status(reference)
      shell.print(
        head + shell.wrapper.wrap(text, indent: TerminalText.width(head), firstLineUsed: TerminalText.width(head)))
    }
    shell.print(
      "    "
        + style.dim(
          "subject: " + pair.subject.map { TerminalText.sanitize($0) }.joined(separator: ", ")
            + String(format: "; score %.2f", pair.score)))
  }

  /// A related claim with its score and what it shares.
  func related(_ match: RelatedClaim) {
    let head = "  " + style.cyan(match.reference.label) + String(format: " %.2f ", match.score)
    shell.print(head + quoted(claimText(match.reference), used: TerminalText.width(head)) + status(match.reference))
    var shared = match.sameQuantity ? ["a figure for the same quantity"] : []
    shared += match.sharedWords
    shared += match.sharedNumbers.filter { !shared.contains($0) }
    if !shared.isEmpty {
      shell.print("    " + style.dim("shared: " + shared.map { TerminalText.sanitize($0) }.joined(separator: ", ")))
    }
  }
}
