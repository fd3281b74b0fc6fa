/// Converts annotation files to and from their JSON form.
///
/// Encoding is deterministic (see `JSONWriter`). Decoding is strict: an unknown
/// member, a wrong type or an invalid value is an `AnnotationFileError` naming
/// the line, column and JSON path, so a damaged file is never half-read.
public enum AnnotationCodec {
  /// Serialises `annotations` as the text of an annotation file.
  public static func encode(_ annotations: ArticleAnnotations) -> String {
    String(decoding: encodeBytes(annotations), as: UTF8.self)
  }

  /// The bytes of the annotation file of `annotations`.
  public static func encodeBytes(_ annotations: ArticleAnnotations) -> [UInt8] {
    var fragments = ClaimFragments()
    return encodeBytes(annotations, reusing: &fragments)
  }

  /// The bytes of the annotation file of `annotations`, reusing the claims encoded at the last save.
  ///
  /// The same bytes as `JSONWriter.documentBytes(encodeValue(annotations))` (the tests hold the two to it): the
  /// members in sorted order (`article`, `claims`, `format`), each claim as that writer writes it at its depth.
  /// Only claims that changed since `fragments` last saw them are encoded again, so that a verdict on an article
  /// of a thousand claims costs one claim's encoding and a copy.
  public static func encodeBytes(_ annotations: ArticleAnnotations, reusing fragments: inout ClaimFragments)
    -> [UInt8]
  {
    let claims = fragments.update(to: annotations)
    var output = fragments.takeBuffer()
    output.reserveCapacity(claims.reduce(256) { $0 + $1.count + 6 })
    output.append(contentsOf: "{\n  \"article\": ".utf8)
    let article: JSONValue = .object([
      "file": node(.string(annotations.articleFile)), "sha256": node(.string(annotations.articleSHA256)),
    ])
    JSONWriter.write(article, indent: 2, into: &output)
    output.append(contentsOf: ",\n  \"claims\": ".utf8)
    if claims.isEmpty {
      output.append(contentsOf: "[]".utf8)
    } else {
      output.append(contentsOf: "[\n".utf8)
      for (offset, claim) in claims.enumerated() {
        JSONWriter.appendSpaces(4, to: &output)
        output.append(contentsOf: claim)
        output.append(contentsOf: (offset == claims.count - 1 ? "\n" : ",\n").utf8)
      }
      output.append(contentsOf: "  ]".utf8)
    }
    output.append(contentsOf: ",\n  \"format\": ".utf8)
    JSONWriter.appendQuoted(AnnotationFormat.identifier(for: annotations), into: &output)
    output.append(contentsOf: "\n}\n".utf8)
    return output
  }

  /// The bytes of one claim as it appears in a file's `claims` array (its first line not indented).
  static func claimBytes(_ claim: ClaimAnnotation) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(1024)
    JSONWriter.write(encode(claim), indent: 4, into: &output)
    return output
  }

  /// The JSON value of `annotations`.
  public static func encodeValue(_ annotations: ArticleAnnotations) -> JSONValue {
    .object([
      "format": node(.string(AnnotationFormat.identifier(for: annotations))),
      "article": node(
        .object([
          "file": node(.string(annotations.articleFile)),
          "sha256": node(.string(annotations.articleSHA256)),
        ])),
      "claims": node(.array(annotations.claims.map { node(encode($0)) })),
    ])
  }

  /// Parses and validates the bytes of an annotation file; `file` names it in errors.
  ///
  /// A file in an older format is upgraded with `migrations` (by default
  /// every migration this version knows; see `AnnotationFormat`).
  public static func decode(
    _ bytes: [UInt8], file: String, migrations: [AnnotationFormat.Migration] = AnnotationFormat.migrations
  ) throws(AnnotationFileError) -> ArticleAnnotations {
    let root: JSONNode
    do {
      root = try JSONParser.parse(bytes)
    } catch {
      throw AnnotationFileError(.syntax, file: file, position: error.position, message: error.message)
    }
    let reader = JSONReader(file: file)
    return try reader.decodeFile(root, migrations: migrations)
  }

  /// The JSON value of one stored claim, as it appears in a file's `claims`.
  public static func encodeClaim(_ claim: ClaimAnnotation) -> JSONValue { encode(claim) }

  private static func node(_ value: JSONValue) -> JSONNode { JSONNode(value) }

  private static func encode(_ claim: ClaimAnnotation) -> JSONValue {
    var members = reviewMembers(claim.review)
    members["id"] = node(.string(claim.id))
    members["origin"] = node(.string(claim.origin.rawValue))
    members["anchor"] = node(
      .object([
        "start": node(.number(Double(claim.anchor.span.start))),
        "end": node(.number(Double(claim.anchor.span.end))),
        "quote": node(.string(claim.anchor.quote)),
        "prefix": node(.string(claim.anchor.prefix)),
        "suffix": node(.string(claim.anchor.suffix)),
      ]))
    if let conflict = claim.review.conflict {
      var conflictMembers = ["theirs": node(.object(reviewMembers(conflict.theirs)))]
      if let base = conflict.base { conflictMembers["base"] = node(.object(reviewMembers(base))) }
      if !conflict.others.isEmpty {
        conflictMembers["others"] = node(.array(conflict.others.map { node(.object(reviewMembers($0))) }))
      }
      members["conflict"] = node(.object(conflictMembers))
    }
    return .object(members)
  }

  private static func reviewMembers(_ review: Review) -> [String: JSONNode] {
    var members: [String: JSONNode] = [
      "status": node(.string(review.status.rawValue)),
      "note": node(.string(review.note)),
      "caveats": node(.array(review.caveats.map { node(encode($0)) })),
      "evidence": node(.array(review.evidence.map { node(.string($0)) })),
      "dismissed": node(.bool(review.dismissed)),
      "reviewer": node(.string(review.reviewer)),
    ]
    if let updated = review.updated { members["updated"] = node(.string(updated)) }
    if let reviewedText = review.reviewedText { members["reviewed_text"] = node(.string(reviewedText)) }
    return members
  }

  private static func encode(_ caveat: Caveat) -> JSONValue {
    var members = [
      "text": node(.string(caveat.text)),
      "origin": node(.string(caveat.origin.rawValue)),
    ]
    if let cue = caveat.cue { members["cue"] = node(.string(cue)) }
    return .object(members)
  }
}
