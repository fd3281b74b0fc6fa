import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Summary cache")
struct SummaryCacheTests {
  private static func summaries() -> [ArticleSummary] {
    Repository.seedFiles.map { file in
      let bytes = Repository.seedBytes(file)
      return ArticleSummary(bytes: bytes, sha256: Article.sha256(of: bytes))
    } + [ArticleSummary(bytes: [], sha256: Article.sha256(of: []))]
  }

  @Test("the file format reads back every summary and tally as written")
  func roundTrip() throws {
    let summaries = Self.summaries()
    var changed = Review(status: .unverified)
    changed.reviewedText = "The words the verdict was given to."
    var progress = ReviewProgress(
      reviews: [Review(status: .verified), Review(status: .disputed), changed], unreviewed: 7)
    progress.conflicts = 1
    #expect(progress.changed == 1 && progress.reviewed == 3 && progress.total == 10)
    let key = SummaryCache.TallyKey(article: summaries[0].sha256, annotations: summaries[1].sha256)
    let bytes = SummaryCacheFormat.encode(summaries, tallies: [(key, progress)], fingerprint: SummaryCache.fingerprint)
    let decoded = try #require(SummaryCacheFormat.decode(bytes, fingerprint: SummaryCache.fingerprint))
    #expect(decoded.summaries == summaries)
    #expect(decoded.summaries.map(\.claims) == summaries.map(\.claims))
    #expect(decoded.tallies == [key: progress])
  }

  @Test("a file cut short anywhere, with a byte too many or from another extractor reads as no cache")
  func damagedFiles() throws {
    let summaries = Array(Self.summaries().prefix(2))
    let fingerprint = SummaryCache.fingerprint
    let bytes = SummaryCacheFormat.encode(summaries, fingerprint: fingerprint)
    for length in stride(from: 0, to: bytes.count, by: 7) {
      #expect(SummaryCacheFormat.decode(Array(bytes.prefix(length)), fingerprint: fingerprint) == nil)
    }
    #expect(SummaryCacheFormat.decode(bytes + [0], fingerprint: fingerprint) == nil)
    var other = fingerprint
    other[0] ^= 1
    #expect(SummaryCacheFormat.decode(bytes, fingerprint: other) == nil)
  }

  @Test("a cache saved to a file is there for the next run; a damaged file is ignored and replaced")
  func persistence() throws {
    let folder = try TemporaryWorkspace(copySeeds: false)
    let file = folder.root.appendingPathComponent("cache/summaries.bin")
    var cache = SummaryCache(file: file)
    #expect(cache.count == 0)
    for summary in Self.summaries() { cache.insert(summary) }
    let saved = cache.save()
    #expect(saved)
    let reread = SummaryCache(file: file)
    #expect(reread.count == Self.summaries().count)
    let first = try #require(Self.summaries().first)
    #expect(reread[first.sha256] == first)

    try Data("not a cache".utf8).write(to: file)
    var damaged = SummaryCache(file: file)
    #expect(damaged.count == 0)
    damaged.insert(first)
    let resaved = damaged.save()
    #expect(resaved)
    #expect(SummaryCache(file: file).count == 1)
  }

  @Test("keep(only:) forgets summaries of articles no longer there")
  func pruning() {
    var cache = SummaryCache()
    let summaries = Self.summaries()
    for summary in summaries { cache.insert(summary) }
    cache.keep(only: [summaries[0].sha256, "0123"])
    #expect(cache.count == 1)
    #expect(cache[summaries[0].sha256] != nil)
  }

  @Test("the cache file of a folder depends on the folder")
  func fileName() {
    let home = URL(fileURLWithPath: "/tmp/cache")
    let first = SummaryCache.file(forArticlesFolder: URL(fileURLWithPath: "/a/seeds"), in: home)
    let second = SummaryCache.file(forArticlesFolder: URL(fileURLWithPath: "/b/seeds"), in: home)
    #expect(first != second)
    #expect(first.deletingLastPathComponent().path == home.path)
    #expect(first.lastPathComponent.hasPrefix("summaries-"))
  }
}
