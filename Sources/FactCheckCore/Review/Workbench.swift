import Foundation

/// The review state of a workspace: open articles, edits, saving, undo and redo.
///
/// Every change is saved before it is acknowledged: the change is applied to a
/// copy, written atomically, and only then becomes the current state. If the
/// file changed on disk since it was read (another shell, `git pull`), the two
/// are merged per claim first. Not `Sendable`: one workbench serves one thread.
public final class Workbench {
  /// The workspace under review.
  public let workspace: Workspace
  /// Reads and writes annotation files.
  public let store: AnnotationStore
  /// The name stamped on every change.
  public let reviewer: String
  /// Undo and redo, across articles.
  public private(set) var history = EditHistory(limit: 1000)

  /// Summaries of the articles by content, for listings and progress without opening every article.
  public var summaries = SummaryCache()

  private let clock: @Sendable () -> Date
  var openArticles: [String: OpenArticle] = [:]
  var cachedFiles: [String]?
  /// The articles folder's stamp when `cachedFiles` was listed.
  var cachedFilesStamp: FileStamp?
  /// Whether temporary files abandoned by an interrupted save were removed (once per session).
  var sweptTemporaries = false

  struct OpenArticle {
    var review: ArticleReview
    /// The bytes of the annotation file as last read or written (`nil`: no file): the base of merges.
    var diskBytes: [UInt8]?
    /// The bytes of the annotation file when this session last looked (`nil`: no file).
    var seenBytes: [UInt8]?
    /// The article file's stamp when it was read.
    var articleStamp: FileStamp?
    /// The annotation file's stamp when it was last read or written.
    var annotationStamp: FileStamp?
    /// The claims as encoded at the last save, reused by the next.
    var fragments = ClaimFragments()
  }

  /// Creates a workbench; `clock` gives the time stamped on changes.
  public convenience init(
    workspace: Workspace, reviewer: String, clock: @escaping @Sendable () -> Date = { Date() }
  ) {
    self.init(workspace: workspace, reviewer: reviewer, store: AnnotationStore(workspace: workspace), clock: clock)
  }

  /// Creates a workbench saving through `store`.
  init(workspace: Workspace, reviewer: String, store: AnnotationStore, clock: @escaping @Sendable () -> Date) {
    self.workspace = workspace
    self.store = store
    self.reviewer = reviewer
    self.clock = clock
  }

  // MARK: - Articles

  /// The article files in the workspace, sorted by name.
  public func articleFiles() throws(WorkspaceError) -> [String] {
    if let cachedFiles { return cachedFiles }
    let stamp = FileStamp.of(workspace.articlesFolder.path)
    let files = try workspace.articleFiles()
    cachedFiles = files
    cachedFilesStamp = stamp
    return files
  }

  /// The article file that `query` names (number, prefix or file name).
  public func resolveArticle(_ query: String) throws(WorkspaceError) -> String {
    try ArticleResolver(files: articleFiles()).resolve(query)
  }

  /// The review of `articleFile`, reading it on first use.
  public func review(_ articleFile: String) throws(WorkspaceError) -> ArticleReview {
    if let open = openArticles[articleFile] { return open.review }
    let open = try load(articleFile)
    openArticles[articleFile] = open
    return open.review
  }

  /// An article and its annotation file as they are now, to make its review from as often as needed: the open
  /// article's review, else the files' bytes (`ArticleSnapshot`).
  public func snapshot(_ articleFile: String) throws(WorkspaceError) -> ArticleSnapshot {
    if let open = openArticles[articleFile] { return ArticleSnapshot(review: open.review) }
    let bytes = try workspace.readArticle(articleFile)
    return ArticleSnapshot(
      fileName: articleFile, path: workspace.articleURL(articleFile).path, bytes: bytes,
      annotations: store.load(articleFile: articleFile), store: store)
  }

  /// Reads `articleFile` and its annotations from disk.
  func load(_ articleFile: String) throws(WorkspaceError) -> OpenArticle {
    // Stamps first: a change made while reading is noticed at the next look.
    let articleStamp = FileStamp.of(workspace.articleURL(articleFile).path)
    let annotationStamp = FileStamp.of(workspace.annotationURL(forArticleFile: articleFile).path)
    let article = try workspace.loadArticle(articleFile)
    var open = Self.opened(article, store.load(articleFile: articleFile))
    open.seenBytes = open.diskBytes
    open.articleStamp = articleStamp
    open.annotationStamp = annotationStamp
    return open
  }

