import Foundation

/// Every claim of the corpus, indexed for comparing claims across articles.
///
/// Holds the claims worth comparing (claims by kind or with a verdict, not dismissed, found in the text), their
/// words for BM25 with document frequencies over the whole corpus, their proper names and their figures.
/// `related(to:)`, `figureDisagreements()` and `opposingStatements()` answer from it.
public struct CorpusIndex: Sendable {
  /// The claims, article by article in reading order.
  public let claims: [CorpusClaim]
  /// BM25 over the claims' stems.
  public let bm25: BM25Index
  let selfScores: [Double]
  private let nameFrequency: [String: Int]
  /// The positions in `claims` of each article's claims, by article file.
  private let articleRanges: [String: Range<Int>]
  /// Groups of figures that measure the same quantity (agreeing or not), as positions in `figures`.
  let measureGroups: [[Int]]
  /// Every figure with an event, with its claim and the names that place it.
  let figures: [(claim: Int, quantity: Quantity, scope: [NameKey])]
  let groupsOfClaim: [Int: Set<Int>]
  /// The claims that state each value, in corpus order.
  let claimsWithNumber: [Double: [Int]]
  /// The claims of each measure group, in corpus order.
  let claimsOfGroup: [[Int]]
  /// The claims whose proper names may match a name (`NameKey.bucket`), in corpus order.
  let claimsWithName: [String: [Int]]
  /// The article of each claim, as a number (claims of one article share it).
  let articleNumbers: [Int]
  /// The distinct stems of each claim, sorted (the order BM25 sums them in).
  let queryTerms: [[String]]
  /// The distinct values each claim states as figures, ascending.
  let valuesOf: [[Double]]

  /// Indexes the claims of `reviews`.
  public init(reviews: [ArticleReview]) {
    self.init(articles: reviews.count) { reviews[$0] }
  }

  /// Indexes the claims of `count` articles, asking `review` for each article's review when it is needed (twice:
  /// once for the words the corpus capitalises inside sentences, once for the claims' terms), on every core.
  ///
  /// Only the index is kept: with reviews made from `ArticleSnapshot`s, an archive's articles are never all in
  /// memory at once.
  public init(articles count: Int, review: @Sendable (Int) -> ArticleReview) {
    let articles = Array(0..<count)
    let knownNames = articles.concurrentMap { ClaimTerms.namesInsideSentences(Self.picked(review($0)).map(\.words)) }
      .reduce(into: Set<String>()) { $0.formUnion($1) }
    let claims = articles.concurrentMap { Self.corpusClaims(of: review($0), knownNames: knownNames) }
    self.init(claims: Array(claims.joined()))
  }

  /// The claims of `review` worth comparing (by kind or with a verdict, not dismissed), with their words and the
  /// paragraph (block) each starts in.
  private static func picked(_ review: ArticleReview) -> [(claim: Claim, words: SentenceWords, block: Int?)] {
    let article = review.article
    var picked: [(claim: Claim, words: SentenceWords, block: Int?)] = []
    for claim in review.claims
    where !claim.review.dismissed && (claim.analysis.kind.isClaim || claim.review.status != .unreviewed) {
      let block = article.layout.blocks.firstIndex { $0.overlaps(claim.span) }
      picked.append((claim, SentenceWords(article.text.scalars, span: claim.span), block))
    }
    return picked
  }

  /// The indexed claims of one article.
  private static func corpusClaims(of review: ArticleReview, knownNames: Set<String>) -> [CorpusClaim] {
    let article = review.article
    let picked = picked(review)
    var claims: [CorpusClaim] = []
    claims.reserveCapacity(picked.count)
    for (offset, entry) in picked.enumerated() {
      let reference = ClaimReference(
        articleFile: article.fileName, article: article.shortName, number: entry.claim.number, id: entry.claim.id)
      let attribution = entry.claim.analysis.attribution
      let source = attribution?.source
      var context: [String] = []
      if source == nil {
        // The sources of the two claims before it, in its paragraph or the one before.
        for back in [offset - 1, offset - 2] where back >= 0 {
          let previous = picked[back]
          guard let block = entry.block, let previousBlock = previous.block, block - previousBlock <= 1,
            let name = previous.claim.analysis.attribution?.source, !context.contains(name)
          else { continue }
          context.append(name)
        }
      }
      claims.append(
        CorpusClaim(
          reference: reference, text: entry.claim.text, status: entry.claim.review.status,
          inConflict: entry.claim.review.conflict != nil, source: source, contextSources: context,
          date: article.layout.date,
          terms: ClaimTerms(
            entry.words, in: article.text, knownNames: knownNames,
            excluded: [attribution?.sourceSpan, attribution?.cueSpan].compactMap { $0 }, claimText: entry.claim.text),
          quantities: QuantityExtractor(entry.words, in: article.text).quantities()))
    }
    return claims
  }

