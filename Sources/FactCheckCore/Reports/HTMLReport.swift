import Foundation
import Plot

/// Writes a report as one self-contained HTML page, built with Plot.
///
/// Inline CSS and no external resource: the corpus summary, what disagrees across articles, then each article's
/// text with its claims highlighted in their verdicts' colours beside a column of notes (verdict, source, caveats
/// of the publication and of the reviewer, note, evidence, links), with a progress bar per article. Readable when
/// printed (`@media print`). The ClaimReview JSON-LD of the review is embedded as data (`application/ld+json`),
/// which search engines read; nothing on the page runs a script.
struct HTMLReport: Sendable {
  let report: VerificationReport

  /// The page in pieces, in order: the head and the corpus summary, then one piece per article, then the end.
  ///
  /// Each piece is rendered when it is reached, so that writing a report of thousands of articles never holds the
  /// whole page in memory.
  func chunks() -> AnySequence<String> {
    let marker = "<body></body>"
    let dataMarker = "<ld-json/>"
    let empty = HTML(
      .lang(.english),
      .head(
        .meta(.charset(.utf8)),
        .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
        // Not Plot's `.title()`: it also writes `og:title` and `twitter:title` meta tags with the text unescaped in
        // their `content` attributes.
        .element(named: "title", nodes: [HTMLText.text(title)]),
        .style(HTMLReportStyle.css),
        .element(named: "script", nodes: [.attribute(named: "type", value: "application/ld+json"), .raw(dataMarker)])
      ),
      .body()
    ).render()
    // The page around the ClaimReview data and an empty body: the escaped title cannot contain the markers' `<`.
    let data = empty.range(of: dataMarker)
    let body = empty.range(of: marker, options: .backwards)
    guard let data, let body, data.upperBound <= body.lowerBound else { return AnySequence([empty + "\n"]) }
    let head = CollectionOfOne(String(empty[..<data.lowerBound]))
    let claimReview = ClaimReviewReport(report: report).chunks()
    let opening = String(empty[data.upperBound..<body.lowerBound]) + "<body>"
    let closing = "</body>" + empty[body.upperBound...] + "\n"
    var top = [HTMLNode.newline, header(), HTMLNode.newline]
    if !report.figureDisagreements.isEmpty || !report.opposingStatements.isEmpty {
      top += [acrossArticles(), HTMLNode.newline]
    }
    let start = CollectionOfOne(opening + top.map { $0.render() }.joined())
    let sections = report.articles.rendered { _, article in section(article).render() + HTMLNode.newline.render() }
    return AnySequence(
      [
        AnySequence(head), AnySequence(claimReview), AnySequence(start), AnySequence(sections),
        AnySequence(CollectionOfOne(closing)),
      ].joined())
  }

  private var title: String {
    report.articles.count == 1
      ? "Verification report: " + report.articles.overviews[0].title : "Verification report"
  }

  // MARK: - Summary

  private func header() -> HTMLNode.Body {
    let summary = report.summary
    let progress = summary.progress
    var facts = [
      ReportText.count(summary.articles, "article"),
      "\(progress.reviewed) of \(ReportText.count(progress.total, "claim")) reviewed (\(ReportText.percent(progress))%)",
      "\(progress.dismissed) dismissed as not claims",
      ReportText.count(progress.conflicts, "open conflict"),
      "\(progress.orphans) orphaned",
    ]
    if !summary.reviewers.isEmpty { facts.append("reviewed by " + summary.reviewers.joined(separator: ", ")) }
    if let day = ReportText.day(summary.lastUpdated) { facts.append("last review " + day) }
    let legend = ClaimStatus.allCases.map { status in
      HTMLNode.element(
        "span", [], [HTMLNode.chip("\(ReportText.label(status)) \(progress.count(status))", status.rawValue)])
    }
    return HTMLNode.element(
      "header", [("class", "report")],
      [
        HTMLNode.element("h1", [], [HTMLNode.text("Verification report")]), HTMLNode.newline,
        HTMLNode.element("p", [("class", "meta")], [HTMLNode.text(facts.joined(separator: " · "))]),
        HTMLNode.element("p", [("class", "legend")], legend), HTMLNode.newline, overview(),
      ])
  }

  private func overview() -> HTMLNode.Body {
    let head = ["article", "date", "reviewed", "verified", "unverified", "disputed", "conflicts", "orphaned", "title"]
    let numeric: Set<String> = ["reviewed", "verified", "unverified", "disputed", "conflicts", "orphaned"]
    var rows: [HTMLNode.Body] = [
      row(head.map { HTMLNode.element("th", numeric.contains($0) ? [("class", "n")] : [], [HTMLNode.text($0)]) })
    ]
    for article in report.articles.overviews {
      let progress = article.progress
      let counts = [
        "\(progress.reviewed)/\(progress.total)", "\(progress.count(.verified))", "\(progress.count(.unverified))",
        "\(progress.count(.disputed))", "\(progress.conflicts)", "\(progress.orphans)",
      ]
      rows.append(
        row(
          [
            cell([HTMLNode.link(article.shortName, anchor: article.anchor)]), cell([HTMLNode.text(article.date ?? "")]),
          ] + counts.map { cell([HTMLNode.text($0)], numeric: true) } + [cell([HTMLNode.text(article.title)])]))
    }
    return HTMLNode.element("table", [("class", "overview")], rows)
  }