  /// The open article made of `article` and its annotation file as `AnnotationStore.load` found it: read-only when
  /// the file is broken or the text is not valid UTF-8.
  static func opened(_ article: Article, _ loaded: AnnotationStore.Loaded) -> OpenArticle {
    var open: OpenArticle
    switch loaded {
    case .missing:
      open = OpenArticle(review: ArticleReview(article: article, stored: nil), diskBytes: nil)
    case .loaded(let annotations, let bytes):
      open = OpenArticle(
        review: ArticleReview(article: article, stored: annotations), diskBytes: bytes)
    case .broken(let error, let bytes):
      open = OpenArticle(
        review: ArticleReview(article: article, stored: nil, readOnly: .brokenAnnotations(error)), diskBytes: bytes)
    }
    if open.review.readOnly == nil, let issue = article.encodingIssue {
      open.review.readOnly = .encoding(issue)
    }
    return open
  }

  /// The status of every article, in file order: from memory for the articles open in this session, from
  /// `summaries` and the annotation files for the others (`StatusScanner`), which opens none it need not.
  ///
  /// Saves the summary cache when it learnt something, and forgets summaries of articles no longer there.
  public func statuses() throws(WorkspaceError) -> [ArticleStatus] {
    let files = try articleFiles()
    let closed = files.filter { openArticles[$0] == nil }
    let scan = try StatusScanner(workspace: workspace).statuses(of: closed, cache: &summaries)
    var scanned = scan.statuses.makeIterator()
    var statuses: [ArticleStatus] = []
    statuses.reserveCapacity(files.count)
    for file in files {
      if let open = openArticles[file] {
        statuses.append(ArticleStatus(open.review))
      } else if let status = scanned.next() {
        statuses.append(status)
      }
    }
    summaries.keep(only: Set(statuses.map(\.sha256)), tallies: scan.tallyKeys)
    summaries.save()
    return statuses
  }

  // MARK: - Changes

  /// Changes the review of claim `number` in `articleFile`; returns the claim as saved.
  ///
  /// The reviewer and time are stamped only if the review actually changed;
  /// an unchanged review writes nothing and records no undo step.
  @discardableResult
  public func updateReview(
    of number: Int, in articleFile: String, summary: String, _ change: (inout Review) -> Void
  ) throws -> (claim: Claim, outcome: SaveOutcome) {
    let (claim, before) = try storedClaim(number: number, in: articleFile)
    var updated = claim.annotation
    change(&updated.review)
    if updated.review.status == .unreviewed { updated.review.reviewedText = nil }  // No verdict, nothing to recheck.
    var bare = updated.review
    bare.caveats.removeAll { $0.origin == .article }
    if bare.isEmpty { updated.review = bare }  // Nothing of the reviewer's is left: the claim is unreviewed again.
    guard updated.review != claim.review else { return (claim, SaveOutcome()) }
    if before == nil, !updated.review.isEmpty, !updated.review.dismissed {
      // The first change to a claim records what the publication itself said about it, as it said it then.
      for caveat in claim.analysis.caveats.map(\.stored) where !updated.review.caveats.contains(caveat) {
        updated.review.caveats.append(caveat)
      }
    }
    updated.review.reviewer = reviewer
    updated.review.updated = Timestamp.string(from: clock())
    let stored: ClaimAnnotation? = updated.isWorthKeeping ? updated : nil
    let outcome = try commit(stored, id: claim.id, in: articleFile)
    history.record(
      HistoryStep(articleFile: articleFile, claimID: claim.id, before: before, after: stored, summary: summary))
    let saved =
      try review(articleFile).claim(id: claim.id) ?? Claim(number: number, annotation: updated, text: claim.text)
    return (saved, outcome)
  }

  /// Gives claim `number` of `articleFile` the verdict `status`, and `note` unless it is empty; returns the claim as
  /// saved.
  ///
  /// A verdict is given to the claim's words as they are now: a text kept from an earlier verdict on other words
  /// (`Review.reviewedText`) is dropped, even when the verdict is the same as before.
  @discardableResult
  public func giveVerdict(
    _ status: ClaimStatus, note: String = "", to number: Int, in articleFile: String, summary: String
  ) throws -> (claim: Claim, outcome: SaveOutcome) {
    try updateReview(of: number, in: articleFile, summary: summary) { review in
      review.status = status
      if !note.isEmpty { review.note = note }
      review.reviewedText = nil
    }
  }