  /// Indexes `claims`, article by article in reading order.
  private init(claims: [CorpusClaim]) {
    self.claims = claims
    let bm25 = BM25Index(sortedTerms: claims.map(\.terms.stems), counts: claims.map(\.terms.stemCounts))
    self.bm25 = bm25
    let selfScores = claims.indices.map { bm25.score(distinctSorted: claims[$0].terms.stems, document: $0) }
    self.selfScores = selfScores
    var frequency: [String: Int] = [:]
    for claim in claims {
      for key in Set(claim.terms.contentNames.map(\.key)) { frequency[key, default: 0] += 1 }
    }
    nameFrequency = frequency
    var articleRanges: [String: Range<Int>] = [:]
    for (index, claim) in claims.enumerated() {
      let start = articleRanges[claim.reference.articleFile]?.lowerBound ?? index
      articleRanges[claim.reference.articleFile] = start..<(index + 1)
    }
    self.articleRanges = articleRanges
    let figures = Self.figures(of: claims)
    self.figures = figures
    let documents = claims.indices.map { bm25.terms(ofDocument: $0) }
    // The words of the claims with figures that name no owner: those figures are grouped by similar claims.
    var unownedLists: [String: [Int]] = [:]
    for claim in Set(figures.filter { $0.scope.isEmpty }.map(\.claim)).sorted() {
      for term in documents[claim] { unownedLists[term, default: []].append(claim) }
    }
    let groups = Self.measureGroups(figures) { claim in
      Self.similarClaims(
        to: claim, lists: unownedLists, bm25: bm25, terms: documents, selfScores: selfScores, least: 0.25)
    }
    measureGroups = groups
    var groupsOfClaim: [Int: Set<Int>] = [:]
    for (group, members) in groups.enumerated() {
      for member in members { groupsOfClaim[figures[member].claim, default: []].insert(group) }
    }
    self.groupsOfClaim = groupsOfClaim
    var claimsWithNumber: [Double: [Int]] = [:]
    for (index, claim) in claims.enumerated() {
      for value in Set(claim.quantities.map(\.value)) { claimsWithNumber[value, default: []].append(index) }
    }
    self.claimsWithNumber = claimsWithNumber
    claimsOfGroup = groups.map { members in Set(members.map { figures[$0].claim }).sorted() }
    var claimsWithName: [String: [Int]] = [:]
    for (index, claim) in claims.enumerated() {
      for bucket in Set(claim.terms.contentNames.map(\.bucket)) { claimsWithName[bucket, default: []].append(index) }
    }
    self.claimsWithName = claimsWithName
    var articleNumbers: [Int] = []
    articleNumbers.reserveCapacity(claims.count)
    for (index, claim) in claims.enumerated() {
      let same = index > 0 && claims[index - 1].reference.articleFile == claim.reference.articleFile
      articleNumbers.append(index == 0 ? 0 : articleNumbers[index - 1] + (same ? 0 : 1))
    }
    self.articleNumbers = articleNumbers
    queryTerms = documents
    valuesOf = claims.map { Set($0.quantities.map(\.value)).sorted() }
  }

  /// The claims in `lists` (the claims compared, by word) whose BM25 score for claim `claim`'s words reaches `least` of the claim's own score, or
  /// whose own words reach `least` of theirs against it (one of the two, computed in both directions).
  ///
  /// Candidates come from the claim's rarer words only: the commonest words that together weigh less than `least`
  /// of its own score cannot lift a claim to it.
  static func similarClaims(
    to claim: Int, lists: [String: [Int]], bm25: BM25Index, terms: [[String]], selfScores: [Double],
    least: Double
  ) -> [Int] {
    var candidates: Set<Int> = []
    let own = selfScores[claim]
    if own > 0 {
      let ranked = terms[claim].map { (term: $0, bound: bm25.maxContribution(of: $0) / own) }.sorted {
        $0.bound != $1.bound ? $0.bound < $1.bound : $0.term < $1.term
      }
      var prefix = 0.0
      for entry in ranked {
        if prefix + entry.bound + 1e-9 < least {
          prefix += entry.bound
          continue
        }
        candidates.formUnion(lists[entry.term] ?? [])
      }
    }
    return candidates.sorted().filter { other in
      func similarity(_ a: Int, _ b: Int) -> Double {
        selfScores[a] > 0 ? min(1, bm25.score(distinctSorted: terms[a], document: b) / selfScores[a]) : 0
      }
      return max(similarity(claim, other), similarity(other, claim)) >= least
    }
  }

  /// How much of claim `a`'s BM25 score against itself claim `b` reaches, in [0, 1], with `a`'s terms sorted.
  func similarity(query a: Int, to b: Int) -> Double {
    let own = selfScores[a]
    guard own > 0 else { return 0 }
    return min(1, bm25.score(distinctSorted: queryTerms[a], document: b) / own)
  }

