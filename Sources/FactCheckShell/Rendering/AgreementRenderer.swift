import FactCheckCore

/// Renders `factcheck agreement`: counts, agreement statistics and the claims to adjudicate.
public struct AgreementRenderer {
  let style: Style
  /// The claim's number in the working tree's article, when known: `(articleFile, id) -> number`.
  let number: (String, String) -> Int?

  /// Creates a renderer; `number` numbers claims as the shell does, where it can.
  public init(color: Bool, number: @escaping (String, String) -> Int? = { _, _ in nil }) {
    style = Style(enabled: color)
    self.number = number
  }

  /// The report as text.
  public func text(_ report: AgreementReport, a: AnnotationSnapshot, b: AnnotationSnapshot) -> String {
    var lines: [String] = []
    lines.append(side("A", a, reviewers: report.reviewersA))
    lines.append(side("B", b, reviewers: report.reviewersB))
    for problem in report.problems { lines.append(style.red("error: ") + TerminalText.sanitize(problem)) }
    lines.append("")
    lines.append(
      "claims labelled by both \(report.paired), by A only \(report.onlyA), by B only \(report.onlyB)"
        + (report.undecidedA + report.undecidedB > 0
          ? "; left out, still in conflict: \(report.undecidedA) on A, \(report.undecidedB) on B" : ""))
    if report.identical > 0 {
      lines.append(
        style.yellow("note: ") + "\(report.identical) of them carry the very same review on both sides (same "
          + "reviewer and time), most likely inherited from a common commit: their agreement is not independent")
    }
    lines.append("")
    lines += table(report)
    lines.append("")
    let statistics = report.statistics
    lines.append(figure("observed agreement", statistics.observed))
    lines.append(figure("Cohen's κ", statistics.cohensKappa))
    lines.append(figure("Krippendorff's α", statistics.krippendorffsAlpha) + style.dim("  (nominal)"))
    lines.append(figure("Gwet's AC1", statistics.gwetsAC1))
    guard !report.disagreements.isEmpty else {
      lines.append("")
      lines.append(report.paired == 0 ? "no claim was labelled on both sides" : "no disagreements")
      return lines.joined(separator: "\n") + "\n"
    }
    lines.append("")
    let count = report.disagreements.count
    lines.append(
      style.bold("\(count) disagreement\(count == 1 ? "" : "s")")
        + " (to adjudicate: merge one side into the other, then 'conflicts' and 'resolve' in the shell)")
    for pair in report.disagreements { lines += disagreement(pair) }
    return lines.joined(separator: "\n") + "\n"
  }

  private func side(_ name: String, _ snapshot: AnnotationSnapshot, reviewers: [String: Int]) -> String {
    var text = style.bold(name) + "  " + TerminalText.sanitize(snapshot.label)
    if let commit = snapshot.commit { text += style.dim(" (\(commit.prefix(12)))") }
    let names = reviewers.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .map { "\(TerminalText.sanitize($0.key.isEmpty ? "(unnamed)" : $0.key)) \($0.value)" }
    if !names.isEmpty { text += "  reviewers: " + names.joined(separator: ", ") }
    return text
  }

  /// The counts table: A's labels down, B's across, with totals.
  private func table(_ report: AgreementReport) -> [String] {
    let labels = AgreementReport.Label.allCases
    let headers = labels.map(\.rawValue) + ["total"]
    let widths = headers.map { max($0.count, 5) }
    func row(_ title: String, _ cells: [String]) -> String {
      "  " + title.padding(14)
        + zip(cells, widths).map { cell, width in
          String(repeating: " ", count: max(0, width - cell.count)) + cell
        }.joined(separator: "  ")
    }
    var lines = [row("A \\ B", headers)]
    for label in labels {
      let cells = labels.map { String(report.count(a: label, b: $0)) } + [String(report.totalA(label))]
      lines.append(row(label.rawValue, cells))
    }
    lines.append(row("total", labels.map { String(report.totalB($0)) } + [String(report.paired)]))
    return lines
  }

  private func figure(_ name: String, _ value: Double?) -> String {
    "  " + name.padding(20) + (value.map { Self.format($0) } ?? "undefined")
  }

  /// A figure with three decimals (`0.714`, `-0.250`).
  static func format(_ value: Double) -> String {
    let rounded = (value * 1000).rounded() / 1000
    let sign = rounded < 0 ? "-" : ""
    let thousandths = Int((abs(rounded) * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return sign + "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  private func disagreement(_ pair: AgreementReport.Pair) -> [String] {
    let place =
      Article.shortName(of: TerminalText.sanitize(pair.article)) + " "
      + (number(pair.articleFile, pair.id).map { "claim \($0)" } ?? "claim")
    var lines = [
      "  " + style.bold(place) + "  \"" + AnnotationTextconv.shortQuote(pair.quote) + "\"  " + style.dim(pair.id)
    ]
    for (name, claim) in [("A", pair.a), ("B", pair.b)] {
      guard let review = claim?.review else { continue }
      var text = "      \(name)  " + verdict(review)
      if !review.reviewer.isEmpty { text += " (\(TerminalText.sanitize(review.reviewer)))" }
      if !review.note.isEmpty { text += " — " + TerminalText.sanitize(ClaimExtractor.displayText(review.note)) }
      lines.append(text)
    }
    return lines
  }

  private func verdict(_ review: Review) -> String {
    review.dismissed ? style.dim("dismissed") : style.status(review.status, review.status.rawValue)
  }
}
