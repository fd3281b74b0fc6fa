import Foundation
import PropertyBased
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Storage properties")
struct StoragePropertyTests {
  @Test("save then load is the identity, and saving again gives the same bytes")
  func saveLoadIdentity() async {
    await propertyCheck(count: 300, input: RandomValues.annotations) { annotations in
      let text = AnnotationCodec.encode(annotations)
      let loaded = try AnnotationCodec.decode(Array(text.utf8), file: "x")
      #expect(loaded == annotations)
      #expect(AnnotationCodec.encode(loaded) == text)
    }
  }

  @Test("save then load through a real file is the identity")
  func throughDisk() async throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factcheck-prop-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let workspace = Workspace(
      articlesFolder: folder.appendingPathComponent("seeds"), annotationsFolder: folder.appendingPathComponent("ann"),
      displayBase: folder)
    let store = AnnotationStore(workspace: workspace)
    await propertyCheck(count: 100, input: RandomValues.annotations) { annotations in
      try store.write(annotations, articleFile: "a.txt")
      switch store.load(articleFile: "a.txt") {
      case .loaded(let loaded, _): #expect(loaded == annotations)
      case .missing: #expect(annotations.isEmpty)
      case .broken(let error, _): Issue.record("\(error)")
      }
    }
  }

  @Test("after any series of changes, saving with the fragments of earlier saves gives the bytes of a fresh encoding")
  func fragmentsNeverStale() async {
    await propertyCheck(count: 150, input: RandomValues.annotationsAndChanges) { start, changes in
      var annotations = start
      var fragments = ClaimFragments()
      var rng: any SeededRandomNumberGenerator = changes
      for step in 0..<12 {
        let reused = AnnotationCodec.encodeBytes(annotations, reusing: &fragments)
        let fresh = JSONWriter.documentBytes(AnnotationCodec.encodeValue(annotations))
        #expect(String(decoding: reused, as: UTF8.self) == String(decoding: fresh, as: UTF8.self), "step \(step)")
        #expect(fragments.count == annotations.claims.count)
        let claims = annotations.claims
        switch RandomValues.int(0...5, &rng) {
        case 0 where !claims.isEmpty:  // The same claim stored again, unchanged.
          annotations.upsert(claims[RandomValues.int(0...claims.count - 1, &rng)])
        case 1 where !claims.isEmpty:
          annotations.remove(id: claims[RandomValues.int(0...claims.count - 1, &rng)].id)
        case 2 where !claims.isEmpty:  // Moved: a new span changes its place in reading order.
          var moved = claims[RandomValues.int(0...claims.count - 1, &rng)]
          let start = RandomValues.int(0...5_000, &rng)
          moved.anchor.span = TextSpan(start: start, end: start + 3)
          annotations.upsert(moved)
        case 3:
          let template = claims.first ?? start.claims.first
          if var added = template {
            added.id = "added-\(step)"
            added.review.note = RandomValues.string(0...20, &rng)
            annotations.upsert(added)
          }
        case 4:
          annotations.replaceClaims(claims.shuffled(using: &rng))
        default:
          if !claims.isEmpty {  // A verdict: the review changes, the claim keeps its place.
            var changed = claims[RandomValues.int(0...claims.count - 1, &rng)]
            changed.review = RandomValues.review(&rng, conflict: step % 3 == 0)
            annotations.upsert(changed)
          }
        }
      }
    }
  }

  @Test("any prefix of a saved file is either the whole file or an error, never other data")
  func prefixes() async {
    await propertyCheck(count: 60, input: RandomValues.annotations) { annotations in
      let bytes = Array(AnnotationCodec.encode(annotations).utf8)
      for length in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 40)) {
        if case .loaded(let loaded, _) = AnnotationStore.decode(Array(bytes[0..<length]), file: "x") {
          #expect(loaded == annotations)
        }
      }
    }
  }
}
