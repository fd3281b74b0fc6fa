import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Article summaries")
struct ArticleSummaryTests {
  @Test("a summary holds the claims, date and title that opening the article gives", arguments: Repository.seedFiles)
  func matchesArticle(file: String) {
    let bytes = Repository.seedBytes(file)
    let article = Article(fileName: file, bytes: bytes)
    let summary = ArticleSummary(bytes: bytes, sha256: article.sha256)
    #expect(summary.claims.map(\.id) == article.extracted.map(\.id))
    #expect(summary.claims.map(\.span) == article.extracted.map(\.span))
    #expect(summary.date == article.layout.date)
    #expect(summary.title == article.title)
    #expect(!summary.hasEncodingIssue)
    for claim in summary.claims {
      #expect(String(decoding: bytes[claim.bytes], as: UTF8.self) == article.text[claim.span])
    }
  }

  @Test("byte ranges count multi-byte characters before and inside each span")
  func byteRanges() {
    let text = ArticleText("é “a” 🇺🇦 b")
    let ranges = ArticleSummary.byteRanges(
      of: [TextSpan(start: 2, end: 5), TextSpan(start: 6, end: 8), TextSpan(start: 0, end: 1)], in: text.scalars)
    #expect(ranges == [3..<10, 11..<19, 0..<2])
  }

  @Test("an article with neither headline nor claims has no title; one with a bad byte is flagged")
  func edgeCases() {
    let empty = ArticleSummary(bytes: [], sha256: Article.sha256(of: []))
    #expect(empty.title == nil)
    #expect(empty.claims.isEmpty)
    let broken: [UInt8] = Array("Kyiv said 3 tanks were hit.\n".utf8) + [0xFF]
    #expect(ArticleSummary(bytes: broken, sha256: Article.sha256(of: broken)).hasEncodingIssue)
  }
}
