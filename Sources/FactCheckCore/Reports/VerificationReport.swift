/// What a verification report contains, computed once and written in any `ReportFormat`.
///
/// A corpus-level summary, the figures and statements that disagree across articles, then each article with its
/// claims, their reviews, sources and caveats, and links to the claims that bear on them. Orphaned claims (stored,
/// but no longer found in the text) are listed, flagged; dismissed sentences are counted and named.
public struct VerificationReport: Sendable {
  /// The corpus-level figures.
  public var summary: ReportSummary
  /// The articles, in file order.
  public var articles: [ArticleReport]
  /// Figures for the same quantity that disagree, involving at least one article of the report.
  public var figureDisagreements: [FigureDisagreement]
  /// Statements one source denies and another affirms, involving at least one article of the report.
  public var opposingStatements: [OpposingStatement]
  /// What the report includes and where it is published.
  public var options: ReportOptions
  private var anchors: [ClaimReference: String] = [:]

  /// Builds the report of `selected` article files (every article when `nil`) from the reviews of the whole
  /// corpus, so that links reach claims in articles left out of the report.
  public init(reviews: [ArticleReview], selected: [String]? = nil, options: ReportOptions = ReportOptions()) {
    self.options = options
    let corpus = CorpusIndex(reviews: reviews)
    let chosen = selected.map(Set.init)
    let included = reviews.filter { chosen?.contains($0.article.fileName) ?? true }
    let inReport = Set(included.map(\.article.fileName))
    let figures = corpus.figureDisagreements().filter { $0.claims.contains { inReport.contains($0.articleFile) } }
    let opposing = corpus.opposingStatements().filter {
      inReport.contains($0.denial.articleFile) || inReport.contains($0.affirmation.articleFile)
    }
    let linker = ReportLinker(corpus: corpus, figures: figures, opposing: opposing)
    var taken: Set<String> = []
    let anchored = included.map { review in
      (review, Self.uniqueAnchor(Self.slug(review.article.shortName), taken: &taken))
    }
    // Each article's links on every core: finding related claims is most of a report's work.
    articles = anchored.concurrentMap { review, anchor in
      Self.article(review, anchor: anchor, linker: linker, options: options)
    }
    figureDisagreements = figures
    opposingStatements = opposing
    for article in articles {
      for claim in article.claims {
        anchors[claim.reference] =
          article.claimAnchorPrefix + Self.slug(claim.reference.number.map(String.init) ?? claim.reference.id)
      }
    }
    let progress = articles.reduce(ReviewProgress()) { $0 + $1.progress }
    let everyClaim = articles.flatMap { $0.claims + $0.dismissed }
    let reviewers = Set(everyClaim.map(\.review.reviewer).filter { !$0.isEmpty })
    summary = ReportSummary(
      articles: articles.count, progress: progress, reviewers: reviewers.sorted(),
      lastUpdated: everyClaim.compactMap(\.review.updated).max())
  }

  /// The HTML anchor of a claim (`claim-002-11`), when the claim is in this report.
  public func anchor(of reference: ClaimReference) -> String? { anchors[reference] }

  /// The claims of every article, in order.
  public var allClaims: [ReportClaim] { articles.flatMap(\.claims) }

  private static func article(
    _ review: ArticleReview, anchor: String, linker: ReportLinker, options: ReportOptions
  ) -> ArticleReport {
    let article = review.article
    func reference(_ number: Int?, _ id: String) -> ClaimReference {
      ClaimReference(articleFile: article.fileName, article: article.shortName, number: number, id: id)
    }
    var listed: [ReportClaim] = []
    var dismissed: [ReportClaim] = []
    for claim in review.claims {
      let ref = reference(claim.number, claim.id)
      let entry = ReportClaim(
        reference: ref, origin: claim.annotation.origin, anchor: claim.annotation.anchor, text: claim.text,
        review: claim.review, analysis: claim.analysis, isOrphaned: false, links: linker.links(of: ref))
      if claim.review.dismissed && claim.review.conflict == nil {
        dismissed.append(entry)
      } else if !options.reviewedOnly || entry.isReviewed || claim.review.conflict != nil {
        listed.append(entry)
      }
    }
    for orphan in review.orphans {
      listed.append(
        ReportClaim(
          reference: reference(nil, orphan.id), origin: orphan.origin, anchor: orphan.anchor,
          text: ClaimExtractor.displayText(orphan.anchor.quote), review: orphan.review, analysis: nil,
          isOrphaned: true, links: []))
    }
    return ArticleReport(
      file: article.fileName, shortName: article.shortName, title: article.title,
      headline: article.layout.headline.map { ClaimExtractor.displayText(article.text[$0]) },
      publisher: publisher(of: article), date: article.layout.date,
      keyPoints: article.layout.keyPoints.map { ClaimExtractor.displayText(article.text[$0]) }, sha256: article.sha256,
      text: article.text, progress: review.progress, claims: listed, dismissed: dismissed,
      readOnly: review.readOnly?.description, anchor: "article-" + anchor, claimAnchorPrefix: "claim-\(anchor)-")
  }

  /// The publisher the article names: its dateline ("(CNN) —" gives "CNN"), else the holder of a copyright line
  /// ("© Copyright IBTimes 2024." gives "IBTimes").
  static func publisher(of article: Article) -> String? {
    if let dateline = article.layout.dateline {
      let name = trimmed(article.text[dateline])
      if !name.isEmpty, name.count <= 40 { return name }
    }
    for claim in article.extracted where claim.text.contains("©") || claim.text.lowercased().hasPrefix("copyright") {
      var words: [String] = []
      for word in claim.text.split(separator: " ").map(String.init) {
        let lowered = word.lowercased()
        if word == "©" || lowered == "copyright" || lowered == "(c)" { continue }
        if word.allSatisfy({ $0.isNumber || $0 == "." }) { break }  // The year ends the name.
        words.append(word)
      }
      let name = trimmed(words.joined(separator: " "))
      if !name.isEmpty, name.count <= 40 { return name }
    }
    return nil
  }

  /// `text` without brackets, dashes, spaces and stops at either end.
  private static func trimmed(_ text: String) -> String {
    let edges: Set<Character> = ["(", ")", "—", "–", "-", " ", ",", ".", ":", "©"]
    var characters = Substring(text)
    while let first = characters.first, edges.contains(first) { characters.removeFirst() }
    while let last = characters.last, edges.contains(last) { characters.removeLast() }
    return String(characters)
  }

  /// `text` with every character outside `A–Z a–z 0–9` written as `_` and its hex code point, so that distinct
  /// names give distinct, safe fragment identifiers.
  static func slug(_ text: String) -> String {
    var slug = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII, ScalarClass.isLetter(scalar) || ScalarClass.isDigit(scalar) {
        slug.unicodeScalars.append(scalar)
      } else {
        slug += "_" + String(scalar.value, radix: 16)
      }
    }
    return slug
  }

  private static func uniqueAnchor(_ base: String, taken: inout Set<String>) -> String {
    var anchor = base
    var suffix = 2
    while !taken.insert(anchor).inserted {
      anchor = "\(base)_\(suffix)"
      suffix += 1
    }
    return anchor
  }
}
