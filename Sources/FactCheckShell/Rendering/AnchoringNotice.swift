import FactCheckCore

/// Tells the reviewer what happened to stored claims when an article was (re)read.
///
/// Claims that moved are listed by number; each fuzzy match is named with
/// its score and its new text, since a verdict given to different words
/// should be checked; orphans are counted, with the command that lists them.
enum AnchoringNotice {
  /// The notices for `report` about `review`, whose annotation file is shown as `path`.
  static func lines(for report: AnchoringReport, in review: ArticleReview, path: String) -> [String] {
    var lines: [String] = []
    let file = TerminalText.sanitize(path)
    for damage in report.damaged {
      let span = "[\(damage.span.start), \(damage.span.end))"
      let problem =
        switch damage.problem {
        case .outsideText(let length): "its span \(span) lies outside the article (\(length) code points)"
        case .quoteDiffers: "the text at its span \(span) is not its recorded quote"
        }
      lines.append("\(file): claim \(TerminalText.sanitize(damage.id)): \(problem); looked for by its quote instead")
    }
    let exact = report.moved.filter { !$0.isFuzzy }
    let fuzzy = report.fuzzy
    if report.articleChanged, !report.isEmpty {
      var parts: [String] = []
      if !exact.isEmpty { parts.append("\(count(exact.count, "claim")) moved") }
      if !fuzzy.isEmpty { parts.append("\(fuzzy.count) matched fuzzily") }
      if !report.orphaned.isEmpty { parts.append("\(report.orphaned.count) orphaned") }
      lines.append("the article changed since it was reviewed: " + parts.joined(separator: ", "))
    }
    let movedNumbers = exact.compactMap { review.claim(id: $0.id)?.number }
    if !movedNumbers.isEmpty {
      lines.append("moved with their verdicts: \(movedNumbers.count == 1 ? "claim" : "claims") \(ranges(movedNumbers))")
    }
    for move in fuzzy {
      guard let claim = review.claim(id: move.id) else { continue }
      let score = formatted(move.score)
      let text = TerminalText.truncate(TerminalText.sanitize(claim.text), to: 60)
      lines.append(
        "claim \(claim.number) matched fuzzily (score \(score)); its text changed, check the verdict: \"\(text)\"")
    }
    if !report.orphaned.isEmpty {
      lines.append(
        "\(count(report.orphaned.count, "reviewed claim")) no longer found in the article; kept in \(file) "
          + "(see 'orphans')")
    }
    return lines
  }

  /// `3, 4, 7–12`: sorted numbers with runs collapsed.
  static func ranges(_ numbers: [Int]) -> String {
    var parts: [String] = []
    var run: (first: Int, last: Int)?
    for number in Set(numbers).sorted() {
      if let current = run, number == current.last + 1 {
        run = (current.first, number)
        continue
      }
      if let current = run { parts.append(part(current)) }
      run = (number, number)
    }
    if let current = run { parts.append(part(current)) }
    return parts.joined(separator: ", ")
  }

  private static func part(_ run: (first: Int, last: Int)) -> String {
    switch run.last - run.first {
    case 0: "\(run.first)"
    case 1: "\(run.first), \(run.last)"
    default: "\(run.first)–\(run.last)"
    }
  }

  /// A score below 1 as two decimals, rounded down so that an imperfect match never shows as 1.00.
  static func formatted(_ score: Double) -> String {
    let hundredths = min(99, max(0, Int((score * 100).rounded(.down))))
    return "0." + (hundredths < 10 ? "0" : "") + "\(hundredths)"
  }

  private static func count(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
