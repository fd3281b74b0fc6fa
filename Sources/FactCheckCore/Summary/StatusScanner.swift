import Dispatch

/// The status of every article of a workspace, read without opening the articles wherever that gives the same
/// answer, one article per task on every core.
///
/// For each article: its bytes and their SHA-256; its summary from the cache (or made, and added to it); its
/// annotation file. When the file was written against these very bytes and every stored claim still sits on
/// the extracted claim of its id, quote for quote, the stored reviews are the whole story and the summary
/// gives the rest. Otherwise (an edited article, a claim added by hand, a damaged anchor) the article is opened
/// as the shell opens it, re-anchoring and all, so the tally is always the one `ArticleReview` gives.
public struct StatusScanner: Sendable {
  /// The workspace to read.
  public let workspace: Workspace
  private let store: AnnotationStore

  /// Creates a scanner of `workspace`.
  public init(workspace: Workspace) {
    self.workspace = workspace
    self.store = AnnotationStore(workspace: workspace)
  }

  /// What a scan found.
  public struct Scan: Sendable {
    /// The statuses, in the order of the files.
    public var statuses: [ArticleStatus]
    /// The tallies of the scanned pairs of article and annotation file, which are worth keeping in the cache.
    public var tallyKeys: Set<SummaryCache.TallyKey>
  }

  /// The statuses of `files`, in their order, using and filling `cache`.
  public func statuses(of files: [String], cache: inout SummaryCache) throws(WorkspaceError) -> Scan {
    let known = cache
    let results = files.concurrentMap { file in Result { () throws(WorkspaceError) in try scan(file, known) } }
    var found = Scan(statuses: [], tallyKeys: [])
    found.statuses.reserveCapacity(files.count)
    for result in results {
      let article = try result.get()
      found.statuses.append(article.status)
      if let summary = article.newSummary { cache.insert(summary) }
      if let key = article.tallyKey {
        found.tallyKeys.insert(key)
        if let tally = article.newTally { cache.insert(tally, for: key) }
      }
    }
    return found
  }

  /// What scanning one article found, and what the cache did not know.
  struct ScannedArticle: Sendable {
    var status: ArticleStatus
    var newSummary: ArticleSummary?
    var tallyKey: SummaryCache.TallyKey?
    var newTally: ReviewProgress?
  }

  /// The status of one article.
  func scan(_ file: String, _ cache: SummaryCache) throws(WorkspaceError) -> ScannedArticle {
    let bytes = try workspace.readArticle(file)
    let sha256 = Article.sha256(of: bytes)
    let cached = cache[sha256]
    let summary = cached ?? ArticleSummary(bytes: bytes, sha256: sha256)
    var scanned = ScannedArticle(
      status: ArticleStatus(
        fileName: file, sha256: sha256, date: summary.date,
        title: summary.title ?? file, progress: ReviewProgress(reviews: [], unreviewed: summary.claimCount),
        readOnly: nil))
    scanned.newSummary = cached == nil ? summary : nil
    let annotationBytes: [UInt8]?
    do {
      annotationBytes = try store.currentBytes(articleFile: file)
    } catch {
      let path = store.displayPath(forArticleFile: file)
      annotationBytes = nil
      scanned.status.readOnly = .brokenAnnotations(AnnotationFileError(.unreadable, file: path, message: "\(error)"))
    }
    if let annotationBytes {
      let key = SummaryCache.TallyKey(article: sha256, annotations: Article.sha256(of: annotationBytes))
      scanned.tallyKey = key
      if let tally = cache[tally: key] {
        scanned.status.progress = tally
      } else {
        switch AnnotationStore.decode(annotationBytes, file: store.displayPath(forArticleFile: file)) {
        case .missing: break
        case .broken(let error, _):
          scanned.status.readOnly = .brokenAnnotations(error)
        case .loaded(let annotations, _):
          if let tally = Self.progress(of: annotations, summary: summary, bytes: bytes) {
            scanned.status.progress = tally
            scanned.newTally = tally
          } else {
            scanned.status.progress =
              ArticleReview(article: Article(fileName: file, bytes: bytes), stored: annotations).progress
          }
        }
      }
    }
    if scanned.status.readOnly == nil, summary.hasEncodingIssue, let issue = TextEncodingIssue.check(bytes) {
      scanned.status.readOnly = .encoding(issue)
    }
    return scanned
  }

  /// The tally of `annotations` over the claims of `summary`, or `nil` when only opening the article can tell.
  static func progress(of annotations: ArticleAnnotations, summary: ArticleSummary, bytes: [UInt8]) -> ReviewProgress? {
    guard !summary.hasEncodingIssue, annotations.articleSHA256 == summary.sha256 else { return nil }
    var outlines: [String: ArticleSummary.ClaimOutline] = [:]
    outlines.reserveCapacity(summary.claims.count)
    for claim in summary.claims { outlines[claim.id] = claim }
    for claim in annotations.claims {
      guard let outline = outlines.removeValue(forKey: claim.id), outline.span == claim.anchor.span,
        outline.bytes.upperBound <= bytes.count,
        bytes[outline.bytes].elementsEqual(claim.anchor.quote.utf8)
      else { return nil }
    }
    return ReviewProgress(reviews: annotations.claims.lazy.map(\.review), unreviewed: outlines.count)
  }
}
