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

  @Test("the words a verdict was given to follow the side that changed them, whichever side is ours")
  func reviewedText() throws {
    let flagged = with(base, "b") { $0.review.reviewedText = "What b said before." }
    let confirmed = with(flagged, "b") {
      $0.review.reviewedText = nil
      $0.review.updated = "2026-05-01T00:00:00Z"
    }
    let noted = with(flagged, "b") { $0.review.caveats.append(Caveat(text: "one source", origin: .reviewer)) }
    for (ours, theirs) in [(confirmed, noted), (noted, confirmed)] {
      let result = try #require(AnnotationMerge.merge(base: flagged, ours: ours, theirs: theirs))
      #expect(result.conflicts.isEmpty)
      #expect(result.merged["b"]?.review.reviewedText == nil)
      #expect(result.merged["b"]?.review.caveats.count == 1)
    }
    // Flagged on one side only: kept, whichever side is ours.
    for (ours, theirs) in [(flagged, base), (base, flagged)] {
      let result = try #require(AnnotationMerge.merge(base: base, ours: ours, theirs: theirs))
      #expect(result.merged["b"]?.review.reviewedText == "What b said before.")
    }
    // Changed differently on both sides: the kept text wins.
    let other = with(flagged, "b") { $0.review.reviewedText = "What b said even earlier." }
    for (ours, theirs) in [(confirmed, other), (other, confirmed)] {
      let result = try #require(AnnotationMerge.merge(base: flagged, ours: ours, theirs: theirs))
      #expect(result.merged["b"]?.review.reviewedText == "What b said even earlier.")
    }
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

  @Test("a clash keeps ours' reviewer and time on the claim, theirs' in the conflict")
  func clashKeepsAttribution() throws {
    let ours = with(base, "b") {
      $0.review.status = .disputed
      $0.review.reviewer = "Ada"
      $0.review.updated = "2026-03-01T00:00:00Z"
    }
    let theirs = with(base, "b") {
      $0.review.status = .unverified
      $0.review.reviewer = "Bo"
      $0.review.updated = "2026-04-01T00:00:00Z"
    }
    let result = try #require(AnnotationMerge.merge(base: base, ours: ours, theirs: theirs))
    let claim = try #require(result.merged["b"])
    #expect(claim.review.reviewer == "Ada")
    #expect(claim.review.updated == "2026-03-01T00:00:00Z")
    #expect(claim.review.conflict?.theirs.reviewer == "Bo")
    #expect(result.clashes == ["b"])
  }

  @Test("a third verdict joins a conflict still open on our side instead of replacing it")
  func openConflictOnOurSide() throws {
    // Ada merged Bo's branch and committed without adjudicating; now Cy's branch comes in.
    // Claim "a" was unreviewed in the common ancestor.
    let bo = with(base, "a") {
      $0.review.status = .unverified
      $0.review.reviewer = "Bo"
    }
    let ada = with(base, "a") {
      $0.review.status = .disputed
      $0.review.reviewer = "Ada"
    }
    let first = try #require(AnnotationMerge.merge(base: base, ours: ada, theirs: bo))
    let cy = with(base, "a") {
      $0.review.status = .verified
      $0.review.note = "matches the ministry"
      $0.review.reviewer = "Cy"
    }
    let second = try #require(AnnotationMerge.merge(base: base, ours: first.merged, theirs: cy))
    let claim = try #require(second.merged["a"])
    #expect(claim.review.status == .disputed)
    #expect(claim.review.reviewer == "Ada")
    let conflict = try #require(claim.review.conflict)
    #expect(conflict.alternatives.map(\.reviewer) == ["Cy", "Bo"])
    #expect(conflict.alternatives.map(\.status) == [.verified, .unverified])
    #expect(conflict.base == nil)
    #expect(second.clashes == ["a"])
    let encoded = AnnotationCodec.encode(second.merged)
    #expect(try AnnotationCodec.decode(Array(encoded.utf8), file: "x") == second.merged)
  }

  @Test("a conflict open on their side is carried over, and is not a new clash")
  func openConflictOnTheirSide() throws {
    let conflicted = with(base, "b") {
      $0.review.status = .disputed
      $0.review.conflict = ReviewConflict(theirs: Review(status: .unverified, reviewer: "Bo"))
    }
    let ours = with(base, "a") { $0.review.status = .verified }
    let result = try #require(AnnotationMerge.merge(base: base, ours: ours, theirs: conflicted))
    #expect(result.conflicts == ["b"])
    #expect(result.clashes.isEmpty)
    #expect(result.merged["b"]?.review.conflict?.theirs.status == .unverified)
    #expect(result.merged["a"]?.review.status == .verified)
  }

  @Test("both sides in conflict over one claim keep every competing review once")
  func conflictsOnBothSides() throws {
    let ours = with(base, "b") {
      $0.review.status = .disputed
      $0.review.conflict = ReviewConflict(theirs: Review(status: .unverified, reviewer: "Bo"))
    }
    let theirs = with(base, "b") {
      $0.review.status = .disputed
      $0.review.conflict = ReviewConflict(theirs: Review(status: .verified, reviewer: "Cy"))
    }
    let result = try #require(AnnotationMerge.merge(base: base, ours: ours, theirs: theirs))
    let statuses = result.merged["b"]?.review.conflict?.alternatives.map(\.status)
    #expect(statuses == [.unverified, .verified])
    #expect(result.clashes.isEmpty)
  }

  @Test("a conflict resolved on one side and untouched on the other stays resolved")
  func resolutionWins() throws {
    let conflicted = with(base, "b") {
      $0.review.status = .disputed
      $0.review.conflict = ReviewConflict(theirs: Review(status: .unverified, reviewer: "Bo"))
    }
    let resolved = with(conflicted, "b") { $0.review.conflict = nil }
    let other = with(conflicted, "a") { $0.review.status = .verified }
    let result = try #require(AnnotationMerge.merge(base: conflicted, ours: resolved, theirs: other))
    #expect(result.conflicts.isEmpty)
    #expect(result.merged["b"]?.review.status == .disputed)
    #expect(result.merged["a"]?.review.status == .verified)
  }

  @Test("both sides adding the same claim: the same verdict merges, different verdicts conflict without a base")
  func bothAddSameClaim() throws {
    let same = Samples.claim("c", start: 40, status: .verified, reviewer: "Ada")
    var sameLater = same
    sameLater.review.reviewer = "Bo"
    sameLater.review.updated = "2026-02-01T00:00:00Z"
    sameLater.review.evidence = ["https://example.org"]
    let clean = try #require(
      AnnotationMerge.merge(
        base: base, ours: Samples.annotations(base.claims + [same]),
        theirs: Samples.annotations(base.claims + [sameLater])
      ))
    #expect(clean.conflicts.isEmpty)
    #expect(clean.merged["c"]?.review.evidence == ["https://example.org"])
    let differing = Samples.claim("c", start: 40, status: .disputed, reviewer: "Bo")
    let clash = try #require(
      AnnotationMerge.merge(
        base: nil, ours: Samples.annotations([same]), theirs: Samples.annotations([differing])))
    #expect(clash.clashes == ["c"])
    #expect(clash.merged["c"]?.review.conflict?.base == nil)
    #expect(clash.merged["c"]?.review.conflict?.theirs.status == .disputed)
  }

  @Test("sides anchored in different versions of the article record a hash that forces re-checking")
  func articleHashDiffers() throws {
    var ours = with(base, "a") { $0.review.status = .disputed }
    ours.articleSHA256 = String(repeating: "1", count: 64)
    let theirs = with(base, "b") { $0.review.note = "checked" }
    let mixed = try #require(AnnotationMerge.merge(base: base, ours: ours, theirs: theirs))
    #expect(mixed.merged.articleSHA256 == AnnotationMerge.mixedAnchorsSHA256)
    let same = try #require(
      AnnotationMerge.merge(base: base, ours: with(base, "a") { $0.review.note = "x" }, theirs: theirs))
    #expect(same.merged.articleSHA256 == base.articleSHA256)
  }

  @Test("a merged file with mixed anchors re-anchors every claim by its quote when opened")
  func mixedAnchorsReanchor() throws {
    let old = "First claim here. Second claim here."
    let new = "A new opening sentence. First claim here. Second claim here."
    let oldArticle = Article(fileName: "a.txt", bytes: Array(old.utf8))
    let newArticle = Article(fileName: "a.txt", bytes: Array(new.utf8))
    func stored(_ article: Article, _ text: String, status: ClaimStatus) throws -> ClaimAnnotation {
      let claim = try #require(article.extracted.first { $0.text == text })
      return ClaimAnnotation(
        id: claim.id, origin: .extracted, anchor: ClaimAnchor(span: claim.span, in: article.text),
        review: Review(status: status, reviewer: "Ada", updated: "2026-01-01T00:00:00Z"))
    }
    // Ours re-anchored after the article gained a sentence; theirs reviewed the other claim in the old text.
    let ours = ArticleAnnotations(
      articleFile: "a.txt", articleSHA256: newArticle.sha256,
      claims: [try stored(newArticle, "First claim here.", status: .verified)])
    let theirs = ArticleAnnotations(
      articleFile: "a.txt", articleSHA256: oldArticle.sha256,
      claims: [try stored(oldArticle, "Second claim here.", status: .disputed)])
    let result = try #require(AnnotationMerge.merge(base: nil, ours: ours, theirs: theirs))
    let review = ArticleReview(article: newArticle, stored: result.merged)
    #expect(review.orphans.isEmpty)
    let second = try #require(review.claims.first { $0.review.status == .disputed })
    #expect(second.text == "Second claim here.")
    #expect(newArticle.text[second.span] == "Second claim here.")
  }
}
