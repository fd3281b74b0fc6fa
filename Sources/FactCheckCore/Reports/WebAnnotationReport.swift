/// Writes the review as W3C Web Annotations (JSON-LD, `http://www.w3.org/ns/anno.jsonld`): an
/// `AnnotationCollection` with one `Annotation` per claim with a verdict.
///
/// Each annotation (motivation `assessing`) targets the article, named by a `ni:` URI of its SHA-256 with its file
/// name as label, through a `TextQuoteSelector` (the quote and 32 code points either side) and a
/// `TextPositionSelector` (`start` and `end` in Unicode code points, as the selectors define them). Its bodies are
/// the verdict (`assessing`), the note (`commenting`), the caveats (`describing`) and the evidence (`linking` for
/// web addresses). An orphaned claim has only the quote selector: its position is no longer known. Claims still in
/// conflict are left out, with a notice. Ids are `urn:uuid:` derived from the article's hash and the claim's id,
/// so the same review gives the same ids.
struct WebAnnotationReport: Sendable {
  let report: VerificationReport

  /// The document, without its notices (`ReportExport.notices`), in pieces: the annotations of a few articles at a time, made
  /// on every core when reached.
  func chunks() -> AnySequence<String> {
    // The document around an empty list of items, as the writer lays it out: the items go in its place, and the
    // total after them is known once they are written.
    let around = { (total: Int) -> (String, String) in
      let document = JSONWriter.document(collection(total: total))
      guard let items = document.range(of: "\"items\": []") else { return (document, "") }
      return (String(document[..<items.lowerBound]) + "\"items\": ", String(document[items.upperBound...]))
    }
    return JSONLDArrayStream(
      prefix: around(0).0, indent: 6, suffix: { around($0).1 },
      elements: { article in
        article.claims.filter(ReportExport.isPublished).map { claim in
          JSONLDArrayStream.encoded(.object(annotation(claim, in: article)), indent: 6)
        }
      }
    ).chunks(of: report.articles.unlinked)
  }

  /// The collection with no items, saying it holds `total`.
  private func collection(total: Int) -> JSONValue {
    let name = report.articles.overviews.map(\.sha256).joined(separator: ",")
    return .object([
      "@context": string("http://www.w3.org/ns/anno.jsonld"),
      "id": string(JSONLDText.uuid("factcheck collection:" + name)),
      "type": string("AnnotationCollection"),
      "label": string("factcheck review of \(ReportText.count(report.articles.count, "article"))"),
      "total": number(total),
      "first": object([
        "type": string("AnnotationPage"), "startIndex": number(0), "items": JSONNode(.array([])),
      ]),
    ])
  }

  private func annotation(_ claim: ReportClaim, in article: ArticleReport) -> [String: JSONNode] {
    let review = claim.review
    var bodies: [JSONNode] = [textual(review.status.rawValue, purpose: "assessing")]
    if !review.note.isEmpty { bodies.append(textual(review.note, purpose: "commenting")) }
    for caveat in claim.publicationCaveats {
      bodies.append(textual("Caveat (the publication): " + claim.describe(caveat), purpose: "describing"))
    }
    for caveat in claim.reviewerCaveats {
      bodies.append(textual("Caveat (the reviewer): " + caveat.text, purpose: "describing"))
    }
    for item in review.evidence {
      if ReportText.isWebAddress(item) {
        bodies.append(
          object(["type": string("SpecificResource"), "source": string(item), "purpose": string("linking")]))
      } else {
        bodies.append(textual("Evidence: " + item, purpose: "describing"))
      }
    }
    var selectors: [JSONNode] = [
      object([
        "type": string("TextQuoteSelector"), "exact": string(claim.anchor.quote), "prefix": string(claim.anchor.prefix),
        "suffix": string(claim.anchor.suffix),
      ])
    ]
    if !claim.isOrphaned {
      selectors.append(
        object([
          "type": string("TextPositionSelector"), "start": number(claim.anchor.span.start),
          "end": number(claim.anchor.span.end),
        ]))
    }
    var members: [String: JSONNode] = [
      "id": string(JSONLDText.uuid("factcheck annotation:\(article.sha256):\(claim.reference.id)")),
      "type": string("Annotation"),
      "motivation": string("assessing"),
      "creator": object(["type": string("Person"), "name": string(review.reviewer)]),
      "generator": object(["type": string("Software"), "name": string("factcheck")]),
      "body": JSONNode(.array(bodies)),
      "target": object([
        "source": object([
          "id": string(JSONLDText.namedInformation(sha256: article.sha256)), "type": string("Text"),
          "format": string("text/plain"), "label": string(article.file),
        ]),
        "selector": JSONNode(.array(selectors)),
      ]),
    ]
    if let updated = review.updated { members["created"] = string(updated) }
    return members
  }

  private func textual(_ value: String, purpose: String) -> JSONNode {
    object([
      "type": string("TextualBody"), "value": string(value), "purpose": string(purpose), "format": string("text/plain"),
    ])
  }

  private func string(_ text: String) -> JSONNode { JSONNode(.string(text)) }
  private func number(_ value: Int) -> JSONNode { JSONNode(.number(Double(value))) }
  private func object(_ members: [String: JSONNode]) -> JSONNode { JSONNode(.object(members)) }
}
