/// Writes a report as Markdown: the corpus summary, what disagrees across articles, then a table per article.
struct MarkdownReport: Sendable {
  let report: VerificationReport

  /// The document in pieces, in order: the summary and what disagrees across articles, then one piece per article,
  /// each made when it is reached.
  func chunks() -> AnySequence<String> {
    let top = (["# Verification report", ""] + summary() + acrossArticles()).joined(separator: "\n")
    let sections = report.articles.rendered { _, article in
      let lines = section(article)
      return lines.isEmpty ? "" : "\n" + lines.joined(separator: "\n")
    }
    return AnySequence(
      [AnySequence(CollectionOfOne(top)), AnySequence(sections), AnySequence(CollectionOfOne("\n"))].joined())
  }

  // MARK: - Summary

  private func summary() -> [String] {
    let summary = report.summary
    let progress = summary.progress
    var lines = [
      "\(ReportText.count(summary.articles, "article")), \(ReportText.count(progress.total, "claim")) to review: "
        + "\(progress.reviewed) reviewed (\(ReportText.percent(progress))%) — \(progress.count(.verified)) verified, "
        + "\(progress.count(.unverified)) unverified, \(progress.count(.disputed)) disputed; "
        + "\(progress.dismissed) dismissed as not claims; "
        + "\(ReportText.count(progress.conflicts, "open conflict")); \(progress.orphans) orphaned."
    ]
    var who: [String] = []
    if !summary.reviewers.isEmpty {
      who.append("Reviewed by \(summary.reviewers.map(MarkdownText.inline).joined(separator: ", ")).")
    }
    if let day = ReportText.day(summary.lastUpdated) { who.append("Last review: \(day).") }
    if !who.isEmpty { lines += ["", who.joined(separator: " ")] }
    lines += [
      "", "| article | date | reviewed | verified | unverified | disputed | conflicts | orphaned | title |",
      "|---|---|--:|--:|--:|--:|--:|--:|---|",
    ]
    for article in report.articles.overviews {
      let progress = article.progress
      lines.append(
        "| [\(MarkdownText.inline(article.shortName))](#\(article.anchor)) | \(article.date ?? "") | "
          + "\(progress.reviewed)/\(progress.total) | \(progress.count(.verified)) | \(progress.count(.unverified)) | "
          + "\(progress.count(.disputed)) | \(progress.conflicts) | \(progress.orphans) | "
          + "\(MarkdownText.cell(article.title)) |")
    }
    lines.append("")
    return lines
  }

  // MARK: - Across articles

  private func acrossArticles() -> [String] {
    guard !report.figureDisagreements.isEmpty || !report.opposingStatements.isEmpty else { return [] }
    var lines = ["## Across articles", ""]
    if !report.figureDisagreements.isEmpty {
      lines += ["### Figures that disagree", ""]
      for group in report.figureDisagreements {
        lines += [
          "**\(MarkdownText.inline(group.measure))**", "", "| figure | claim | what | source | when | verdict |",
          "|--:|---|---|---|---|---|",
        ]
        for mention in group.mentions {
          let when = [mention.quantity.time, mention.date].compactMap { $0 }.joined(separator: "; ")
          lines.append(
            "| \(MarkdownText.cell(mention.quantity.displayValue)) | \(link(mention.claim)) | "
              + "\(MarkdownText.cell(mention.quantity.description)) | \(MarkdownText.cell(mention.source)) | "
              + "\(MarkdownText.cell(when)) | \(ReportText.label(mention.status)) |")
        }
        lines.append("")
      }
    }
    if !report.opposingStatements.isEmpty {
      lines += [
        "### Opposing statements", "",
        "One source denies what another affirms about the same subject (found by negation and shared subject "
          + "words; check each pair).", "", "| denial | source | affirmation | source | subject |",
        "|---|---|---|---|---|",
      ]
      for pair in report.opposingStatements {
        lines.append(
          "| \(link(pair.denial)): “\(MarkdownText.cell(pair.denialClause))” | \(MarkdownText.cell(pair.denialSource)) "
            + "| \(link(pair.affirmation)): “\(MarkdownText.cell(pair.affirmationClause))” | "
            + "\(MarkdownText.cell(pair.affirmationSource)) | \(MarkdownText.cell(pair.subject.joined(separator: ", "))) |"
        )
      }
      lines.append("")
    }
    return lines
  }

