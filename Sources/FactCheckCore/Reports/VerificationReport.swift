/// What a verification report contains, computed once and written in any `ReportFormat`.
///
/// A corpus-level summary, the figures and statements that disagree across articles, then each article with its
/// claims, their reviews, sources and caveats, and links to the claims that bear on them. Orphaned claims (stored,
/// but no longer found in the text) are listed, flagged; dismissed sentences are counted and named.
public struct VerificationReport: Sendable {
  /// The corpus-level figures.
  public var summary: ReportSummary
  /// The articles, in file order, each made when it is reached.
  public var articles: ArticleReports
  /// Figures for the same quantity that disagree, involving at least one article of the report.
  public var figureDisagreements: [FigureDisagreement]
  /// Statements one source denies and another affirms, involving at least one article of the report.
  public var opposingStatements: [OpposingStatement]
  /// What the report includes and where it is published.
  public var options: ReportOptions
  /// The articles whose files changed since their snapshots were taken, noted as their reviews are made again;
  /// check it after writing the report and before publishing it (`Workbench.writeReport` does).
  public let changes: SnapshotChanges
  /// The claims each article of the report lists, by article file.
  private var listed: [String: ListedClaims] = [:]

  /// The claims an article lists, to tell which links have a target in the report.
  private struct ListedClaims: Sendable {
    var anchorPrefix: String
    var numbers: Set<Int> = []
    var orphans: Set<String> = []
  }

  /// Builds the report of `selected` article files (every article when `nil`) from the reviews of the whole
  /// corpus, so that links reach claims in articles left out of the report.
  public init(reviews: [ArticleReview], selected: [String]? = nil, options: ReportOptions = ReportOptions()) {
    self.init(files: reviews.map(\.article.fileName), selected: selected, options: options) { reviews[$0] }
  }

  /// Builds the report of `selected` article files (every article when `nil`) from snapshots of the whole corpus,
  /// making each article's review from its snapshot whenever it is needed instead of holding them all.
  public init(snapshots: [ArticleSnapshot], selected: [String]? = nil, options: ReportOptions = ReportOptions()) {
    let changes = SnapshotChanges()
    self.init(files: snapshots.map(\.fileName), selected: selected, options: options, changes: changes) {
      changes.review(snapshots[$0])
    }
  }

  /// Builds the report of the articles `files` names, with the review of the `n`th made by `review(n)`.
  private init(
    files: [String], selected: [String]?, options: ReportOptions, changes: SnapshotChanges = SnapshotChanges(),
    review: @escaping @Sendable (Int) -> ArticleReview
  ) {
    self.options = options
    self.changes = changes
    let corpus = CorpusIndex(articles: files.count, review: review)
    let chosen = selected.map(Set.init)
    let included = files.indices.filter { chosen?.contains(files[$0]) ?? true }
    let inReport = Set(included.map { files[$0] })
    let figures = corpus.figureDisagreements().filter { $0.claims.contains { inReport.contains($0.articleFile) } }
    let opposing = corpus.opposingStatements().filter {
      inReport.contains($0.denial.articleFile) || inReport.contains($0.affirmation.articleFile)
    }
    let linker = ReportLinker(corpus: corpus, figures: figures, opposing: opposing)
    var taken: Set<String> = []
    let anchors = included.map { file in
      Self.uniqueAnchor(Self.slug(Article.shortName(of: Article.name(ofFile: files[file]))), taken: &taken)
    }
    let make: @Sendable (Int, Bool) -> ArticleReport = { position, linked in
      Self.article(
        review(included[position]), anchor: anchors[position], linker: linked ? linker : nil, options: options)
    }
    // One pass without links for what the top of the report shows; the articles in full are made when written.
    let firstLook = Array(included.indices).concurrentMap { position in
      let article = make(position, false)
      let claims = article.claims + article.dismissed
      return (
        overview: ArticleOverview(article),
        listed: ListedClaims(
          anchorPrefix: article.claimAnchorPrefix, numbers: Set(article.claims.compactMap(\.reference.number)),
          orphans: Set(article.claims.filter { $0.reference.number == nil }.map(\.reference.id))),
        reviewers: Set(claims.map(\.review.reviewer).filter { !$0.isEmpty }),
        lastUpdated: claims.compactMap(\.review.updated).max()
      )
    }
    articles = ArticleReports(overviews: firstLook.map(\.overview), make: make)
    figureDisagreements = figures
    opposingStatements = opposing
    for look in firstLook { listed[look.overview.file] = look.listed }
    summary = ReportSummary(
      articles: firstLook.count, progress: firstLook.reduce(ReviewProgress()) { $0 + $1.overview.progress },
      reviewers: firstLook.reduce(into: Set<String>()) { $0.formUnion($1.reviewers) }.sorted(),
      lastUpdated: firstLook.compactMap(\.lastUpdated).max())
  }

  /// The HTML anchor of a claim (`claim-002-11`), when the claim is listed in this report.
  public func anchor(of reference: ClaimReference) -> String? {
    guard let article = listed[reference.articleFile] else { return nil }
    if let number = reference.number {
      return article.numbers.contains(number) ? article.anchorPrefix + Self.slug(String(number)) : nil
    }
    return article.orphans.contains(reference.id) ? article.anchorPrefix + Self.slug(reference.id) : nil
  }

  /// The claims of every article, in order (each article made again: for tests and small reports).
  public var allClaims: [ReportClaim] { articles.flatMap(\.claims) }

  private static func article(
    _ review: ArticleReview, anchor: String, linker: ReportLinker?, options: ReportOptions
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
        review: claim.review, analysis: claim.analysis, isOrphaned: false, links: linker?.links(of: ref) ?? [])
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
      readOnly: review.readOnly?.description, unreadableAnnotations: Self.unreadable(review.readOnly),
      anchor: "article-" + anchor, claimAnchorPrefix: "claim-\(anchor)-")
  }

  /// The summary of why an article's annotation file could not be read, if that is why it is read-only.
  private static func unreadable(_ reason: ReadOnlyReason?) -> String? {
    guard case .brokenAnnotations = reason else { return nil }
    return reason?.summary
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