  // MARK: - Across articles

  private func acrossArticles() -> HTMLNode.Body {
    var nodes: [HTMLNode.Body] = [HTMLNode.element("h2", [], [HTMLNode.text("Across articles")])]
    if !report.figureDisagreements.isEmpty {
      nodes.append(HTMLNode.element("h3", [], [HTMLNode.text("Figures that disagree")]))
      for group in report.figureDisagreements {
        var rows: [HTMLNode.Body] = [
          row(
            ["figure", "claim", "what", "source", "when", "verdict"].map {
              HTMLNode.element("th", $0 == "figure" ? [("class", "n")] : [], [HTMLNode.text($0)])
            })
        ]
        for mention in group.mentions {
          let when = [mention.quantity.time, mention.date].compactMap { $0 }.joined(separator: "; ")
          rows.append(
            row([
              cell([HTMLNode.text(mention.quantity.displayValue)], numeric: true),
              cell([HTMLNode.link(mention.claim.label, anchor: report.anchor(of: mention.claim))]),
              cell([HTMLNode.text(mention.quantity.description)]), cell([HTMLNode.text(mention.source)]),
              cell([HTMLNode.text(when)]),
              cell([HTMLNode.chip(ReportText.label(mention.status), mention.status.rawValue)]),
            ]))
        }
        nodes += [
          HTMLNode.newline, HTMLNode.element("p", [], [HTMLNode.element("strong", [], [HTMLNode.text(group.measure)])]),
          HTMLNode.element("table", [("class", "figures")], rows),
        ]
      }
    }
    if !report.opposingStatements.isEmpty {
      nodes += [
        HTMLNode.element("h3", [], [HTMLNode.text("Opposing statements")]),
        HTMLNode.element(
          "p", [("class", "muted")],
          [
            HTMLNode.text(
              "One source denies what another affirms about the same subject (found by negation and shared "
                + "subject words; check each pair).")
          ]),
      ]
      var rows: [HTMLNode.Body] = [
        row(
          ["denial", "source", "affirmation", "source", "subject"].map {
            HTMLNode.element("th", [], [HTMLNode.text($0)])
          })
      ]
      for pair in report.opposingStatements {
        rows.append(
          row([
            cell([
              HTMLNode.link(pair.denial.label, anchor: report.anchor(of: pair.denial)),
              HTMLNode.text(": “" + pair.denialClause + "”"),
            ]),
            cell([HTMLNode.text(pair.denialSource)]),
            cell([
              HTMLNode.link(pair.affirmation.label, anchor: report.anchor(of: pair.affirmation)),
              HTMLNode.text(": “" + pair.affirmationClause + "”"),
            ]),
            cell([HTMLNode.text(pair.affirmationSource)]), cell([HTMLNode.text(pair.subject.joined(separator: ", "))]),
          ]))
      }
      nodes.append(HTMLNode.element("table", [("class", "opposing")], rows))
    }
    return HTMLNode.element("section", [("class", "across")], nodes)
  }

  // MARK: - Articles

  private func section(_ article: ArticleReport) -> HTMLNode.Body {
    var facts: [String] = []
    if let date = article.date { facts.append(date) }
    if let publisher = article.publisher { facts.append(publisher) }
    facts.append(article.file)
    var header: [HTMLNode.Body] = [
      HTMLNode.element("h2", [], [HTMLNode.text(article.shortName + " — " + article.title)]),
      HTMLNode.element("p", [("class", "meta")], [HTMLNode.text(facts.joined(separator: " · "))]),
      progressBar(article.progress),
    ]
    if let reason = article.readOnly {
      header.append(
        HTMLNode.element(
          "p", [("class", "meta")], [HTMLNode.text("The annotation file could not be used: " + reason)]))
    }
    let text = HTMLNode.element("div", [("class", "text")], HTMLArticleText(article: article, report: report).nodes())
    return HTMLNode.element(
      "section", [("class", "article"), ("id", article.anchor)],
      [
        HTMLNode.element("header", [], header), HTMLNode.newline,
        HTMLNode.element("div", [("class", "columns")], [text, HTMLNode.newline, notes(article)]),
      ])
  }

  private func progressBar(_ progress: ReviewProgress) -> HTMLNode.Body {
    let total = max(progress.total, 1)
    let segments = ClaimStatus.verdicts.map { status -> HTMLNode.Body in
      let width = Double(progress.count(status)) * 100 / Double(total)
      return HTMLNode.element(
        "span", [("class", status.rawValue), ("style", "width: \(String(format: "%.1f", width))%")])
    }
    var label =
      "\(progress.reviewed) of \(ReportText.count(progress.total, "claim")) reviewed (\(ReportText.percent(progress))%): "
      + ClaimStatus.verdicts.map { "\(progress.count($0)) \($0.rawValue)" }.joined(separator: ", ")
    if progress.dismissed > 0 { label += "; \(progress.dismissed) dismissed" }
    if progress.conflicts > 0 { label += "; \(ReportText.count(progress.conflicts, "conflict"))" }
    if progress.orphans > 0 { label += "; \(progress.orphans) orphaned" }
    return HTMLNode.element(
      "div", [("class", "progress")],
      [
        HTMLNode.element("div", [("class", "bar"), ("role", "img"), ("aria-label", label)], segments),
        HTMLNode.element("span", [], [HTMLNode.text(label)]),
      ])
  }