  /// Claim `number` of `articleFile` and its stored annotation, if any.
  ///
  /// The review they come from is not kept, so that changing it next copies none of its claims.
  private func storedClaim(number: Int, in articleFile: String) throws -> (Claim, ClaimAnnotation?) {
    let current = try review(articleFile)
    guard let claim = current.claim(number: number) else {
      throw ReviewError.noSuchClaim(number: number, count: current.claims.count)
    }
    return (claim, current.annotations[claim.id])
  }

  /// Adds a claim for text the splitter missed; returns the new claim and how many places the text matched.
  ///
  /// The places are those `QuoteFinder.occurrences` lists (whole words first, sentences already claims left out);
  /// `occurrence` picks one, counting from 1, and by default the first.
  public func addClaim(quoting quote: String, in articleFile: String, occurrence: Int = 1) throws -> (
    claim: Claim, outcome: SaveOutcome, occurrences: Int
  ) {
    let current = try review(articleFile)
    let text = current.article.text
    let places = QuoteFinder.occurrences(of: quote, in: text, excluding: Set(current.claims.map(\.span)))
    guard !places.isEmpty else {
      if let existing = QuoteFinder.find(quote, in: text, excluding: []),
        let claim = current.claims.first(where: { $0.span == existing })
      {
        throw ReviewError.alreadyAClaim(number: claim.number)
      }
      throw ReviewError.quoteNotFound(quote)
    }
    guard occurrence >= 1, occurrence <= places.count else {
      throw ReviewError.noSuchOccurrence(occurrence, count: places.count)
    }
    let span = places[occurrence - 1]
    let claimText = ClaimExtractor.displayText(text[span])
    let base = ClaimIdentifier.baseID(for: claimText)
    var id = base
    var suffix = 2
    let taken = Set(current.claims.map(\.id) + current.orphans.map(\.id))
    while taken.contains(id) {
      id = "\(base)-\(suffix)"
      suffix += 1
    }
    let annotation = ClaimAnnotation(
      id: id, origin: .added, anchor: ClaimAnchor(span: span, in: text),
      review: Review(reviewer: reviewer, updated: Timestamp.string(from: clock())))
    let outcome = try commit(annotation, id: id, in: articleFile)
    history.record(HistoryStep(articleFile: articleFile, claimID: id, before: nil, after: annotation, summary: "add"))
    let claim = try review(articleFile).claim(id: id) ?? Claim(number: 0, annotation: annotation, text: claimText)
    return (claim, outcome, places.count)
  }

  /// Reverts the last change (saving it); returns the step undone.
  @discardableResult
  public func undo() throws -> (step: HistoryStep, outcome: SaveOutcome) {
    guard let step = history.nextUndo else { throw ReviewError.nothingToUndo }
    try requireUnchanged(step, expecting: step.after, action: "undo")
    let outcome = try commit(step.before, id: step.claimID, in: step.articleFile)
    history.didUndo()
    return (step, outcome)
  }

  /// Reapplies the last undone change (saving it); returns the step redone.
  @discardableResult
  public func redo() throws -> (step: HistoryStep, outcome: SaveOutcome) {
    guard let step = history.nextRedo else { throw ReviewError.nothingToRedo }
    try requireUnchanged(step, expecting: step.before, action: "redo")
    let outcome = try commit(step.after, id: step.claimID, in: step.articleFile)
    history.didRedo()
    return (step, outcome)
  }

  /// Throws unless the claim `step` changed still has the review `expected` gives it.
  ///
  /// A change made since, in another shell or by a merge, is not silently replaced by an undo or a redo. The step
  /// is then dropped, so that the next `undo` (or `redo`) reaches the steps behind it.
  private func requireUnchanged(_ step: HistoryStep, expecting expected: ClaimAnnotation?, action: String) throws {
    let current = try review(step.articleFile)
    let stored = current.annotations[step.claimID]
    guard stored?.review != expected?.review else { return }
    history.drop(undo: action == "undo")
    throw ReviewError.changedSince(
      action: action, claim: current.claim(id: step.claimID).map { String($0.number) } ?? step.claimID,
      by: stored?.review.reviewer ?? "")
  }

  /// Forgets the cached state of `articleFile`, so that it is read again on next use.
  public func reload(_ articleFile: String) {
    openArticles[articleFile] = nil
  }
}
