import FactCheckCore

/// The JSON form of `factcheck agreement --json`.
public enum AgreementJSON {
  /// The document: both sides, the counts, the statistics (`null` when undefined) and the disagreements.
  public static func document(
    _ report: AgreementReport, a: AnnotationSnapshot, b: AnnotationSnapshot,
    number: (String, String) -> Int? = { _, _ in nil }
  ) -> String {
    let labels = AgreementReport.Label.allCases
    var counts: [String: JSONNode] = [:]
    for rowLabel in labels {
      var row: [String: JSONNode] = [:]
      for columnLabel in labels { row[columnLabel.rawValue] = count(report.count(a: rowLabel, b: columnLabel)) }
      counts[rowLabel.rawValue] = node(.object(row))
    }
    let statistics = report.statistics
    return JSONWriter.document(
      .object([
        "a": node(side(a, reviewers: report.reviewersA, totals: labels.map { ($0, report.totalA($0)) })),
        "b": node(side(b, reviewers: report.reviewersB, totals: labels.map { ($0, report.totalB($0)) })),
        "claims": node(
          .object([
            "labelledByBoth": count(report.paired),
            "identicalOnBoth": count(report.identical),
            "labelledByAOnly": count(report.onlyA),
            "labelledByBOnly": count(report.onlyB),
            "inConflictOnA": count(report.undecidedA),
            "inConflictOnB": count(report.undecidedB),
          ])),
        "counts": node(.object(counts)),
        "observedAgreement": figure(statistics.observed),
        "cohensKappa": figure(statistics.cohensKappa),
        "krippendorffsAlpha": figure(statistics.krippendorffsAlpha),
        "gwetsAC1": figure(statistics.gwetsAC1),
        "disagreements": node(.array(report.disagreements.map { node(disagreement($0, number: number)) })),
        "problems": node(.array(report.problems.map { node(.string($0)) })),
      ]))
  }

  private static func side(
    _ snapshot: AnnotationSnapshot, reviewers: [String: Int], totals: [(AgreementReport.Label, Int)]
  ) -> JSONValue {
    var members = DiffJSON.side(snapshot).objectMembers
    members["reviewers"] = node(.object(reviewers.mapValues { count($0) }))
    members["labels"] = node(.object(Dictionary(uniqueKeysWithValues: totals.map { ($0.0.rawValue, count($0.1)) })))
    return .object(members)
  }

  private static func disagreement(_ pair: AgreementReport.Pair, number: (String, String) -> Int?) -> JSONValue {
    var members: [String: JSONNode] = [
      "article": node(.string(pair.article)),
      "id": node(.string(pair.id)),
      "quote": node(.string(pair.quote)),
    ]
    if let number = number(pair.articleFile, pair.id) { members["number"] = count(number) }
    if let a = pair.a { members["a"] = node(AnnotationCodec.encodeClaim(a)) }
    if let b = pair.b { members["b"] = node(AnnotationCodec.encodeClaim(b)) }
    return .object(members)
  }

  private static func figure(_ value: Double?) -> JSONNode { node(value.map { .number($0) } ?? .null) }
  private static func count(_ value: Int) -> JSONNode { node(.number(Double(value))) }
  private static func node(_ value: JSONValue) -> JSONNode { JSONNode(value) }
}

extension JSONValue {
  /// The members of an object, or none.
  fileprivate var objectMembers: [String: JSONNode] {
    if case .object(let members) = self { return members }
    return [:]
  }
}