  private func notes(_ article: ArticleReport) -> HTMLNode.Body {
    var items: [HTMLNode.Body] = []
    for claim in article.claims { items += [note(claim), HTMLNode.newline] }
    var children: [HTMLNode.Body] = [HTMLNode.element("ol", [], items)]
    if !article.dismissed.isEmpty {
      let list = article.dismissed.map { "\($0.reference.number ?? 0) (“\(ReportText.shortened($0.text, to: 60))”)" }
      children.append(
        HTMLNode.element(
          "p", [("class", "dismissed")], [HTMLNode.text("Dismissed as not claims: " + list.joined(separator: ", "))]))
    }
    return HTMLNode.element("aside", [("class", "notes")], children)
  }

  private func note(_ claim: ReportClaim) -> HTMLNode.Body {
    var classes = ["note", claim.review.status.rawValue]
    var chips = [HTMLNode.chip(ReportText.label(claim.review.status), claim.review.status.rawValue)]
    if let conflict = claim.review.conflict {
      classes.append("conflict")
      let sides = conflict.alternatives.map { "\($0.status.rawValue)\($0.reviewer.isEmpty ? "" : " (\($0.reviewer))")" }
      chips.append(HTMLNode.chip("⚠ conflict with " + sides.joined(separator: ", "), "conflict"))
    }
    if claim.isOrphaned {
      classes.append("orphaned")
      chips.append(HTMLNode.chip("⚠ orphaned: no longer in the text", "orphaned"))
    }
    if claim.review.changedWordsReviewed != nil {
      classes.append("changed")
      chips.append(HTMLNode.chip("⚠ text changed since the verdict", "changed"))
    }
    let number = claim.reference.number.map(String.init) ?? "orphan"
    var details: [HTMLNode.Body] = []
    func field(_ label: String, _ value: [HTMLNode.Body]) {
      details += [HTMLNode.element("dt", [], [HTMLNode.text(label)]), HTMLNode.element("dd", [], value)]
    }
    if let reviewed = claim.review.changedWordsReviewed {
      field("verdict given to", [HTMLNode.text("“\(reviewed)”")])
    }
    field("source", [HTMLNode.text(claim.source.map { "\($0.source) (\($0.cue))" } ?? "the publication")])
    if !claim.review.note.isEmpty { field("note", [HTMLNode.text(claim.review.note)]) }
    let caveats =
      claim.publicationCaveats.map { ("publication", claim.describe($0)) }
      + claim.reviewerCaveats.map { ("reviewer", $0.text) }
    if !caveats.isEmpty {
      field(
        "caveats",
        [
          list(
            caveats.map { origin, text in
              [HTMLNode.element("span", [("class", "tag")], [HTMLNode.text(origin)]), HTMLNode.text(" " + text)]
            })
        ])
    }
    if !claim.review.evidence.isEmpty {
      field("evidence", [list(claim.review.evidence.map { [HTMLNode.evidence($0)] })])
    }
    for (kind, label) in [(ClaimLink.Kind.figure, "other figures"), (.opposing, "opposing"), (.related, "related")] {
      let links = claim.links.filter { $0.kind == kind }
      guard !links.isEmpty else { continue }
      field(
        label,
        [
          list(
            links.map { link in
              [
                HTMLNode.link(link.target.label, anchor: report.anchor(of: link.target)),
                HTMLNode.text(" " + link.summary),
              ]
            })
        ])
    }
    if !claim.review.reviewer.isEmpty {
      let when = ReportText.day(claim.review.updated).map { ", " + $0 } ?? ""
      field("reviewer", [HTMLNode.text(claim.review.reviewer + when)])
    }
    return HTMLNode.element(
      "li", [("class", classes.joined(separator: " ")), ("id", report.anchor(of: claim.reference) ?? "")],
      [
        HTMLNode.element(
          "div", [("class", "head")], [HTMLNode.element("span", [("class", "num")], [HTMLNode.text(number)])] + chips),
        HTMLNode.element("q", [], [HTMLNode.text(claim.text)]),
        HTMLNode.element("dl", [], details),
      ])
  }

  private func list(_ items: [[HTMLNode.Body]]) -> HTMLNode.Body {
    HTMLNode.element("ul", [], items.map { HTMLNode.element("li", [], $0) })
  }

  private func row(_ cells: [HTMLNode.Body]) -> HTMLNode.Body {
    HTMLNode.element("tr", [], cells)
  }

  private func cell(_ content: [HTMLNode.Body], numeric: Bool = false) -> HTMLNode.Body {
    HTMLNode.element("td", numeric ? [("class", "n")] : [], content)
  }
}
