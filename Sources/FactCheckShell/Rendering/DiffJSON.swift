import FactCheckCore

/// The JSON form of `factcheck diff --json`.
public enum DiffJSON {
  /// The document comparing `from` with `to`: each side, each article's changed claims, and the counts.
  public static func document(
    _ articles: [AnnotationDiff.ArticleChanges], from: AnnotationSnapshot, to: AnnotationSnapshot
  ) -> String {
    let total = articles.reduce(AnnotationDiff.Stat()) { $0 + $1.stat }
    return JSONWriter.document(
      .object([
        "from": node(side(from)),
        "to": node(side(to)),
        "articles": node(.array(articles.map { node(article($0)) })),
        "stat": node(stat(total)),
      ]))
  }

  /// A side: its label and, for a revision, the commit.
  static func side(_ snapshot: AnnotationSnapshot) -> JSONValue {
    var members = ["label": node(.string(snapshot.label))]
    if let commit = snapshot.commit { members["commit"] = node(.string(commit)) }
    return .object(members)
  }

  private static func article(_ article: AnnotationDiff.ArticleChanges) -> JSONValue {
    .object([
      "article": node(.string(article.name)),
      "file": node(.string(article.articleFile)),
      "problems": node(.array(article.problems.map { node(.string($0)) })),
      "stat": node(stat(article.stat)),
      "claims": node(.array(article.claims.map { node(claim($0)) })),
    ])
  }

  private static func claim(_ claim: ClaimDiff) -> JSONValue {
    var members: [String: JSONNode] = [
      "id": node(.string(claim.id)),
      "change": node(.string(claim.kind.rawValue)),
      "quote": node(.string(claim.quote)),
      "fields": node(.array(claim.fields.map { node(.string($0.rawValue)) })),
      "orphaned": node(.bool(claim.orphaned)),
      "foundAgain": node(.bool(claim.found)),
      "dismissed": node(.bool(claim.dismissed)),
      "restored": node(.bool(claim.restored)),
      "conflicted": node(.bool(claim.conflicted)),
      "resolved": node(.bool(claim.resolved)),
    ]
    if let number = claim.number { members["number"] = node(.number(Double(number))) }
    if let number = claim.numberBefore { members["numberBefore"] = node(.number(Double(number))) }
    if let before = claim.before { members["before"] = node(AnnotationCodec.encodeClaim(before)) }
    if let after = claim.after { members["after"] = node(AnnotationCodec.encodeClaim(after)) }
    return .object(members)
  }

  private static func stat(_ stat: AnnotationDiff.Stat) -> JSONValue {
    .object([
      "changed": node(.number(Double(stat.changed))),
      "added": node(.number(Double(stat.added))),
      "removed": node(.number(Double(stat.removed))),
      "dismissed": node(.number(Double(stat.dismissed))),
      "restored": node(.number(Double(stat.restored))),
      "orphaned": node(.number(Double(stat.orphaned))),
      "conflicts": node(.number(Double(stat.conflicts))),
      "resolved": node(.number(Double(stat.resolved))),
    ])
  }

  private static func node(_ value: JSONValue) -> JSONNode { JSONNode(value) }
}
