import Foundation

/// Okapi BM25 over a fixed set of documents, each a list of terms.
///
/// Document frequencies and the average length are taken over the whole set, so a term shared by few
/// documents weighs more than one shared by most. The inverse document frequency is the non-negative form
/// `ln(1 + (N − df + 0.5) / (df + 0.5))`; `k1` = 1.2 and `b` = 0.75 are the usual defaults.
///
/// Each document keeps its distinct terms sorted, with their counts: a query (sorted the same way) is scored
/// against a document by walking both lists, and the index holds no table per document.
public struct BM25Index: Sendable {
  /// Term-frequency saturation.
  public let k1: Double
  /// Length normalisation.
  public let b: Double
  /// What the index knows of one term: the documents that contain it, in order, and the most it adds to a score.
  private struct Postings: Sendable {
    var documents: [Int] = []
    var maxContribution = 0.0
  }
  private let documentTerms: [[String]]
  private let documentCounts: [[Int32]]
  private let postings: [String: Postings]
  private let lengths: [Int]
  private let averageLength: Double

  /// Indexes `documents`.
  public init(_ documents: [[String]], k1: Double = 1.2, b: Double = 0.75) {
    var terms: [[String]] = []
    var counts: [[Int32]] = []
    terms.reserveCapacity(documents.count)
    counts.reserveCapacity(documents.count)
    for document in documents {
      var count: [String: Int32] = [:]
      for term in document { count[term, default: 0] += 1 }
      let sorted = count.keys.sorted()
      terms.append(sorted)
      counts.append(sorted.map { count[$0] ?? 0 })
    }
    self.init(sortedTerms: terms, counts: counts, k1: k1, b: b)
  }

  /// Indexes documents given as their distinct terms, sorted, and how many times each occurs (`ClaimTerms.stems`
  /// and `stemCounts`): the index shares those arrays instead of holding copies.
  public init(
    sortedTerms documentTerms: [[String]], counts documentCounts: [[Int32]], k1: Double = 1.2, b: Double = 0.75
  ) {
    self.k1 = k1
    self.b = b
    var postings: [String: Postings] = [:]
    for (document, terms) in documentTerms.enumerated() {
      for term in terms { postings[term, default: Postings()].documents.append(document) }
    }
    lengths = documentCounts.map { $0.reduce(0) { $0 + Int($1) } }
    let total = lengths.reduce(0, +)
    let average = documentTerms.isEmpty ? 0 : Double(total) / Double(documentTerms.count)
    averageLength = average
    self.documentTerms = documentTerms
    self.documentCounts = documentCounts
    // The most each term adds to any document's score, a bound for pruning candidates.
    let n = Double(documentTerms.count)
    for (term, entry) in postings {
      let df = Double(entry.documents.count)
      let weight = log(1 + (n - df + 0.5) / (df + 0.5))
      var most = 0.0
      for document in entry.documents {
        let terms = documentTerms[document]
        guard let position = Self.position(of: term, in: terms) else { continue }
        let frequency = Double(documentCounts[document][position])
        let norm = k1 * (1 - b + b * Double(lengths[document]) / average)
        most = max(most, weight * frequency * (k1 + 1) / (frequency + norm))
      }
      postings[term]?.maxContribution = most
    }
    self.postings = postings
  }

  /// The number of documents.
  public var count: Int { lengths.count }

  /// The number of documents that contain `term`.
  public func documentFrequency(of term: String) -> Int { postings[term]?.documents.count ?? 0 }

  /// The inverse document frequency of `term`.
  public func idf(_ term: String) -> Double {
    let n = Double(count)
    let df = Double(documentFrequency(of: term))
    return log(1 + (n - df + 0.5) / (df + 0.5))
  }

  /// The most `term` adds to any document's score: a bound for pruning candidates (0 for an unknown term).
  public func maxContribution(of term: String) -> Double { postings[term]?.maxContribution ?? 0 }

  /// The distinct terms of document `index`, sorted (empty for an unknown document).
  public func terms(ofDocument index: Int) -> [String] {
    documentTerms.indices.contains(index) ? documentTerms[index] : []
  }

  /// The documents that contain `term`, in order.
  public func documents(containing term: String) -> [Int] {
    postings[term]?.documents ?? []
  }

  /// The BM25 score of every document for `query`, by document: one pass over the postings of the query's terms.
  ///
  /// Each score equals `score(query, document:)` to the last bit (terms are added in the same order).
  public func scores(_ query: [String]) -> [Double] {
    var scores = [Double](repeating: 0, count: count)
    guard averageLength > 0 else { return scores }
    for term in Set(query).sorted() {
      guard let entry = postings[term] else { continue }
      let weight = idf(term)
      for document in entry.documents {
        guard let position = Self.position(of: term, in: documentTerms[document]) else { continue }
        scores[document] += contribution(weight, count: documentCounts[document][position], document: document)
      }
    }
    return scores
  }

  /// The BM25 score of document `index` for `query` (each distinct query term counted once).
  public func score(_ query: [String], document index: Int) -> Double {
    score(distinctSorted: Set(query).sorted(), document: index)
  }

  /// The BM25 score of document `index` for `terms`, which are distinct and sorted (as `score(_:document:)` takes
  /// them), for callers that score one query against many documents.
  public func score(distinctSorted terms: [String], document index: Int) -> Double {
    guard documentTerms.indices.contains(index), averageLength > 0 else { return 0 }
    let own = documentTerms[index]
    var score = 0.0
    // Both lists sorted: one walk, terms added in the query's order, the same sum to the last bit every run.
    SortedLists.forEachCommon(terms, own) { query, document in
      score += contribution(idf(terms[query]), count: documentCounts[index][document], document: index)
    }
    return score
  }

  /// What a term of inverse document frequency `weight`, found `count` times in `document`, adds to its score.
  private func contribution(_ weight: Double, count: Int32, document: Int) -> Double {
    let norm = k1 * (1 - b + b * Double(lengths[document]) / averageLength)
    let frequency = Double(count)
    return weight * frequency * (k1 + 1) / (frequency + norm)
  }

  /// The position of `term` in the sorted `terms`, if it is there.
  private static func position(of term: String, in terms: [String]) -> Int? {
    let low = terms.partitioningIndex { $0 >= term }
    return low < terms.count && terms[low] == term ? low : nil
  }
}
