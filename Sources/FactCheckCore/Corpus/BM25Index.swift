import Foundation

/// Okapi BM25 over a fixed set of documents, each a list of terms.
///
/// Document frequencies and the average length are taken over the whole set, so a term shared by few
/// documents weighs more than one shared by most. The inverse document frequency is the non-negative form
/// `ln(1 + (N − df + 0.5) / (df + 0.5))`; `k1` = 1.2 and `b` = 0.75 are the usual defaults.
public struct BM25Index: Sendable {
  /// Term-frequency saturation.
  public let k1: Double
  /// Length normalisation.
  public let b: Double
  private let termCounts: [[String: Int]]
  private let postings: [String: [(document: Int, frequency: Int)]]
  private let lengths: [Int]
  private let documentFrequency: [String: Int]
  private let averageLength: Double
  private let maxContributions: [String: Double]
  private let documentLists: [String: [Int]]

  /// Indexes `documents`.
  public init(_ documents: [[String]], k1: Double = 1.2, b: Double = 0.75) {
    self.k1 = k1
    self.b = b
    var counts: [[String: Int]] = []
    var frequency: [String: Int] = [:]
    var postings: [String: [(document: Int, frequency: Int)]] = [:]
    counts.reserveCapacity(documents.count)
    for (document, terms) in documents.enumerated() {
      var count: [String: Int] = [:]
      for term in terms { count[term, default: 0] += 1 }
      for (term, tf) in count {
        frequency[term, default: 0] += 1
        postings[term, default: []].append((document, tf))
      }
      counts.append(count)
    }
    termCounts = counts
    self.postings = postings
    lengths = documents.map(\.count)
    documentFrequency = frequency
    let total = lengths.reduce(0, +)
    let average = documents.isEmpty ? 0 : Double(total) / Double(documents.count)
    averageLength = average
    var maxContributions: [String: Double] = [:]
    maxContributions.reserveCapacity(postings.count)
    let n = Double(documents.count)
    let lengths = lengths
    for (term, list) in postings {
      let df = Double(list.count)
      let weight = log(1 + (n - df + 0.5) / (df + 0.5))
      var most = 0.0
      for (document, tf) in list {
        let frequency = Double(tf)
        let norm = k1 * (1 - b + b * Double(lengths[document]) / average)
        most = max(most, weight * frequency * (k1 + 1) / (frequency + norm))
      }
      maxContributions[term] = most
    }
    self.maxContributions = maxContributions
    documentLists = postings.mapValues { $0.map(\.document) }
  }

  /// The most `term` adds to any document's score: a bound for pruning candidates (0 for an unknown term).
  public func maxContribution(of term: String) -> Double { maxContributions[term] ?? 0 }

  /// The number of documents.
  public var count: Int { lengths.count }

  /// The number of documents that contain `term`.
  public func documentFrequency(of term: String) -> Int { documentFrequency[term] ?? 0 }

  /// The inverse document frequency of `term`.
  public func idf(_ term: String) -> Double {
    let n = Double(count)
    let df = Double(documentFrequency(of: term))
    return log(1 + (n - df + 0.5) / (df + 0.5))
  }

  /// Whether document `index` contains `term`.
  public func contains(_ term: String, document index: Int) -> Bool {
    termCounts.indices.contains(index) && termCounts[index][term] != nil
  }

  /// The documents that contain `term`, in order.
  public func documents(containing term: String) -> [Int] {
    documentLists[term] ?? []
  }

  /// The BM25 score of every document for `query`, by document: one pass over the postings of the query's terms.
  ///
  /// Each score equals `score(query, document:)` to the last bit (terms are added in the same order).
  public func scores(_ query: [String]) -> [Double] {
    var scores = [Double](repeating: 0, count: count)
    guard averageLength > 0 else { return scores }
    for term in Set(query).sorted() {
      guard let list = postings[term] else { continue }
      let weight = idf(term)
      for (document, tf) in list {
        let norm = k1 * (1 - b + b * Double(lengths[document]) / averageLength)
        let frequency = Double(tf)
        scores[document] += weight * frequency * (k1 + 1) / (frequency + norm)
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
    guard termCounts.indices.contains(index), averageLength > 0 else { return 0 }
    let counts = termCounts[index]
    let norm = k1 * (1 - b + b * Double(lengths[index]) / averageLength)
    var score = 0.0
    for term in terms {  // A fixed order: the same sum, to the last bit, every run.
      guard let tf = counts[term] else { continue }
      let frequency = Double(tf)
      score += idf(term) * frequency * (k1 + 1) / (frequency + norm)
    }
    return score
  }
}
