/// Reads a parsed annotation file into the model, validating as it goes.
struct JSONReader {
  let file: String

  private static let reviewKeys: Set<String> = [
    "status", "note", "caveats", "evidence", "dismissed", "reviewer", "updated", "reviewed_text",
  ]
  private static let claimKeys = reviewKeys.union(["id", "origin", "anchor", "conflict"])

  /// Decodes a whole file, upgrading an older format with `migrations` first.
  ///
  /// The format is checked before anything else, so that a newer file is
  /// reported as newer rather than as having members this version does not know.
  func decodeFile(
    _ original: JSONNode, migrations: [AnnotationFormat.Migration]
  ) throws(AnnotationFileError) -> ArticleAnnotations {
    let root = try AnnotationFormat.upgrade(original, file: file, migrations: migrations)
    let members = try object(root, path: "", allowed: ["format", "article", "claims"])
    let formatNode = try required("format", in: members, of: root, path: "")
    _ = try string(formatNode, path: "format")  // `upgrade` left anything but a string as it was.
    let articleNode = try required("article", in: members, of: root, path: "")
    let article = try object(articleNode, path: "article", allowed: ["file", "sha256"])
    let articleFile = try string(
      try required("file", in: article, of: articleNode, path: "article"), path: "article.file")
    guard !articleFile.isEmpty else {
      throw invalid(articleNode, "article.file", "must not be empty")
    }
    let hashNode = try required("sha256", in: article, of: articleNode, path: "article")
    let hash = try string(hashNode, path: "article.sha256")
    guard hash.utf8.count == 64, hash.utf8.allSatisfy(Self.isLowerHex) else {
      throw invalid(hashNode, "article.sha256", "expected 64 lowercase hex digits")
    }
    let claimsNode = try required("claims", in: members, of: root, path: "")
    guard case .array(let elements) = claimsNode.value else {
      throw typeMismatch(claimsNode, "claims", expected: "an array")
    }
    var claims: [ClaimAnnotation] = []
    var seen: [String: Int] = [:]
    for (offset, element) in elements.enumerated() {
      let path = "claims[\(offset)]"
      let claim = try decodeClaim(element, path: path)
      if let earlier = seen[claim.id] {
        throw invalid(element, path + ".id", "duplicate id \"\(claim.id)\" (also claims[\(earlier)])")
      }
      seen[claim.id] = offset
      claims.append(claim)
    }
    return ArticleAnnotations(articleFile: articleFile, articleSHA256: hash, claims: claims)
  }

  private func decodeClaim(_ node: JSONNode, path: String) throws(AnnotationFileError) -> ClaimAnnotation {
    let members = try object(node, path: path, allowed: Self.claimKeys)
    let idNode = try required("id", in: members, of: node, path: path)
    let id = try string(idNode, path: path + ".id")
    guard !id.isEmpty,
      !id.unicodeScalars.contains(where: {
        $0.properties.isWhitespace || $0.properties.generalCategory == .control
          || $0.properties.generalCategory == .format
      })
    else {
      throw invalid(idNode, path + ".id", "must be a non-empty word without spaces or control characters")
    }
    let originNode = try required("origin", in: members, of: node, path: path)
    let origin = try enumeration(ClaimOrigin.self, originNode, path: path + ".origin")
    let anchor = try decodeAnchor(
      try required("anchor", in: members, of: node, path: path), path: path + ".anchor")
    var review = try decodeReview(node, members: members, path: path)
    if let conflictNode = members["conflict"] {
      let conflict = try object(conflictNode, path: path + ".conflict", allowed: ["theirs", "base", "others"])
      let theirsNode = try required("theirs", in: conflict, of: conflictNode, path: path + ".conflict")
      let theirs = try decodeReview(
        theirsNode, members: try object(theirsNode, path: path + ".conflict.theirs", allowed: Self.reviewKeys),
        path: path + ".conflict.theirs")
      var base: Review?
      if let baseNode = conflict["base"] {
        base = try decodeReview(
          baseNode, members: try object(baseNode, path: path + ".conflict.base", allowed: Self.reviewKeys),
          path: path + ".conflict.base")
      }
      var others: [Review] = []
      if let othersNode = conflict["others"] {
        for (offset, element) in try array(othersNode, path: path + ".conflict.others").enumerated() {
          let elementPath = path + ".conflict.others[\(offset)]"
          others.append(
            try decodeReview(
              element, members: try object(element, path: elementPath, allowed: Self.reviewKeys), path: elementPath))
        }
      }
      review.conflict = ReviewConflict(alternatives: [theirs] + others, base: base)
    }
    return ClaimAnnotation(id: id, origin: origin, anchor: anchor, review: review)
  }

  private func decodeAnchor(_ node: JSONNode, path: String) throws(AnnotationFileError) -> ClaimAnchor {
    let members = try object(node, path: path, allowed: ["start", "end", "quote", "prefix", "suffix"])
    let startNode = try required("start", in: members, of: node, path: path)
    let start = try integer(startNode, path: path + ".start")
    let endNode = try required("end", in: members, of: node, path: path)
    let end = try integer(endNode, path: path + ".end")
    guard start >= 0 else { throw invalid(startNode, path + ".start", "must not be negative") }
    guard end >= start else { throw invalid(endNode, path + ".end", "must not be less than start (\(start))") }
    let quoteNode = try required("quote", in: members, of: node, path: path)
    let quote = try string(quoteNode, path: path + ".quote")
    guard !quote.isEmpty else { throw invalid(quoteNode, path + ".quote", "must not be empty") }
    let prefix = try string(try required("prefix", in: members, of: node, path: path), path: path + ".prefix")
    let suffix = try string(try required("suffix", in: members, of: node, path: path), path: path + ".suffix")
    return ClaimAnchor(span: TextSpan(start: start, end: end), quote: quote, prefix: prefix, suffix: suffix)
  }

