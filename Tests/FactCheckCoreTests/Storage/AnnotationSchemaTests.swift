import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Annotation schema")
struct AnnotationSchemaTests {
  private let validator: SchemaValidator

  init() throws {
    validator = try SchemaValidator(contentsOf: Repository.docs.appendingPathComponent("annotation.schema.json"))
  }

  @Test("every kind of stored claim the codec writes satisfies docs/annotation.schema.json")
  func encodedFilesValidate() throws {
    var full = Samples.claim("full", start: 10, quote: "Full claim.", status: .disputed, note: "n")
    full.review.caveats = [Caveat(text: "c", origin: .article, cue: "allegedly")]
    full.review.evidence = ["https://example.org"]
    full.review.conflict = ReviewConflict(
      theirs: Review(status: .verified, reviewer: "B", updated: "2026-02-01T00:00:00Z"))
    var added = Samples.claim("added", start: 30, quote: "Added.", status: .unreviewed)
    added.origin = .added
    var dismissed = Samples.claim("gone", start: 50, quote: "Gone.", status: .unreviewed)
    dismissed.review.dismissed = true
    let text = AnnotationCodec.encode(Samples.annotations([full, added, dismissed]))
    let violations = try validator.violations(of: Data(text.utf8))
    #expect(violations.isEmpty, "\(violations)")
  }

  @Test("the shipped annotations satisfy the schema")
  func shippedAnnotationsValidate() throws {
    let files = Repository.annotationFiles
    #expect(!files.isEmpty)
    for name in files {
      let data = try Data(contentsOf: Repository.annotations.appendingPathComponent(name))
      let violations = try validator.violations(of: data)
      #expect(violations.isEmpty, "\(name): \(violations)")
    }
  }

  @Test(
    "the schema rejects what the codec rejects",
    arguments: [
      ("\"status\": \"verified\"", "\"status\": \"maybe\""),
      ("\"origin\": \"extracted\"", "\"origin\": \"extracted\", \"extra\": true"),
      ("\"start\": 10", "\"start\": -1"),
      ("\"format\": \"factcheck-annotations/1\"", "\"format\": \"factcheck-annotations/3\""),
      ("\"dismissed\": false", "\"dismissed\": 0"),
    ])
  func schemaRejects(original: String, replacement: String) throws {
    let text = AnnotationCodec.encode(Samples.annotations([Samples.claim("x", start: 10)]))
    #expect(text.contains(original))
    let broken = text.replacingOccurrences(of: original, with: replacement)
    #expect(try !validator.violations(of: Data(broken.utf8)).isEmpty)
    #expect(throws: AnnotationFileError.self) { try AnnotationCodec.decode(Array(broken.utf8), file: "x.json") }
  }
}
