import Synchronization

/// The articles whose files were found changed when a review was made again from their `ArticleSnapshot`, noted
/// from every core.
public final class SnapshotChanges: Sendable {
  private let articles = Mutex<Set<String>>([])

  /// Creates an empty record.
  public init() {}

  /// The review `snapshot` makes now, noting its article when its files changed since the snapshot.
  public func review(_ snapshot: ArticleSnapshot) -> ArticleReview {
    let made = snapshot.made()
    if made.changed {
      let name = Article.shortName(of: Article.name(ofFile: snapshot.fileName))
      articles.withLock { _ = $0.insert(name) }
    }
    return made.review
  }

  /// The articles noted, by short name, sorted.
  public var changed: [String] { articles.withLock { $0.sorted() } }

  /// Throws when any article was noted: what was made from the snapshots is not what they held.
  public func check() throws(StorageError) {
    let changed = changed
    guard changed.isEmpty else { throw .changedWhileReading(articles: changed) }
  }
}
