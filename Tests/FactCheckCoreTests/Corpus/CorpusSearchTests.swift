import CorpusGenerator
import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

/// The pruned searches of `CorpusIndex` give what comparing every pair of claims gives.
///
/// The references below compare every claim with every other, as the index did before its searches were bounded;
/// the corpus is written by the benchmark's generator, whose articles repeat names, figures and common words.
@Suite("Corpus searches match comparing every pair")
struct CorpusSearchTests {
  /// The index of the seed articles and `articles` generated ones.
  private static func corpus(articles: Int, seed: UInt64) throws -> (CorpusIndex, TemporaryWorkspace) {
    let writer = ArticleWriter(seed: seed)
    var texts: [String: String] = [:]
    for name in Repository.seedFiles {
      texts[name] = try String(contentsOf: Repository.seeds.appendingPathComponent(name), encoding: .utf8)
    }
    for index in 0..<articles {
      let article = writer.article(index)
      texts[article.fileName] = article.text
    }
    let workspace = try TemporaryWorkspace(articles: texts)
    let bench = Workbench(workspace: try Workspace.discover(from: workspace.root), reviewer: "Ada")
    let reviews = try bench.articleFiles().map { try bench.review($0) }
    return (CorpusIndex(reviews: reviews), workspace)
  }

  @Test("related claims: every claim, the shell's and the report's settings, with claims left out")
  func related() throws {
    let (corpus, workspace) = try Self.corpus(articles: 24, seed: 7)
    defer { withExtendedLifetime(workspace) {} }
    #expect(corpus.claims.count > 300)
    var compared = 0
    for index in corpus.claims.indices {
      // Every claim scoring 0.25 or more, best first: each setting's answer is a prefix of those it keeps.
      let all = Self.relatedComparingAll(corpus, index, minimum: 0.25)
      for (limit, minimum) in [(5, 0.25), (3, 0.4), (1, 0.6)] {
        let expected = all.filter { $0.score >= minimum }.prefix(limit)
        let found = corpus.related(to: index, limit: limit, minimum: minimum)
        #expect(found.map(\.reference) == expected.map(\.claim), "claim \(index), limit \(limit)")
        #expect(found.map(\.score) == expected.map(\.score), "claim \(index), limit \(limit)")
        compared += expected.count
      }
      let excluded = Set(all.prefix(2).compactMap { corpus.position(of: $0.claim) })
      let expected = all.filter { corpus.position(of: $0.claim).map(excluded.contains) != true }.prefix(3)
      #expect(corpus.related(to: index, limit: 3, excluding: excluded).map(\.reference) == expected.map(\.claim))
    }
    #expect(compared > 500, "too few related claims to compare: \(compared)")
  }

  @Test("opposing statements and groups of figures")
  func opposingAndFigures() throws {
    let (corpus, workspace) = try Self.corpus(articles: 40, seed: 11)
    defer { withExtendedLifetime(workspace) {} }
    let expected = Self.opposingComparingAll(corpus)
    let found = corpus.opposingStatements()
    #expect(!expected.isEmpty)
    #expect(found.map(\.denial) == expected.map(\.denial))
    #expect(found.map(\.affirmation) == expected.map(\.affirmation))
    #expect(found.map(\.score) == expected.map(\.score))
    let groups = Self.measureGroupsComparingAll(corpus)
    #expect(groups.count > 3)
    #expect(corpus.measureGroups == groups)
  }

  @Test("galloping search finds the first position not before a claim")
  func firstPosition() {
    let list = [2, 3, 5, 8, 13, 21, 34, 55, 89]
    for start in list.indices {
      for claim in 0...100 {
        let expected = list.indices.first { $0 >= start && list[$0] >= claim } ?? list.count
        #expect(CorpusIndex.firstPosition(in: list, notBefore: claim, from: start) == expected)
      }
    }
  }

  // MARK: - References: every pair compared