  private func decodeReview(
    _ node: JSONNode, members: [String: JSONNode], path: String
  ) throws(AnnotationFileError) -> Review {
    let status = try enumeration(
      ClaimStatus.self, try required("status", in: members, of: node, path: path), path: path + ".status")
    let note = try string(try required("note", in: members, of: node, path: path), path: path + ".note")
    let caveatsNode = try required("caveats", in: members, of: node, path: path)
    let caveats = try array(caveatsNode, path: path + ".caveats").enumerated().map {
      (offset, element) throws(AnnotationFileError) in
      try decodeCaveat(element, path: path + ".caveats[\(offset)]")
    }
    let evidenceNode = try required("evidence", in: members, of: node, path: path)
    let evidence = try array(evidenceNode, path: path + ".evidence").enumerated().map {
      (offset, element) throws(AnnotationFileError) in
      try string(element, path: path + ".evidence[\(offset)]")
    }
    let dismissedNode = try required("dismissed", in: members, of: node, path: path)
    guard case .bool(let dismissed) = dismissedNode.value else {
      throw typeMismatch(dismissedNode, path + ".dismissed", expected: "a boolean")
    }
    let reviewer = try string(try required("reviewer", in: members, of: node, path: path), path: path + ".reviewer")
    var updated: String?
    if let updatedNode = members["updated"] {
      let value = try string(updatedNode, path: path + ".updated")
      guard Timestamp.isValid(value) else {
        throw invalid(updatedNode, path + ".updated", "expected an ISO-8601 UTC time such as 2026-01-31T09:30:00Z")
      }
      updated = value
    }
    var reviewedText: String?
    if let reviewedNode = members["reviewed_text"] {
      let value = try string(reviewedNode, path: path + ".reviewed_text")
      guard !value.isEmpty else { throw invalid(reviewedNode, path + ".reviewed_text", "must not be empty") }
      reviewedText = value
    }
    return Review(
      status: status, note: note, caveats: caveats, evidence: evidence, dismissed: dismissed,
      reviewer: reviewer, updated: updated, reviewedText: reviewedText)
  }

  private func decodeCaveat(_ node: JSONNode, path: String) throws(AnnotationFileError) -> Caveat {
    let members = try object(node, path: path, allowed: ["text", "origin", "cue"])
    let text = try string(try required("text", in: members, of: node, path: path), path: path + ".text")
    let origin = try enumeration(
      Caveat.Origin.self, try required("origin", in: members, of: node, path: path), path: path + ".origin")
    var cue: String?
    if let cueNode = members["cue"] { cue = try string(cueNode, path: path + ".cue") }
    return Caveat(text: text, origin: origin, cue: cue)
  }

  // MARK: - Typed accessors

  private func object(
    _ node: JSONNode, path: String, allowed: Set<String>
  ) throws(AnnotationFileError) -> [String: JSONNode] {
    guard case .object(let members) = node.value else {
      throw typeMismatch(node, path, expected: "an object")
    }
    if let unknown = members.keys.filter({ !allowed.contains($0) }).sorted().first, let member = members[unknown] {
      throw invalid(member, path.isEmpty ? unknown : "\(path).\(unknown)", "unknown member \"\(unknown)\"")
    }
    return members
  }

  private func required(
    _ key: String, in members: [String: JSONNode], of node: JSONNode, path: String
  ) throws(AnnotationFileError) -> JSONNode {
    guard let member = members[key] else {
      throw invalid(node, path, "missing member \"\(key)\"")
    }
    return member
  }

  private func string(_ node: JSONNode, path: String) throws(AnnotationFileError) -> String {
    guard case .string(let value) = node.value else { throw typeMismatch(node, path, expected: "a string") }
    return value
  }

  private func array(_ node: JSONNode, path: String) throws(AnnotationFileError) -> [JSONNode] {
    guard case .array(let value) = node.value else { throw typeMismatch(node, path, expected: "an array") }
    return value
  }

  private func integer(_ node: JSONNode, path: String) throws(AnnotationFileError) -> Int {
    guard case .number(let value) = node.value else { throw typeMismatch(node, path, expected: "an integer") }
    guard value == value.rounded(), abs(value) < 1e15 else {
      throw invalid(node, path, "expected an integer, found \(value)")
    }
    return Int(value)
  }

  private func enumeration<Value: RawRepresentable & CaseIterable>(
    _ type: Value.Type, _ node: JSONNode, path: String
  ) throws(AnnotationFileError) -> Value where Value.RawValue == String {
    let raw = try string(node, path: path)
    guard let value = Value(rawValue: raw) else {
      let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
      throw invalid(node, path, "expected one of \(allowed), found \"\(raw)\"")
    }
    return value
  }

  private func typeMismatch(_ node: JSONNode, _ path: String, expected: String) -> AnnotationFileError {
    invalid(node, path, "expected \(expected), found \(node.value.typeName)")
  }

  private func invalid(_ node: JSONNode, _ path: String, _ message: String) -> AnnotationFileError {
    AnnotationFileError(.invalid, file: file, position: node.position, path: path, message: message)
  }

  private static func isLowerHex(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
  }
}
