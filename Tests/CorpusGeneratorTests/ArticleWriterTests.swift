import CorpusGenerator
import FactCheckCore
import Foundation
import Testing

@Suite("Generated articles")
struct ArticleWriterTests {
  static let sample = (0..<300).map { ArticleWriter(seed: 7).article($0) }
  static let articles = sample.map { Article(fileName: $0.fileName, bytes: Array($0.text.utf8)) }

  @Test("the same seed and index give the same article; another seed gives another")
  func deterministic() {
    let again = (0..<300).map { ArticleWriter(seed: 7).article($0) }
    #expect(again == Self.sample)
    let other = ArticleWriter(seed: 8).article(0)
    #expect(other != Self.sample[0])
    #expect(Set(Self.sample.map(\.text)).count == Self.sample.count)
    #expect(Set(Self.sample.map(\.fileName)).count == Self.sample.count)
  }

  @Test("file names are numbered like the seeds, so that `open 42` finds article 42")
  func fileNames() {
    #expect(Self.sample[42].fileName.hasPrefix("00042_"))
    #expect(Self.sample.allSatisfy { $0.fileName.hasSuffix(".txt") && $0.fileName.count == 5 + 1 + 16 + 4 })
  }

  @Test("articles average about 3 KB, so that 10,000 of them make about 30 MB")
  func size() {
    let mean = Double(Self.sample.map(\.text.utf8.count).reduce(0, +)) / Double(Self.sample.count)
    #expect((2_500...3_500).contains(mean))
  }

  @Test("the layout parser finds headlines, dates, key points, datelines, captions, credits and subheadings")
  func newsStructure() {
    func share(_ predicate: (Article) -> Bool) -> Double {
      Double(Self.articles.filter(predicate).count) / Double(Self.articles.count)
    }
    #expect(share { $0.layout.headline != nil } > 0.95)
    #expect((0.35...0.65).contains(share { $0.layout.date != nil }))
    #expect((0.25...0.55).contains(share { !$0.layout.keyPoints.isEmpty }))
    #expect((0.3...0.65).contains(share { $0.layout.dateline != nil }))
    #expect(share { $0.layout.roles.contains(.caption) } > 0.05)
    #expect(share { $0.layout.roles.contains(.photoCredit) } > 0.05)
    #expect(share { $0.layout.roles.contains(.subheading) } > 0.1)
    #expect(share { $0.layout.roles.contains(.metadata) } > 0.1)
    #expect(share { $0.layout.roles.contains(.boilerplate) } > 0.03)
  }

  @Test("claims come in every kind, with sources, the publication's caveats and quotations of several sentences")
  func claims() {
    let analyses = Self.articles.flatMap { article in
      article.analysis.claims
    }
    let kinds = Set(analyses.map(\.kind))
    for kind in [ClaimKind.numeric, .quote, .attributed, .opinion, .factual, .question, .caption] {
      #expect(kinds.contains(kind), "no \(kind) claim")
    }
    #expect(Double(analyses.filter { $0.attribution != nil }.count) / Double(analyses.count) > 0.2)
    #expect(Self.articles.filter { !$0.analysis.caveats.isEmpty }.count > Self.articles.count / 3)
    let quotations = Self.articles.flatMap(\.extracted).filter { claim in
      claim.text.hasPrefix("“") && claim.text.split(separator: ". ").count >= 2
    }
    #expect(quotations.count > 100)
    let perArticle = Double(analyses.count) / Double(Self.articles.count)
    #expect((15...40).contains(perArticle))
  }

  @Test("abbreviations and initials do not end sentences")
  func abbreviations() {
    let texts = Self.articles.flatMap(\.extracted).map(\.text)
    #expect(!texts.contains { $0.hasSuffix(" Dr.") || $0.hasSuffix(" Mr.") || $0.hasSuffix(" St.") })
    #expect(texts.contains { $0.contains("Dr. ") && !$0.hasPrefix("Dr.") || $0.hasPrefix("Dr. ") })
    #expect(texts.contains { $0.contains(" a.m. ") || $0.contains(" p.m. ") })
  }

  @Test("a long article has as many paragraphs as asked, and is itself deterministic")
  func longArticle() {
    let writer = ArticleWriter(seed: 7)
    let short = writer.longArticle(0, paragraphs: 20)
    let long = writer.longArticle(0, paragraphs: 200)
    #expect(long == writer.longArticle(0, paragraphs: 200))
    #expect(long.text.utf8.count > 5 * short.text.utf8.count)
  }
}
