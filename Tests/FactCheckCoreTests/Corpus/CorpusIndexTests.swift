import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("The same claim across articles")
struct CorpusIndexTests {
  private func index(_ articles: [String: String]? = nil) throws -> (CorpusIndex, TemporaryWorkspace) {
    let workspace = try TemporaryWorkspace(articles: articles)
    let bench = Workbench(workspace: try Workspace.discover(from: workspace.root), reviewer: "Ada")
    let reviews = try bench.articleFiles().map { try bench.review($0) }
    return (CorpusIndex(reviews: reviews), workspace)
  }

  private func claim(_ corpus: CorpusIndex, containing text: String) throws -> CorpusClaim {
    try #require(corpus.claims.first { $0.text.contains(text) }, "no claim contains \(text)")
  }

  // MARK: - On articles written for the tests

  @Test("figures for the same quantity that disagree are grouped, with sources; other quantities are not")
  func fixtureFigures() throws {
    let (corpus, _) = try index(CorpusFixtures.flood)
    let groups = corpus.figureDisagreements()
    #expect(groups.count == 1)
    let deaths = try #require(groups.first)
    #expect(deaths.measure == "people killed or lost (Riverton)")
    #expect(deaths.values == ["9", "12", "at least 15"])
    #expect(
      deaths.mentions.map(\.source) == ["the publication (unattributed)", "the mayor", "the regional government"])
    // Lakeside's storm (another place), the 300 homes (another thing) and the soldiers sent (no loss) stay out.
    #expect(!deaths.mentions.contains { [40, 300].contains($0.quantity.value) })
  }

  @Test("a denial is paired with another source's affirmation of the same subject, not with its own")
  func fixtureOpposition() throws {
    let (corpus, _) = try index(CorpusFixtures.flood)
    let pairs = corpus.opposingStatements()
    let dam = try #require(pairs.first { $0.denialClause == "the dam did not fail" })
    #expect(dam.affirmationClause == "the dam failed on Sunday night")
    #expect(dam.denialSource == "The regional governor")
    #expect(dam.affirmationSource == "Engineers")
    #expect(dam.subject == ["dam"])
    let sirens = try #require(pairs.first { $0.denialClause.contains("sirens did not sound") })
    #expect(sirens.affirmationClause.contains("sirens sounded twice"))
    for pair in pairs {
      let denial = try #require(corpus.position(of: pair.denial))
      let affirmation = try #require(corpus.position(of: pair.affirmation))
      #expect(corpus.claims[denial].source != corpus.claims[affirmation].source)
    }
  }

  @Test("related claims come from other articles, best first, with what they share")
  func fixtureRelated() throws {
    let (corpus, _) = try index(CorpusFixtures.flood)
    let evacuated = try #require(corpus.position(of: try claim(corpus, containing: "evacuated 2,000").reference))
    let related = corpus.related(to: evacuated)
    let first = try #require(related.first)
    #expect(corpus.claims[try #require(corpus.position(of: first.reference))].text.contains("evacuated about 2,000"))
    #expect(first.sharedNumbers == ["2,000"])
    #expect(related.allSatisfy { $0.reference.articleFile != "001_courier.txt" })
    #expect(zip(related, related.dropFirst()).allSatisfy { $0.score >= $1.score })
    let harvest = try #require(corpus.position(of: try claim(corpus, containing: "harvest").reference))
    #expect(corpus.related(to: harvest).isEmpty)
  }

  // MARK: - On the seeds

  @Test("the seeds: Russian soldiers killed by Russia's and Ukraine's counts, and tanks lost")
  func seedFigures() throws {
    let (corpus, _) = try index()
    let groups = corpus.figureDisagreements()
    let soldiers = try #require(groups.first { $0.mentions.contains { $0.quantity.value == 498 } })
    #expect(soldiers.measure == "soldiers killed or lost (Russia)")
    func mention(_ value: Double) throws -> FigureDisagreement.Mention {
      try #require(soldiers.mentions.first { $0.quantity.value == value }, "no \(value)")
    }
    #expect(try mention(498).source == "Russia's Defense Ministry")
    #expect(try mention(498).quantity.time == "since the start of the war")
    #expect(try mention(9_000).quantity.bound == .approximate)
    #expect(try mention(9_000).quantity.noun == "combat losses")
    #expect(try mention(9_000).source == "the Ukrainian MoD")
    #expect(try mention(9_000).quantity.time == "in the first seven days of the conflict")
    #expect(try mention(3_500).quantity.bound == .atLeast)
    #expect(try mention(3_500).source.contains("the Ukrainian military"))
    #expect(try mention(38_550).source == "the Ministry of Defense of Ukraine")
    let tanks = try #require(groups.first { $0.measure.hasPrefix("tanks") })
    #expect(tanks.values == ["102", "217"])
    #expect(tanks.mentions.map(\.source) == ["Ukraine's military", "the MoD"])
    // The United States' losses in Afghanistan are another quantity.
    #expect(!groups.contains { $0.mentions.contains { $0.quantity.value == 2_500 } })
  }

  @Test("the seeds: Putin's \"conscripts would not take part\" against the Defense Ministry's admission")
  func seedOpposition() throws {
    let (corpus, _) = try index()
    let pairs = corpus.opposingStatements()
    let best = try #require(pairs.first)
    #expect(best.denialSource == "Putin")
    #expect(best.denialClause == "Russian conscripts would not take part in his invasion of Ukraine")
    #expect(best.affirmationSource == "The Russian Defense Ministry")
    #expect(best.affirmationClause == "Russian military conscripts were involved in the invasion of Ukraine")
    #expect(pairs.contains { $0.denialSource == "Putin" && $0.affirmationClause.contains("presence of conscripts") })
  }

  @Test("the seeds: the 38,550 estimate's related claims include the other counts of Russian dead")
  func seedRelated() throws {
    let (corpus, _) = try index()
    let estimate = try #require(corpus.position(of: try claim(corpus, containing: "38,550").reference))
    let related = corpus.related(to: estimate).map { corpus.claims[corpus.position(of: $0.reference) ?? 0].text }
    #expect(related.contains { $0.contains("498 of its troops") })
    #expect(related.contains { $0.contains("More than 3,500") })
  }

  @Test("the attribution's words are left out of matching; the same source is recognised under two names")
  func sources() throws {
    #expect(CorpusIndex.sameSource("The Ministry", "The Russian Defense Ministry"))
    #expect(CorpusIndex.sameSource("Igor Konashenkov", "Defense Ministry spokesman Igor Konashenkov"))
    #expect(CorpusIndex.sameSource("the Ukrainian MoD", "the MoD"))
    #expect(CorpusIndex.sameSource("Russia's Defense Ministry", "The Russian Defense Ministry"))
    #expect(!CorpusIndex.sameSource("Russia's Defense Ministry", "the Ukrainian Defense Ministry"))
    #expect(
      !CorpusIndex.sameSource("the Chief Intelligence Directorate of the Ministry of Defense", "The Defense Ministry"))
    #expect(!CorpusIndex.sameSource("Putin", "The Russian Defense Ministry"))
    #expect(!CorpusIndex.sameSource(nil, "Reuters"))
    #expect(CorpusIndex.sameSource(nil, nil))
    let (corpus, _) = try index()
    let estimate = try claim(corpus, containing: "38,550")
    #expect(!estimate.terms.stems.contains("ministri"))
    #expect(estimate.terms.names.contains { $0.key == "ukraine" })
  }
}
