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
