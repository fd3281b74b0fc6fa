import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Annotation codec")
struct AnnotationCodecTests {
  private let file = "annotations/a.json"

  private func failure(_ text: String) -> AnnotationFileError? {
    do {
      _ = try AnnotationCodec.decode(Array(text.utf8), file: file)
      return nil
    } catch {
      return error
    }
  }

  private var valid: String {
    var claim = Samples.claim("abc123", start: 5, quote: "It rained.", status: .disputed, note: "see “AP”")
    claim.review.caveats = [
      Caveat(text: "allegedly", origin: .article, cue: "allegedly"), Caveat(text: "mine", origin: .reviewer),
    ]
    claim.review.evidence = ["https://example.org/a?b=c", "AP, 3 March"]
    claim.review.conflict = ReviewConflict(theirs: Review(status: .verified, reviewer: "Bo"), base: Review())
    return AnnotationCodec.encode(Samples.annotations([claim]))
  }

  @Test("decoding what was encoded gives the same annotations")
  func roundTrip() throws {
    let annotations = try AnnotationCodec.decode(Array(valid.utf8), file: file)
    #expect(AnnotationCodec.encode(annotations) == valid)
    #expect(annotations.claims.first?.review.conflict?.theirs.reviewer == "Bo")
    #expect(annotations.claims.first?.review.caveats.first?.cue == "allegedly")
  }

  @Test("writes the format field, sorted keys and a final newline")
  func layout() {
    #expect(valid.hasSuffix("\n  \"format\": \"factcheck-annotations/1\"\n}\n"))
    #expect(valid.hasPrefix("{\n  \"article\": {\n    \"file\": \"a.txt\",\n"))
  }

  @Test(
    "names the line, column and path of every invalid value",
    arguments: [
      (
        "\"status\": \"disputed\"", "\"status\": \"maybe\"", "claims[0].status",
        "expected one of unreviewed, verified, unverified, disputed, found \"maybe\""
      ),
      ("\"dismissed\": false", "\"dismissed\": \"no\"", "claims[0].dismissed", "expected a boolean, found a string"),
      ("\"start\": 5", "\"start\": -1", "claims[0].anchor.start", "must not be negative"),
      ("\"end\": 15", "\"end\": 2", "claims[0].anchor.end", "must not be less than start (5)"),
      ("\"start\": 5", "\"start\": 5.5", "claims[0].anchor.start", "expected an integer, found 5.5"),
      ("\"note\": \"see “AP”\"", "\"note\": null", "claims[0].note", "expected a string, found null"),
      (
        "\"origin\": \"extracted\"", "\"origin\": \"extracted\", \"colour\": 1", "claims[0].colour",
        "unknown member \"colour\""
      ),
      (
        "\"id\": \"abc123\"", "\"id\": \"abc\\u001b[2J\"", "claims[0].id",
        "must be a non-empty word without spaces or control characters"
      ),
      (
        "\"updated\": \"2026-01-01T00:00:00Z\"", "\"updated\": \"yesterday\"",
        "claims[0].updated", "expected an ISO-8601 UTC time such as 2026-01-31T09:30:00Z"
      ),
    ])
  func invalidValues(original: String, replacement: String, path: String, message: String) throws {
    #expect(valid.contains(original))
    let text = valid.replacingOccurrences(of: original, with: replacement)
    let error = try #require(failure(text))
    #expect(error.reason == .invalid)
    #expect(error.path == path)
    #expect(error.message == message)
    let position = try #require(error.position)
    let line = text.split(separator: "\n", omittingEmptySubsequences: false)[position.line - 1]
    #expect(line.contains(replacement.split(separator: "\n")[0].split(separator: ":")[0]))
  }

  @Test("a truncated file is a syntax error at its end")
  func truncated() throws {
    let text = String(valid.prefix(valid.count / 2))
    let error = try #require(failure(text))
    #expect(error.reason == .syntax)
    #expect(error.position?.line == text.split(separator: "\n", omittingEmptySubsequences: false).count)
    #expect(error.description.hasPrefix("annotations/a.json:"))
  }

  @Test("duplicate claim ids are refused")
  func duplicateIDs() throws {
    let text = AnnotationCodec.encode(
      Samples.annotations([Samples.claim("x", start: 0), Samples.claim("y", start: 20)])
    )
    .replacingOccurrences(of: "\"id\": \"y\"", with: "\"id\": \"x\"")
    let error = try #require(failure(text))
    #expect(error.message == "duplicate id \"x\" (also claims[0])")
    #expect(error.path == "claims[1].id")
  }

  @Test("a missing member is named with the object's position")
  func missingMember() throws {
    let error = try #require(failure("{\"format\": \"factcheck-annotations/1\", \"claims\": []}"))
    #expect(error.message == "missing member \"article\"")
    #expect(error.position == SourcePosition(line: 1, column: 1))
  }

  @Test("wrong top-level types are refused")
  func wrongTypes() {
    #expect(failure("[]")?.message == "expected an object, found an array")
    #expect(
      failure(
        "{\"format\": \"factcheck-annotations/1\", \"article\": {\"file\": \"a\", \"sha256\": \"\(String(repeating: "a", count: 64))\"}, \"claims\": {}}"
      )?.message == "expected an array, found an object")
    #expect(
      failure(
        "{\"format\": \"factcheck-annotations/1\", \"article\": {\"file\": \"a\", \"sha256\": \"XYZ\"}, \"claims\": []}"
      )?.message == "expected 64 lowercase hex digits")
  }
}