  // MARK: - Articles

  private func section(_ article: ArticleReport) -> [String] {
    let progress = article.progress
    var lines = [
      "## <a id=\"\(article.anchor)\"></a>\(MarkdownText.inline(article.shortName)) — \(MarkdownText.inline(article.title))",
      "",
    ]
    var facts: [String] = []
    if let date = article.date { facts.append("Date: \(MarkdownText.inline(date))") }
    facts.append("`\(article.file.replacingOccurrences(of: "`", with: "'"))`")
    facts.append(
      "\(progress.reviewed) of \(ReportText.count(progress.total, "claim")) reviewed (\(ReportText.percent(progress))%): "
        + "\(progress.count(.verified)) verified, \(progress.count(.unverified)) unverified, "
        + "\(progress.count(.disputed)) disputed")
    if progress.conflicts > 0 { facts.append(ReportText.count(progress.conflicts, "open conflict")) }
    if progress.orphans > 0 { facts.append("\(progress.orphans) orphaned") }
    lines += [facts.joined(separator: " · "), ""]
    if let reason = article.readOnly {
      lines += ["> **Note:** the annotation file could not be used (\(MarkdownText.inline(reason))).", ""]
    }
    if article.claims.isEmpty {
      lines += ["No claims to list.", ""]
    } else {
      lines += [
        "| # | verdict | claim | source | caveats | note | evidence |", "|--:|---|---|---|---|---|---|",
      ]
      for claim in article.claims { lines.append(row(claim)) }
      lines.append("")
    }
    let linked = article.claims.filter { !$0.links.isEmpty }
    if !linked.isEmpty {
      lines += ["**Linked claims**", ""]
      for claim in linked {
        lines.append("- **\(number(claim))**")
        for kind in [ClaimLink.Kind.figure, .opposing, .related] {
          let links = claim.links.filter { $0.kind == kind }
          guard !links.isEmpty else { continue }
          let title =
            switch kind {
            case .figure: "other figures for the same quantity"
            case .opposing: "opposing statements"
            case .related: "related claims in other articles"
            }
          lines.append("  - \(title):")
          for link in links {
            lines.append("    - \(self.link(link.target)): \(MarkdownText.inline(link.summary))")
          }
        }
      }
      lines.append("")
    }
    if !article.dismissed.isEmpty {
      let list = article.dismissed.map {
        "\(number($0)) (“\(MarkdownText.inline(ReportText.shortened($0.text, to: 60)))”)"
      }
      lines += ["Dismissed as not claims: " + list.joined(separator: ", ") + ".", ""]
    }
    return lines
  }

  private func row(_ claim: ReportClaim) -> String {
    let anchor = report.anchor(of: claim.reference).map { "<a id=\"\($0)\"></a>" } ?? ""
    var source = claim.source.map { MarkdownText.cell($0.source) + " (" + MarkdownText.cell($0.cue) + ")" }
    if claim.isOrphaned { source = "" }
    var caveats = claim.publicationCaveats.map { "**publication:** " + MarkdownText.cell(claim.describe($0)) }
    caveats += claim.reviewerCaveats.map { "**reviewer:** " + MarkdownText.cell($0.text) }
    let cells = [
      anchor + number(claim), MarkdownText.cell(ReportText.verdict(of: claim)), MarkdownText.cell(claim.text),
      source ?? "the publication", caveats.joined(separator: "<br>"), MarkdownText.cell(claim.review.note),
      claim.review.evidence.map(MarkdownText.evidence).joined(separator: "<br>"),
    ]
    return "| " + cells.joined(separator: " | ") + " |"
  }

  private func number(_ claim: ReportClaim) -> String {
    claim.reference.number.map(String.init) ?? "orphan " + MarkdownText.inline(claim.reference.id)
  }

  private func link(_ reference: ClaimReference) -> String {
    MarkdownText.link(reference.label, anchor: report.anchor(of: reference))
  }
}
