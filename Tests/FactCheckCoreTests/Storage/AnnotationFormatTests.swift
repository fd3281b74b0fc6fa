import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Annotation format versions")
struct AnnotationFormatTests {
  private let file = "annotations/a.json"
  private var valid: String {
    AnnotationCodec.encode(Samples.annotations([Samples.claim("abc", start: 3, quote: "It rained.")]))
  }

  private func failure(_ text: String) -> AnnotationFileError? {
    do {
      _ = try AnnotationCodec.decode(Array(text.utf8), file: file)
      return nil
    } catch {
      return error
    }
  }

  @Test(
    "format identifiers are classified against the current version",
    arguments: [
      ("factcheck-annotations/1", AnnotationFormat.Version.older(1)),
      ("factcheck-annotations/2", .current),
      ("factcheck-annotations/3", .newer(3)),
      ("factcheck-annotations/10", .newer(10)),
      ("factcheck-annotations/0", .unknown),
      ("factcheck-annotations/01", .unknown),
      ("factcheck-annotations/", .unknown),
      ("factcheck-annotations/1 ", .unknown),
      ("factcheck-annotations/-1", .unknown),
      ("factcheck-annotations/１", .unknown),
      ("factcheck-annotations/99999999999", .unknown),
      ("factcheck-annotations", .unknown),
      ("hypothesis/1", .unknown),
      ("", .unknown),
    ])
  func classification(identifier: String, expected: AnnotationFormat.Version) {
    #expect(AnnotationFormat.version(of: identifier) == expected)
  }

  @Test("the current version is 2; a file is written as 1 unless it needs 2, and 1 is read as it is")
  func currentVersion() throws {
    #expect(AnnotationFormat.currentIdentifier == "factcheck-annotations/2")
    #expect(AnnotationFormat.migrations.map(\.from) == [1])
    #expect(valid.contains("\"format\": \"factcheck-annotations/1\""))
    let decoded = try AnnotationCodec.decode(Array(valid.utf8), file: file)
    #expect(AnnotationCodec.encode(decoded) == valid)
    var claims = decoded.claims
    claims[0].review.reviewedText = "What it said before."
    let withText = ArticleAnnotations(
      articleFile: decoded.articleFile, articleSHA256: decoded.articleSHA256, claims: claims)
    let upgraded = AnnotationCodec.encode(withText)
    #expect(upgraded.contains("\"format\": \"factcheck-annotations/2\""))
    #expect(try AnnotationCodec.decode(Array(upgraded.utf8), file: file) == withText)
  }

  @Test(
    "a reviewed_text that is empty or not a string is an error at its place; the file is not read",
    arguments: [("\"\"", "must not be empty"), ("5", "expected a string")])
  func badReviewedText(value: String, message: String) throws {
    let text = valid.replacingOccurrences(
      of: "\"reviewer\": ", with: "\"reviewed_text\": \(value),\n      \"reviewer\": ")
    #expect(text != valid)
    let error = try #require(failure(text))
    #expect(error.path?.hasSuffix(".reviewed_text") == true)
    #expect(error.message.contains(message), "\(error.message)")
    #expect(error.position != nil)
  }