  /// The weight of a proper name in (0, 1]: its inverse document frequency over the claims, relative to the
  /// rarest possible (a name in one claim weighs 1).
  func nameWeight(_ key: String) -> Double {
    let most = idf(documentFrequency: 1)
    return most > 0 ? idf(documentFrequency: nameFrequency[key] ?? 1) / most : 0
  }

  /// Whether claims `a` and `b` state figures for the same quantity.
  func shareMeasure(_ a: Int, _ b: Int) -> Bool {
    guard let left = groupsOfClaim[a], let right = groupsOfClaim[b] else { return false }
    return !left.isDisjoint(with: right)
  }

  /// The position of a claim in `claims`, if it is indexed.
  public func position(of reference: ClaimReference) -> Int? {
    // A look through the claims of its article: a table of every claim of an archive would weigh tens of MB.
    articleRanges[reference.articleFile]?.first { claims[$0].reference == reference }
  }

  /// How much of claim `a`'s BM25 score against itself claim `b` reaches, in [0, 1].
  public func similarity(of a: Int, to b: Int) -> Double {
    guard claims.indices.contains(a) else { return 0 }
    return similarity(query: a, to: b)
  }

  /// The words claims `a` and `b` share, rarest in the corpus first, as `a` writes them.
  public func sharedWords(_ a: Int, _ b: Int, limit: Int = 5) -> [String] {
    let shared = Set(claims[a].terms.stems).intersection(claims[b].terms.stems)
    let ranked = shared.sorted { lhs, rhs in
      let (left, right) = (bm25.idf(lhs), bm25.idf(rhs))
      return left != right ? left > right : lhs < rhs
    }
    return ranked.prefix(limit).map { claims[a].terms.surface(of: $0) }
  }

  /// The proper names of claim `a` that claim `b` also mentions, each with its weight in (0, 1] (rarer weighs more).
  func sharedNames(_ a: Int, _ b: Int) -> [(name: NameKey, weight: Double)] {
    var seen: Set<String> = []
    var shared: [(name: NameKey, weight: Double)] = []
    for name in claims[a].terms.contentNames where !seen.contains(name.key) {
      seen.insert(name.key)
      guard claims[b].terms.contentNames.contains(where: name.matches) else { continue }
      shared.append((name, nameWeight(name.key)))
    }
    return shared
  }

  /// The values that both claims state as figures.
  func sharedNumbers(_ a: Int, _ b: Int) -> [Double] {
    let theirs = Set(claims[b].quantities.map(\.value))
    var seen: Set<Double> = []
    return claims[a].quantities.map(\.value).filter { theirs.contains($0) && seen.insert($0).inserted }
  }

  private func idf(documentFrequency df: Int) -> Double {
    let n = Double(claims.count)
    return log(1 + (n - Double(df) + 0.5) / (Double(df) + 0.5))
  }

  /// Whether two attributed sources are the same: both the publication, or the same head noun and no different
  /// places or peoples named ("The Ministry" and "The Russian Defense Ministry"; "Igor Konashenkov" and "Defense
  /// Ministry spokesman Igor Konashenkov"; but not "Russia's Defense Ministry" and "the Ukrainian Defense Ministry",
  /// nor "the Chief Intelligence Directorate of the Ministry of Defense" and "the Defense Ministry").
  static func sameSource(_ lhs: String?, _ rhs: String?) -> Bool {
    sameSource(words: lhs.map(SourceWords.init), rhs.map(SourceWords.init))
  }

  /// `sameSource` of two sources' words, for callers that compare each source many times.
  static func sameSource(words left: SourceWords?, _ right: SourceWords?) -> Bool {
    guard let left, let right else { return left == nil && right == nil }
    guard let leftHead = left.head.last, let rightHead = right.head.last else {
      return left.lowercased == right.lowercased
    }
    guard left.head.contains(rightHead) || right.head.contains(leftHead) else { return false }
    // The same kind of body ("Defense Ministry") of different countries is not the same source; a spokesman and
    // his ministry are.
    guard leftHead == rightHead else { return true }
    return left.names.isEmpty || right.names.isEmpty || NameKey.overlap(left.names, right.names)
  }
}

/// The words of a source's name: the head phrase (before any "of") and the names of places or people in it.
struct SourceWords: Sendable {
  /// The whole name, lowercased.
  var lowercased: String
  /// The lowercase words before "of", stop words left out.
  var head: [String] = []
  /// The capitalised words that are not institutions ("Russian", "Igor").
  var names: [NameKey] = []

  init(_ source: String) {
    lowercased = source.lowercased()
    var beforeOf = true
    for word in source.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init) {
      let key = NameKey(word)
      let lower = key?.key ?? word.lowercased()
      if lower == "of" { beforeOf = false }
      guard !StopWords.contains(lower) else { continue }
      if beforeOf { head.append(lower) }
      if word.first?.isUppercase == true, !MeasureLexicon.institutions.contains(lower), let key { names.append(key) }
    }
  }
}
