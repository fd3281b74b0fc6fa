import Testing

@testable import FactCheckCore

@Suite("Review progress")
struct ReviewProgressTests {
  @Test("an orphaned claim in conflict counts as an orphan and as a conflict still open")
  func orphanInConflict() throws {
    let article = Article(fileName: "a.txt", bytes: Array("First claim here. Second claim here.".utf8))
    let first = try #require(article.extracted.first)
    var reviewed = ClaimAnnotation(
      id: first.id, origin: .extracted, anchor: ClaimAnchor(span: first.span, in: article.text),
      review: Review(status: .verified, reviewer: "Ada", updated: "2026-01-01T00:00:00Z"))
    reviewed.review.conflict = ReviewConflict(theirs: Review(status: .disputed, reviewer: "Bo"))
    var gone = reviewed
    gone.id = "0123456789ab"
    gone.anchor = ClaimAnchor(
      span: TextSpan(start: 40, end: 60), quote: "A sentence no longer there.", prefix: "", suffix: "")
    let review = ArticleReview(
      article: article,
      stored: ArticleAnnotations(articleFile: "a.txt", articleSHA256: article.sha256, claims: [reviewed, gone]))
    #expect(review.orphans.map(\.id) == ["0123456789ab"])
    let progress = review.progress
    #expect(progress.orphans == 1)
    #expect(progress.conflicts == 2)
    #expect(progress.total == 2)
    #expect(progress.reviewed == 1)
  }
}
