import FactCheckCore

/// Renders `factcheck diff`: per article, what happened to each claim's review.
public struct DiffRenderer {
  let style: Style

  /// Creates a renderer; `color` adds ANSI colour.
  public init(color: Bool) {
    style = Style(enabled: color)
  }

  /// The full report: an article name, then a line per claim and a line per changed note, caveat or evidence.
  public func text(_ articles: [AnnotationDiff.ArticleChanges]) -> String {
    var lines: [String] = []
    for article in articles {
      if !lines.isEmpty { lines.append("") }
      lines.append(style.bold(TerminalText.sanitize(article.name)))
      for problem in article.problems { lines.append("  " + style.red("error: ") + TerminalText.sanitize(problem)) }
      let width = article.claims.map { head($0).count }.max() ?? 0
      for claim in article.claims {
        let label = head(claim)
        lines.append(
          "  " + style.bold(label) + String(repeating: " ", count: width - label.count) + "  " + summary(claim)
            + "  " + quote(claim) + style.dim("  \(claim.id)"))
        let indent = "  " + String(repeating: " ", count: width) + "    "
        for detail in details(claim) { lines.append(indent + detail) }
      }
    }
    return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
  }

  /// Counts per article and in total, like `git diff --stat`.
  public func stat(_ articles: [AnnotationDiff.ArticleChanges]) -> String {
    guard !articles.isEmpty else { return "" }
    let width = articles.map { TerminalText.width(TerminalText.sanitize($0.name)) }.max() ?? 0
    var lines: [String] = []
    var total = AnnotationDiff.Stat()
    for article in articles {
      total = total + article.stat
      let counts = article.problems.isEmpty ? Self.describe(article.stat) : style.red("cannot compare")
      lines.append(" " + TerminalText.sanitize(article.name).padding(width) + "  " + counts)
    }
    let count = articles.count
    lines.append(" \(count) article\(count == 1 ? "" : "s"): " + Self.describe(total))
    return lines.joined(separator: "\n") + "\n"
  }

  /// `2 changed, 1 added, …`, leaving out zero counts.
  static func describe(_ stat: AnnotationDiff.Stat) -> String {
    let parts: [(Int, String)] = [
      (stat.changed, "changed"), (stat.added, "added"), (stat.removed, "removed"), (stat.dismissed, "dismissed"),
      (stat.restored, "restored"), (stat.orphaned, "orphaned"), (stat.conflicts, "in conflict"),
      (stat.resolved, "resolved"),
    ]
    let text = parts.filter { $0.0 > 0 }.map { "\($0.0) \($0.1)" }.joined(separator: ", ")
    return text.isEmpty ? "no change" : text
  }

  private func head(_ claim: ClaimDiff) -> String {
    if let number = claim.number { return "claim \(number)" }
    if let number = claim.numberBefore { return "was claim \(number)" }
    return "claim"
  }

  /// What happened, in a few words (`unverified → disputed`, `new: verified`, `dismissed`…).
  private func summary(_ claim: ClaimDiff) -> String {
    let before = claim.before?.review
    let after = claim.after?.review
    var parts: [String] = []
    switch claim.kind {
    case .added:
      let what = claim.after?.origin == .added ? "added by a reviewer" : "new"
      parts.append(after.map { "\(what): " + verdict($0) } ?? what)
    case .removed:
      if claim.restored, before?.status == .unreviewed {
        parts.append("restored: no longer dismissed")
      } else {
        parts.append("review taken back" + (before.map { " (was " + plainVerdict($0) + ")" } ?? ""))
      }
    case .changed:
      if let before, let after {
        if claim.fields.contains(.status) || claim.fields.contains(.dismissed) {
          parts.append(verdict(before) + " → " + verdict(after))
        } else {
          parts.append(verdict(after))
        }
        if claim.conflicted, let conflict = after.conflict {
          let others = conflict.alternatives.map { verdict($0) + " (\(TerminalText.sanitize($0.reviewer)))" }
          parts.append(style.magenta("conflict") + ": ours vs " + others.joined(separator: " vs "))
        }
        if claim.resolved { parts.append("conflict resolved") }
      }
    }
    if claim.orphaned { parts.append(style.yellow("orphaned") + " (its text is no longer in the article)") }
    if claim.found { parts.append("found again in the article") }
    return parts.joined(separator: "; ")
  }

  /// Changed notes, caveats and evidence, one line each.
  private func details(_ claim: ClaimDiff) -> [String] {
    let before = claim.before?.review ?? Review()
    let after = claim.after?.review ?? Review()
    var lines: [String] = []
    if claim.fields.contains(.note) {
      if before.note.isEmpty {
        lines.append("note: " + quoted(after.note))
      } else if after.note.isEmpty {
        lines.append("note removed: " + quoted(before.note))
      } else {
        lines.append("note: " + quoted(before.note) + " → " + quoted(after.note))
      }
    }
    if claim.fields.contains(.caveats) {
      for caveat in before.caveats where !after.caveats.contains(caveat) {
        lines.append(style.red("− caveat: ") + clean(caveat.text))
      }
      for caveat in after.caveats where !before.caveats.contains(caveat) {
        lines.append(style.green("+ caveat: ") + clean(caveat.text))
      }
    }
    if claim.fields.contains(.evidence) {
      for item in before.evidence where !after.evidence.contains(item) {
        lines.append(style.red("− evidence: ") + clean(item))
      }
      for item in after.evidence where !before.evidence.contains(item) {
        lines.append(style.green("+ evidence: ") + clean(item))
      }
    }
    if claim.kind != .removed, !after.reviewer.isEmpty {
      lines.append(style.dim("by " + clean(after.reviewer) + (after.updated.map { ", \($0)" } ?? "")))
    }
    return lines
  }

  /// A verdict with its colour; `dismissed` for a dismissed claim, `unreviewed` when there is none.
  private func verdict(_ review: Review) -> String {
    review.dismissed ? style.dim("dismissed") : style.status(review.status, review.status.rawValue)
  }

  private func plainVerdict(_ review: Review) -> String {
    review.dismissed ? "dismissed" : review.status.rawValue
  }

  private func quote(_ claim: ClaimDiff) -> String {
    "\"" + AnnotationTextconv.shortQuote(claim.quote) + "\""
  }

  private func quoted(_ text: String) -> String { "\"" + clean(text) + "\"" }

  private func clean(_ text: String) -> String {
    TerminalText.sanitize(ClaimExtractor.displayText(text))
  }
}