  private static func relatedComparingAll(_ corpus: CorpusIndex, _ index: Int, minimum: Double) -> [(
    claim: ClaimReference, score: Double
  )] {
    var found: [(claim: ClaimReference, score: Double)] = []
    for other in corpus.claims.indices
    where other != index && corpus.claims[other].reference.articleFile != corpus.claims[index].reference.articleFile {
      let raw = corpus.bm25.score(corpus.claims[index].terms.stems, document: other)
      let numbers = corpus.sharedNumbers(index, other)
      let same = corpus.shareMeasure(index, other)
      guard raw > 0 || !numbers.isEmpty || same else { continue }
      let similarity = corpus.similarity(of: index, to: other)
      let names = corpus.sharedNames(index, other)
      let score = CorpusIndex.combinedScore(
        similarity: similarity, figures: numbers.count, names: names, sameQuantity: same)
      guard score >= minimum else { continue }
      guard corpus.sharedWords(index, other).count >= 2 || !numbers.isEmpty || !names.isEmpty || same else {
        continue
      }
      found.append((corpus.claims[other].reference, score))
    }
    found.sort { $0.score != $1.score ? $0.score > $1.score : $0.claim < $1.claim }
    return found
  }

  private static func opposingComparingAll(_ corpus: CorpusIndex) -> [OpposingStatement] {
    func weight(_ stems: Set<String>) -> Double { stems.sorted().reduce(0) { $0 + corpus.bm25.idf($1) } }
    var found: [OpposingStatement] = []
    for denial in corpus.claims.indices {
      let negated = corpus.claims[denial].terms.clauses.filter { $0.isNegated && !$0.subject.isEmpty }
      guard !negated.isEmpty else { continue }
      var candidates: [OpposingStatement] = []
      for other in corpus.claims.indices where other != denial {
        guard !CorpusIndex.sameSource(corpus.claims[denial].source, corpus.claims[other].source) else { continue }
        var best: (score: Double, denial: Clause, affirmation: Clause)?
        for clause in negated {
          let subject = Set(clause.subject)
          let predicate = Set(clause.stems).subtracting(subject)
          for affirmed in corpus.claims[other].terms.clauses
          where !affirmed.isNegated && affirmed.hasVerb && !affirmed.isReportingFrame {
            let shared = subject.intersection(affirmed.subject)
            guard !shared.isEmpty, weight(shared) >= 1.5 else { continue }
            let agreement = predicate.isEmpty ? 0 : weight(predicate.intersection(affirmed.stems)) / weight(predicate)
            guard agreement > 0 else { continue }
            let score = 0.5 * weight(shared) / weight(subject) + 0.5 * agreement
            if score > (best?.score ?? 0) { best = (score, clause, affirmed) }
          }
        }
        guard let best, best.score >= 0.5 else { continue }
        candidates.append(
          OpposingStatement(
            denial: corpus.claims[denial].reference, denialClause: String(best.denial.text), denialSource: "",
            affirmation: corpus.claims[other].reference, affirmationClause: String(best.affirmation.text),
            affirmationSource: "", score: best.score, subject: []))
      }
      candidates.sort { $0.score != $1.score ? $0.score > $1.score : $0.affirmation < $1.affirmation }
      found += candidates.prefix(2)
    }
    return found.sorted {
      $0.score != $1.score ? $0.score > $1.score : ($0.denial, $0.affirmation) < ($1.denial, $1.affirmation)
    }
  }

  private static func measureGroupsComparingAll(_ corpus: CorpusIndex) -> [[Int]] {
    let figures = corpus.figures
    var parent = Array(figures.indices)
    func root(_ node: Int) -> Int { parent[node] == node ? node : root(parent[node]) }
    for a in figures.indices {
      for b in figures.indices where b > a {
        let (left, right) = (figures[a], figures[b])
        guard left.quantity.event == right.quantity.event,
          MeasureLexicon.compatible(left.quantity.thing, right.quantity.thing)
        else { continue }
        let same: Bool
        if left.scope.isEmpty, right.scope.isEmpty {
          same =
            left.claim == right.claim
            || max(
              corpus.similarity(of: left.claim, to: right.claim), corpus.similarity(of: right.claim, to: left.claim))
              >= 0.25
        } else {
          same = NameKey.overlap(left.scope, right.scope)
        }
        if same { parent[root(b)] = root(a) }
      }
    }
    var groups: [Int: [Int]] = [:]
    for index in figures.indices { groups[root(index), default: []].append(index) }
    return groups.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
  }
}
