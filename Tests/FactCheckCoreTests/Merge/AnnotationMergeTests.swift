import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Three-way merge")
struct AnnotationMergeTests {
  private let base = Samples.annotations([
    Samples.claim("a", start: 0, status: .unreviewed), Samples.claim("b", start: 20, status: .verified),
  ])

  private func with(_ annotations: ArticleAnnotations, _ id: String, _ change: (inout ClaimAnnotation) -> Void)
    -> ArticleAnnotations
  {
    var copy = annotations
    guard var claim = copy[id] else { return copy }
    change(&claim)
    copy.upsert(claim)
    return copy
  }

  @Test("changes to different claims merge cleanly")
  func differentClaims() throws {
    let ours = with(base, "a") { $0.review.status = .disputed }
    let theirs = with(base, "b") { $0.review.note = "checked" }
    let result = try #require(AnnotationMerge.merge(base: base, ours: ours, theirs: theirs))
    #expect(result.conflicts.isEmpty)
    #expect(result.merged["a"]?.review.status == .disputed)
    #expect(result.merged["b"]?.review.note == "checked")
  }

  @Test("changes to different fields of one claim merge cleanly")
  func differentFields() throws {
    let ours = with(base, "b") { $0.review.status = .disputed }
    let theirs = with(base, "b") {
      $0.review.note = "see AP"
      $0.review.updated = "2026-05-01T00:00:00Z"
      $0.review.reviewer = "Bo"
    }
    let result = try #require(AnnotationMerge.merge(base: base, ours: ours, theirs: theirs))
    #expect(result.conflicts.isEmpty)
    #expect(result.merged["b"]?.review.status == .disputed)
    #expect(result.merged["b"]?.review.note == "see AP")
    #expect(result.merged["b"]?.review.reviewer == "Bo")
  }

  @Test("different verdicts on one claim conflict, keeping both in the file")
  func sameClaimConflict() throws {
    let ours = with(base, "b") { $0.review.status = .disputed }
    let theirs = with(base, "b") { $0.review.status = .unverified }
    let result = try #require(AnnotationMerge.merge(base: base, ours: ours, theirs: theirs))
    #expect(result.conflicts == ["b"])
    #expect(result.merged["b"]?.review.status == .disputed)
    #expect(result.merged["b"]?.review.conflict?.theirs.status == .unverified)
    #expect(result.merged["b"]?.review.conflict?.base?.status == .verified)
    let encoded = AnnotationCodec.encode(result.merged)
    #expect(try AnnotationCodec.decode(Array(encoded.utf8), file: "x") == result.merged)
  }

  @Test("evidence and caveats merge as sets")
  func setsMerge() throws {
    let start = with(base, "b") { $0.review.evidence = ["x", "y"] }
    let ours = with(start, "b") { $0.review.evidence = ["x", "y", "ours"] }
    let theirs = with(start, "b") { $0.review.evidence = ["y", "theirs"] }
    let result = try #require(AnnotationMerge.merge(base: start, ours: ours, theirs: theirs))
    #expect(result.merged["b"]?.review.evidence == ["y", "ours", "theirs"])
  }

  @Test("a claim removed on one side and changed on the other is kept")
  func removalLosesToChange() throws {
    var ours = base
    ours.remove(id: "b")
    let theirs = with(base, "b") { $0.review.note = "important" }
    let result = try #require(AnnotationMerge.merge(base: base, ours: ours, theirs: theirs))
    #expect(result.merged["b"]?.review.note == "important")
  }

  @Test("claims added on both sides are all kept")
  func bothAdd() throws {
    let ours = Samples.annotations(base.claims + [Samples.claim("c", start: 40)])
    let theirs = Samples.annotations(base.claims + [Samples.claim("d", start: 60)])
    let result = try #require(AnnotationMerge.merge(base: base, ours: ours, theirs: theirs))
    #expect(result.merged.claims.map(\.id) == ["a", "b", "c", "d"])
  }
}
