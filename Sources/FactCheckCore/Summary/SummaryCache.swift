import Crypto
import Foundation

/// Article summaries by the SHA-256 of the article's bytes, kept in a file between runs when given one.
///
/// Keyed by content, so an edited article is summarised again and a renamed or copied one is not. The file
/// carries a fingerprint of the extractor (`fingerprint`): when splitting changes, old summaries are not used.
/// The file is only ever a shortcut: one that cannot be read or written is ignored.
public struct SummaryCache: Sendable {
  /// The file the summaries are kept in, if any.
  public let file: URL?
  private var summaries: [String: ArticleSummary] = [:]
  private var tallies: [TallyKey: ReviewProgress] = [:]
  private var changed = false

  /// An article's bytes and its annotation file's bytes, by their SHA-256 (64 lowercase hex digits each).
  public struct TallyKey: Sendable, Hashable {
    /// The article's hash.
    public var article: String
    /// The annotation file's hash.
    public var annotations: String

    /// Creates a key.
    public init(article: String, annotations: String) {
      self.article = article
      self.annotations = annotations
    }
  }

  /// A cache held in memory only.
  public init() {
    file = nil
  }

  /// The cache kept in `file`, with what it holds (nothing if it is missing, damaged or from another extractor).
  public init(file: URL) {
    self.file = file
    guard let data = FileManager.default.contents(atPath: file.path),
      let stored = SummaryCacheFormat.decode(Array(data), fingerprint: Self.fingerprint)
    else { return }
    for summary in stored.summaries { summaries[summary.sha256] = summary }
    tallies = stored.tallies
  }

  /// The cache file of the articles folder `articlesFolder`, inside `folder` (such as `~/.cache/factcheck`).
  public static func file(forArticlesFolder articlesFolder: URL, in folder: URL) -> URL {
    let path = articlesFolder.standardizedFileURL.resolvingSymlinksInPath().path
    let digest = SHA256.hash(data: Array(path.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
    return folder.appendingPathComponent("summaries-\(digest).bin")
  }

  /// The number of summaries held.
  public var count: Int { summaries.count }

  /// The summary of the article whose SHA-256 is `sha256`.
  public subscript(sha256: String) -> ArticleSummary? { summaries[sha256] }

  /// Adds `summary`.
  public mutating func insert(_ summary: ArticleSummary) {
    guard summaries[summary.sha256] != summary else { return }
    summaries[summary.sha256] = summary
    changed = true
  }

  /// The tally of an article's claims under an annotation file, when one was recorded.
  public subscript(tally key: TallyKey) -> ReviewProgress? { tallies[key] }

  /// Records the tally of an article's claims under an annotation file.
  ///
  /// Only for a tally that follows from the two files' bytes alone (`StatusScanner` records only those).
  public mutating func insert(_ progress: ReviewProgress, for key: TallyKey) {
    guard tallies[key] != progress else { return }
    tallies[key] = progress
    changed = true
  }

  /// Forgets what is not about the files now in the workspace: summaries of other articles, tallies of other
  /// pairs of files.
  public mutating func keep(only hashes: Set<String>, tallies keys: Set<TallyKey> = []) {
    let before = (summaries.count, tallies.count)
    summaries = summaries.filter { hashes.contains($0.key) }
    tallies = tallies.filter { keys.contains($0.key) }
    if before != (summaries.count, tallies.count) { changed = true }
  }

  /// Writes the file if anything changed since it was read; returns whether the file now holds the cache.
  ///
  /// Written to a temporary file that is then renamed, so that a reader sees the old cache or the new one.
  @discardableResult
  public mutating func save() -> Bool {
    guard let file else { return false }
    guard changed else { return true }
    let ordered = summaries.values.sorted { $0.sha256 < $1.sha256 }
    let orderedTallies = tallies.map { (key: $0.key, progress: $0.value) }.sorted {
      ($0.key.article, $0.key.annotations) < ($1.key.article, $1.key.annotations)
    }
    let bytes = SummaryCacheFormat.encode(ordered, tallies: orderedTallies, fingerprint: Self.fingerprint)
    do {
      try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: file, options: .atomic)
    } catch {
      return false
    }
    changed = false
    return true
  }

  /// What summaries depend on: the format and what this build's extractor makes of a sample article.
  ///
  /// A change to splitting, ids, dates or titles changes the sample's summary and so the fingerprint, which
  /// retires every cache file written before it.
  public static let fingerprint: [UInt8] = {
    let sample = Array(sampleArticle.utf8)
    let summary = ArticleSummary(bytes: sample, sha256: Article.sha256(of: sample))
    let encoded = SummaryCacheFormat.encode([summary], fingerprint: [])
    return Array(SHA256.hash(data: Array("factcheck-summary/3\n".utf8) + encoded))
  }()

  /// An article with what splitting has to get right: metadata, bullets, abbreviations, numbers, quotations
  /// over several sentences, a caption and a credit, an embed, a duplicate.
  private static let sampleArticle = """
     date 2022-03-10 Kyiv
    Ukraine says 3,500 Russian troops killed; Moscow disputes the figure
    KEY POINTS
    • Ukraine's armed forces said 3,500 Russian soldiers had died.
    • Russia's Defense Ministry gave a figure of 498.

    KYIV (Reuters) — Ukraine said on Sunday that about 3,500 Russian troops had been killed. Mr. Zelensky \
    told reporters in St. Petersburg, Fla., that the U.S. had sent 1.5 million rounds. "We will not give up. \
    We will fight," he said. "Nobody knows the real number."
    The figures could not be independently verified, according to officials who were not named, \
    and which will now focus
    on the east.
    Soldiers walk past a destroyed tank. AFP / Sergei SUPINSKY
    Soldiers walk past a destroyed tank. AFP / Sergei SUPINSKY
    pic.twitter.com/abc123 — NEXTA (@nexta_tv) February 27, 2022
    Copyright 2022 The Sample Times. All rights reserved.
    """
}
