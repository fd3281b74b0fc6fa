import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Claim fragments")
struct ClaimFragmentsTests {
  private static func shipped(_ name: String) throws -> (annotations: ArticleAnnotations, bytes: [UInt8]) {
    let bytes = Array(try Data(contentsOf: Repository.annotations.appendingPathComponent(name)))
    return (try AnnotationCodec.decode(bytes, file: name), bytes)
  }

  private static func fresh(_ annotations: ArticleAnnotations) -> [UInt8] {
    JSONWriter.documentBytes(AnnotationCodec.encodeValue(annotations))
  }

  @Test("the byte encoder writes each shipped file exactly as the JSON writer does, and as it is on disk")
  func sameBytes() throws {
    let names = Repository.annotationFiles
    #expect(!names.isEmpty)
    for name in names {
      let (annotations, bytes) = try Self.shipped(name)
      #expect(AnnotationCodec.encodeBytes(annotations) == Self.fresh(annotations))
      #expect(AnnotationCodec.encodeBytes(annotations) == bytes)
    }
  }

  @Test("after a change, an addition and a removal, reused fragments give the bytes of a fresh encoding")
  func reuse() throws {
    let name = try #require(Repository.annotationFiles.first)
    var (annotations, _) = try Self.shipped(name)
    #expect(annotations.claims.count >= 2)
    var fragments = ClaimFragments()
    _ = AnnotationCodec.encodeBytes(annotations, reusing: &fragments)
    #expect(fragments.count == annotations.claims.count)

    var changed = annotations.claims[0]
    changed.review.note = "a new note with \"quotes\", a tab\tand a line\nbreak"
    changed.review.status = .disputed
    annotations.upsert(changed)
    #expect(AnnotationCodec.encodeBytes(annotations, reusing: &fragments) == Self.fresh(annotations))

    var added = annotations.claims[1]
    added.id = "0123456789ab"
    added.review.note = "added"
    annotations.upsert(added)
    #expect(AnnotationCodec.encodeBytes(annotations, reusing: &fragments) == Self.fresh(annotations))

    annotations.remove(id: annotations.claims[1].id)
    #expect(AnnotationCodec.encodeBytes(annotations, reusing: &fragments) == Self.fresh(annotations))
    #expect(fragments.count == annotations.claims.count)
  }
}
