import FactCheckCore
import Foundation
import Testing

@Suite("BM25")
struct BM25IndexTests {
  let index = BM25Index([
    ["flood", "river", "flood"],
    ["flood", "dam"],
    ["harvest", "price", "market", "farmer"],
  ])

  @Test("document frequencies and idf are taken over the whole set")
  func idf() {
    #expect(index.count == 3)
    #expect(index.documentFrequency(of: "flood") == 2)
    #expect(index.documentFrequency(of: "dam") == 1)
    #expect(index.documentFrequency(of: "absent") == 0)
    #expect(abs(index.idf("flood") - log(1 + 1.5 / 2.5)) < 1e-12)
    #expect(abs(index.idf("dam") - log(1 + 2.5 / 1.5)) < 1e-12)
    #expect(index.idf("dam") > index.idf("flood"))
  }

  @Test("an index of sorted terms with their counts is the index of the documents they count")
  func sortedTermsAndCounts() {
    let counted = BM25Index(
      sortedTerms: [["flood", "river"], ["dam", "flood"], ["farmer", "harvest", "market", "price"]],
      counts: [[2, 1], [1, 1], [1, 1, 1, 1]])
    #expect(counted.count == index.count)
    for document in 0..<3 {
      #expect(counted.terms(ofDocument: document) == index.terms(ofDocument: document))
      for query in [["flood"], ["dam", "flood", "river"], ["price", "harvest"], ["absent"]] {
        #expect(counted.score(query, document: document) == index.score(query, document: document))
      }
    }
    for term in ["flood", "dam", "river", "price"] {
      #expect(counted.maxContribution(of: term) == index.maxContribution(of: term))
      #expect(counted.documents(containing: term) == index.documents(containing: term))
    }
    #expect(counted.score(["flood"], document: 0) > counted.score(["flood"], document: 1))
  }

  @Test("scores follow Okapi BM25 with k1 1.2 and b 0.75")
  func scores() {
    // Document 0 has 3 terms; the average length is 3: tf("flood") = 2, norm = k1.
    let expected = log(1 + 1.5 / 2.5) * 2 * 2.2 / (2 + 1.2)
    #expect(abs(index.score(["flood"], document: 0) - expected) < 1e-12)
    // A query term counts once however often the query repeats it.
    #expect(index.score(["flood", "flood"], document: 0) == index.score(["flood"], document: 0))
    #expect(index.score(["dam"], document: 1) > index.score(["flood"], document: 1))
    #expect(index.score(["flood"], document: 2) == 0)
    #expect(index.score(["flood"], document: 7) == 0)
  }

  @Test("scoring every document in one pass over the postings gives each document's score exactly")
  func postings() {
    for query in [["flood"], ["dam", "flood", "river"], ["price", "absent"], []] {
      #expect(index.scores(query) == (0..<3).map { index.score(query, document: $0) })
    }
    #expect(index.documents(containing: "flood") == [0, 1])
  }

  @Test("a shorter document scores higher for the same term frequency")
  func lengthNormalisation() {
    let index = BM25Index([["dam"], ["dam", "a", "b", "c", "d", "e"], ["x"]])
    #expect(index.score(["dam"], document: 0) > index.score(["dam"], document: 1))
  }
}
