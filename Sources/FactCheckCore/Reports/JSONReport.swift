/// Writes a report as JSON.
///
/// The annotation model of each claim with its article's metadata, the analysis and the links, and what disagrees
/// across articles. Keys are sorted, so the same review gives the same bytes.
struct JSONReport: Sendable {
  let report: VerificationReport

  /// The format identifier written into the document.
  static let format = "factcheck-report/1"

  /// The document in pieces, in order, the bytes `JSONWriter.document` would write of it whole: the `articles`
  /// array one article at a time, each made when it is reached, then the other members.
  func chunks() -> AnySequence<String> {
    // `articles` sorts first among the members, as the writer orders them.
    let rest: [String: JSONNode] = [
      "format": string(Self.format),
      "summary": object(summary()),
      "figureDisagreements": array(report.figureDisagreements.map { object(figures($0)) }),
      "opposingStatements": array(report.opposingStatements.map { object(opposition($0)) }),
    ]
    let opening = "{\n  \"articles\": " + (report.articles.isEmpty ? "[]" : "[\n")
    let articles = report.articles.rendered { position, article in
      var bytes: [UInt8] = Array((position == 0 ? "    " : ",\n    ").utf8)
      JSONWriter.write(.object(self.article(article)), indent: 4, into: &bytes)
      return String(decoding: bytes, as: UTF8.self)
    }
    var closing: [UInt8] = Array((report.articles.isEmpty ? "" : "\n  ]").utf8)
    for (key, value) in rest.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
      closing.append(contentsOf: ",\n  ".utf8)
      JSONWriter.appendQuoted(key, into: &closing)
      closing.append(contentsOf: ": ".utf8)
      JSONWriter.write(value.value, indent: 2, into: &closing)
    }
    closing.append(contentsOf: "\n}\n".utf8)
    return AnySequence(
      [
        AnySequence(CollectionOfOne(opening)), AnySequence(articles),
        AnySequence(CollectionOfOne(String(decoding: closing, as: UTF8.self))),
      ].joined())
  }

  private func summary() -> [String: JSONNode] {
    var members = Self.progress(report.summary.progress)
    members["articles"] = number(report.summary.articles)
    members["reviewers"] = array(report.summary.reviewers.map(string))
    if let last = report.summary.lastUpdated { members["lastUpdated"] = string(last) }
    return members
  }

  /// The fields of a progress tally.
  static func progress(_ progress: ReviewProgress) -> [String: JSONNode] {
    var members: [String: JSONNode] = [
      "claims": JSONNode(.number(Double(progress.total))), "reviewed": JSONNode(.number(Double(progress.reviewed))),
      "dismissed": JSONNode(.number(Double(progress.dismissed))),
      "conflicts": JSONNode(.number(Double(progress.conflicts))),
      "orphans": JSONNode(.number(Double(progress.orphans))),
    ]
    for status in ClaimStatus.allCases { members[status.rawValue] = JSONNode(.number(Double(progress.count(status)))) }
    return members
  }

  private func article(_ article: ArticleReport) -> [String: JSONNode] {
    var members: [String: JSONNode] = [
      "file": string(article.file), "name": string(article.shortName), "title": string(article.title),
      "sha256": string(article.sha256), "keyPoints": array(article.keyPoints.map(string)),
      "progress": object(Self.progress(article.progress)),
      "claims": array((article.claims + article.dismissed).sorted(by: Self.order).map { object(claim($0)) }),
    ]
    if let date = article.date { members["date"] = string(date) }
    if let headline = article.headline { members["headline"] = string(headline) }
    if let reason = article.readOnly { members["readOnly"] = string(reason) }
    return members
  }

  private static func order(_ lhs: ReportClaim, _ rhs: ReportClaim) -> Bool {
    if lhs.isOrphaned != rhs.isOrphaned { return !lhs.isOrphaned }
    return (lhs.reference.number ?? .max, lhs.reference.id) < (rhs.reference.number ?? .max, rhs.reference.id)
  }

  private func claim(_ claim: ReportClaim) -> [String: JSONNode] {
    guard
      case .object(var members) = AnnotationCodec.encodeClaim(
        ClaimAnnotation(id: claim.reference.id, origin: claim.origin, anchor: claim.anchor, review: claim.review))
    else { return [:] }
    members["text"] = string(claim.text)
    members["orphaned"] = JSONNode(.bool(claim.isOrphaned))
    if let number = claim.reference.number { members["number"] = self.number(number) }
    if let analysis = claim.analysis { members["analysis"] = object(self.analysis(analysis)) }
    members["links"] = array(
      claim.links.map { link in
        object([
          "kind": string(link.kind.rawValue), "claim": string(link.target.label), "id": string(link.target.id),
          "summary": string(link.summary),
        ])
      })
    return members
  }

  private func analysis(_ analysis: ClaimAnalysis) -> [String: JSONNode] {
    var members: [String: JSONNode] = [
      "kind": string(analysis.kind.rawValue), "score": JSONNode(.number((analysis.score * 100).rounded() / 100)),
      "publicationCaveats": array(
        analysis.caveats.map { caveat in
          object(["kind": string(caveat.kind.rawValue), "cue": string(caveat.cue), "sentence": string(caveat.text)])
        }),
    ]
    if let source = analysis.attribution {
      members["source"] = object([
        "text": string(source.source), "cue": string(source.cue), "basis": string(source.basis.rawValue),
      ])
    }
    return members
  }

  private func figures(_ group: FigureDisagreement) -> [String: JSONNode] {
    [
      "measure": string(group.measure),
      "figures": array(
        group.mentions.map { mention in
          var members: [String: JSONNode] = [
            "claim": string(mention.claim.label), "id": string(mention.claim.id),
            "value": JSONNode(.number(mention.quantity.value)), "bound": string(mention.quantity.bound.rawValue),
            "written": string(mention.quantity.written), "counts": string(mention.quantity.description),
            "source": string(mention.source), "status": string(mention.status.rawValue),
          ]
          if let time = mention.quantity.time { members["when"] = string(time) }
          if let date = mention.date { members["date"] = string(date) }
          return object(members)
        }),
    ]
  }

  private func opposition(_ pair: OpposingStatement) -> [String: JSONNode] {
    [
      "denial": object([
        "claim": string(pair.denial.label), "id": string(pair.denial.id), "clause": string(pair.denialClause),
        "source": string(pair.denialSource),
      ]),
      "affirmation": object([
        "claim": string(pair.affirmation.label), "id": string(pair.affirmation.id),
        "clause": string(pair.affirmationClause), "source": string(pair.affirmationSource),
      ]),
      "subject": array(pair.subject.map(string)), "score": JSONNode(.number((pair.score * 100).rounded() / 100)),
    ]
  }

  private func string(_ text: String) -> JSONNode { JSONNode(.string(text)) }
  private func number(_ value: Int) -> JSONNode { JSONNode(.number(Double(value))) }
  private func array(_ nodes: [JSONNode]) -> JSONNode { JSONNode(.array(nodes)) }
  private func object(_ members: [String: JSONNode]) -> JSONNode { JSONNode(.object(members)) }
}
