/// One article under review: its claims, numbered, with their stored reviews.
///
/// Combines the extractor's claims with the annotation file: a stored claim
/// replaces the extracted claim with the same id; stored claims the extractor
/// does not produce (added by hand, or split differently) keep their place in
/// reading order; stored claims not found in the text are orphans.
public struct ArticleReview: Sendable {
  /// The article.
  public let article: Article
  /// What is stored for the article (reviewed and added claims, and orphans).
  public private(set) var annotations: ArticleAnnotations
  /// Every anchored claim, numbered in reading order.
  public private(set) var claims: [Claim] = []
  /// Stored claims that could not be found in the text.
  public private(set) var orphans: [ClaimAnnotation] = []
  /// What moved or was orphaned when the article was opened.
  public private(set) var anchoring = AnchoringReport()
  /// Why changes cannot be saved, if they cannot.
  public var readOnly: ReadOnlyReason?

  /// Opens `article` with the claims stored for it.
  public init(article: Article, stored: ArticleAnnotations?, readOnly: ReadOnlyReason? = nil) {
    self.article = article
    self.readOnly = readOnly
    self.annotations = ArticleAnnotations(articleFile: article.fileName, articleSHA256: article.sha256)
    if let stored { replaceAnnotations(stored) } else { rebuild() }
  }

  /// The claim numbered `number`.
  public func claim(number: Int) -> Claim? {
    claims.indices.contains(number - 1) ? claims[number - 1] : nil
  }

  /// The claim with `id`.
  public func claim(id: String) -> Claim? {
    claims.first { $0.id == id }
  }

  /// The tally of verdicts.
  public var progress: ReviewProgress { ReviewProgress(claims: claims, orphans: orphans) }

  /// Stores `annotation` (or removes the stored claim `id` when `nil`).
  public mutating func setStored(_ annotation: ClaimAnnotation?, id: String) {
    let wasStored = annotations[id] != nil
    if let annotation {
      annotations.upsert(annotation)
    } else {
      annotations.remove(id: id)
    }
    orphans.removeAll { $0.id == id }
    if let annotation, let index = claims.firstIndex(where: { $0.id == id }),
      claims[index].span == annotation.anchor.span
    {
      // The common case, a changed review of a claim already listed: no renumbering.
      claims[index].annotation = annotation
      return
    }
    if wasStored || annotation != nil { rebuild() }
  }

  /// Replaces every stored claim (after a merge), re-anchoring them in the text.
  public mutating func replaceAnnotations(_ stored: ArticleAnnotations) {
    let outcome = Reanchorer().anchor(stored.claims, recordedHash: stored.articleSHA256, in: article)
    annotations = ArticleAnnotations(
      articleFile: article.fileName, articleSHA256: article.sha256, claims: outcome.anchored + outcome.orphans)
    orphans = outcome.orphans
    anchoring = outcome.report
    rebuild()
  }

  private mutating func rebuild() {
    let orphanIDs = Set(orphans.map(\.id))
    var extractedIndex: [String: Int] = [:]
    for (index, extracted) in article.extracted.enumerated() { extractedIndex[extracted.id] = index }
    var stored: [String: ClaimAnnotation] = [:]
    for claim in annotations.claims where !orphanIDs.contains(claim.id) { stored[claim.id] = claim }
    var entries: [(annotation: ClaimAnnotation, text: String)] = []
    entries.reserveCapacity(article.extracted.count + stored.count)
    // A stored claim the extractor no longer produces by id (its text was edited and it was found
    // fuzzily, or the splitter changed) stands for the extracted claim at its place: list it once.
    let extractedIDs = Set(article.extracted.map(\.id))
    var standIns = OccupiedSpans()
    for claim in stored.values where claim.origin == .extracted && !extractedIDs.contains(claim.id) {
      standIns.insert(claim.anchor.span)
    }
    for extracted in article.extracted {
      if let annotation = stored.removeValue(forKey: extracted.id) {
        entries.append((annotation, ClaimExtractor.displayText(article.text[annotation.anchor.span])))
      } else if standIns.conflicts(with: extracted.span) {
        continue
      } else {
        let anchor = ClaimAnchor(span: extracted.span, in: article.text)
        let annotation = ClaimAnnotation(id: extracted.id, origin: .extracted, anchor: anchor, review: Review())
        entries.append((annotation, extracted.text))
      }
    }
    for annotation in stored.values {
      entries.append((annotation, ClaimExtractor.displayText(article.text[annotation.anchor.span])))
    }
    entries.sort { ArticleAnnotations.readingOrder($0.annotation, $1.annotation) }
    let analysis = article.analysis
    claims = entries.enumerated().map { offset, entry in
      let span = entry.annotation.anchor.span
      let found =
        extractedIndex[entry.annotation.id].flatMap { article.extracted[$0].span == span ? analysis.claims[$0] : nil }
        ?? analysis.analysis(ofSpan: span, in: article.text)
      return Claim(number: offset + 1, annotation: entry.annotation, text: entry.text, analysis: found)
    }
  }
}