  @Test("a newer file is refused as newer, even when it has members this version does not know")
  func newerFormat() throws {
    let text =
      valid
      .replacingOccurrences(of: "factcheck-annotations/1", with: "factcheck-annotations/3")
      .replacingOccurrences(of: "\"claims\": [", with: "\"attachments\": [],\n  \"claims\": [")
    let error = try #require(failure(text))
    #expect(error.reason == .newerFormat("factcheck-annotations/3"))
    #expect(error.path == "format")
    #expect(
      error.message
        == "written by a newer version of factcheck (format \"factcheck-annotations/3\"; this version reads up to "
        + "\"factcheck-annotations/2\")")
    let reason = ReadOnlyReason.brokenAnnotations(error)
    #expect(
      reason.description.hasSuffix("(upgrade factcheck to change this article; the file will not be overwritten)"))
    #expect(
      reason.summary == "annotations/a.json was written by a newer version of factcheck (factcheck-annotations/3)")
  }

  @Test("an unknown format is refused, saying which format this version reads")
  func unknownFormat() throws {
    let error = try #require(failure(valid.replacingOccurrences(of: "factcheck-annotations/1", with: "w3c-anno")))
    #expect(error.reason == .unsupportedFormat("w3c-anno"))
    #expect(error.message == "unknown format \"w3c-anno\" (this version reads \"factcheck-annotations/2\")")
    #expect(
      error.position?.line == valid.split(separator: "\n").firstIndex { $0.contains("\"format\"") }.map { $0 + 1 })
  }

  @Test("a missing or mistyped format is an error in the file, not a version question")
  func missingFormat() throws {
    let missing = try #require(failure(valid.replacingOccurrences(of: "\"format\": ", with: "\"formats\": ")))
    #expect(missing.reason == .invalid)
    #expect(missing.message == "unknown member \"formats\"")
    let number = try #require(
      failure(valid.replacingOccurrences(of: "\"factcheck-annotations/1\"", with: "1")))
    #expect(number.message == "expected a string, found a number")
  }

  // The migration mechanism, exercised with a version history made up for the test:
  // version 3 is "current", version 1 named the verdict `verdict`, version 2 renamed it `status`
  // and version 3 added `reviewed`. No such files exist; only the machinery is real.

  private static let history: [AnnotationFormat.Migration] = [
    .init(from: 1) { node, _ in rename("verdict", to: "status", in: node) },
    .init(from: 2) { node, file throws(AnnotationFileError) in
      guard case .object(var members) = node.value else {
        throw AnnotationFileError(.invalid, file: file, message: "not an object")
      }
      members["reviewed"] = JSONNode(.bool(members["status"]?.value != .string("unreviewed")))
      return JSONNode(.object(members), at: node.position)
    },
  ]

  private static func rename(_ old: String, to new: String, in node: JSONNode) -> JSONNode {
    guard case .object(var members) = node.value, let value = members.removeValue(forKey: old) else { return node }
    members[new] = value
    return JSONNode(.object(members), at: node.position)
  }

  private func parse(_ text: String) throws -> JSONNode { try JSONParser.parse(Array(text.utf8)) }

  @Test("an older file is upgraded one version at a time, in order, and names the version reached")
  func upgradesInOrder() throws {
    let old = try parse("{\"format\": \"factcheck-annotations/1\", \"verdict\": \"verified\"}")
    let upgraded = try AnnotationFormat.upgrade(old, file: file, current: 3, migrations: Self.history.reversed())
    #expect(
      upgraded.value.withoutPositions
        == .object([
          "format": JSONNode(.string("factcheck-annotations/3")), "status": JSONNode(.string("verified")),
          "reviewed": JSONNode(.bool(true)),
        ]))
    let middle = try parse("{\"format\": \"factcheck-annotations/2\", \"status\": \"unreviewed\"}")
    let fromMiddle = try AnnotationFormat.upgrade(middle, file: file, current: 3, migrations: Self.history)
    #expect(fromMiddle.value.member("reviewed") == .bool(false))
    let current = try parse("{\"format\": \"factcheck-annotations/3\", \"anything\": 1}")
    #expect(try AnnotationFormat.upgrade(current, file: file, current: 3, migrations: []) == current)
  }

  @Test("a missing migration step and a newer file are errors at the format member")
  func missingStep() throws {
    let old = try parse("{\n  \"format\": \"factcheck-annotations/1\"\n}")
    #expect(throws: AnnotationFileError.self) {
      try AnnotationFormat.upgrade(old, file: file, current: 3, migrations: [Self.history[1]])
    }
    do {
      _ = try AnnotationFormat.upgrade(old, file: file, current: 3, migrations: [Self.history[1]])
    } catch {
      #expect(error.message == "format \"factcheck-annotations/1\" cannot be upgraded: no migration from /1")
      #expect(error.position == SourcePosition(line: 2, column: 13))
    }
    let newer = try parse("{\"format\": \"factcheck-annotations/4\"}")
    #expect(throws: AnnotationFileError.self) {
      try AnnotationFormat.upgrade(newer, file: file, current: 3, migrations: Self.history)
    }
  }
}

extension JSONValue {
  /// The value with every position dropped, for comparing trees built in code with parsed ones.
  fileprivate var withoutPositions: JSONValue {
    switch self {
    case .array(let elements): .array(elements.map { JSONNode($0.value.withoutPositions) })
    case .object(let members): .object(members.mapValues { JSONNode($0.value.withoutPositions) })
    default: self
    }
  }

  /// The value of member `key` of an object.
  fileprivate func member(_ key: String) -> JSONValue? {
    guard case .object(let members) = self else { return nil }
    return members[key]?.value
  }
}
