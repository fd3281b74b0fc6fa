/// The differences between two sets of annotation files, per article and per claim.
///
/// Claims are matched by id. Where a side's articles can be read, claims are
/// numbered as the shell numbers them, and a claim whose text is no longer in
/// the newer article is reported as orphaned.
public enum AnnotationDiff {
  /// What changed in one article's annotations.
  public struct ArticleChanges: Sendable, Hashable {
    /// The article's name (its file name without `.txt`).
    public var name: String
    /// The article's file name.
    public var articleFile: String
    /// The claims that changed, in reading order of the newer version.
    public var claims: [ClaimDiff]
    /// Why a side's file could not be compared, if it could not.
    public var problems: [String]

    /// How many claims changed in each way.
    public var stat: Stat { Stat(claims) }
  }

  /// Counts of changes, for `--stat`.
  public struct Stat: Sendable, Hashable {
    /// Claims stored in both versions whose review changed.
    public var changed = 0
    /// Claims stored only in the newer version.
    public var added = 0
    /// Claims stored only in the older version.
    public var removed = 0
    /// Claims dismissed as not claims.
    public var dismissed = 0
    /// Dismissals taken back.
    public var restored = 0
    /// Claims whose text is no longer in the article.
    public var orphaned = 0
    /// Claims put in conflict.
    public var conflicts = 0
    /// Conflicts resolved.
    public var resolved = 0

    /// Creates an empty count.
    public init() {}

    /// The counts of `claims`.
    ///
    /// Each claim counts once, under the first that applies: dismissed, restored,
    /// put in conflict, conflict resolved, added, removed, changed. Orphaned
    /// claims are counted besides, since their review need not have changed.
    public init(_ claims: [ClaimDiff]) {
      for claim in claims {
        if claim.orphaned { orphaned += 1 }
        if claim.dismissed {
          dismissed += 1
        } else if claim.restored {
          restored += 1
        } else if claim.conflicted {
          conflicts += 1
        } else if claim.resolved {
          resolved += 1
        } else if claim.kind == .added {
          added += 1
        } else if claim.kind == .removed {
          removed += 1
        } else if !claim.fields.isEmpty {
          changed += 1
        }
      }
    }

    /// The sum of two counts.
    public static func + (lhs: Stat, rhs: Stat) -> Stat {
      var sum = lhs
      sum.changed += rhs.changed
      sum.added += rhs.added
      sum.removed += rhs.removed
      sum.dismissed += rhs.dismissed
      sum.restored += rhs.restored
      sum.orphaned += rhs.orphaned
      sum.conflicts += rhs.conflicts
      sum.resolved += rhs.resolved
      return sum
    }
  }

  /// The articles whose annotations differ between `old` and `new`, sorted by name.
  public static func compare(_ old: AnnotationSnapshot, _ new: AnnotationSnapshot) -> [ArticleChanges] {
    let names = Set(old.names).union(new.names).sorted()
    let articleFiles = names.map { name in
      new.files[name]?.articleFile ?? old.files[name]?.articleFile ?? name + ".txt"
    }
    let oldTexts = old.articleBytes(articleFiles)
    let newTexts = new.articleBytes(articleFiles)
    var articles: [ArticleChanges] = []
    for (name, articleFile) in zip(names, articleFiles) {
      var problems: [String] = []
      if let error = old.unreadable[name] { problems.append("cannot read \(error)") }
      if let error = new.unreadable[name] { problems.append("cannot read \(error)") }
      let before = old.files[name]
      let after = new.files[name]
      guard problems.isEmpty else {
        articles.append(ArticleChanges(name: name, articleFile: articleFile, claims: [], problems: problems))
        continue
      }
      if before == after, oldTexts[articleFile] == newTexts[articleFile] { continue }
      let oldReview = oldTexts[articleFile].map {
        ArticleReview(article: Article(fileName: articleFile, bytes: $0), stored: before)
      }
      let newReview = newTexts[articleFile].map {
        ArticleReview(article: Article(fileName: articleFile, bytes: $0), stored: after)
      }
      let claims = compareClaims(before: before, after: after, oldReview: oldReview, newReview: newReview)
      if !claims.isEmpty {
        articles.append(ArticleChanges(name: name, articleFile: articleFile, claims: claims, problems: []))
      }
    }
    return articles
  }

  private static func compareClaims(
    before: ArticleAnnotations?, after: ArticleAnnotations?, oldReview: ArticleReview?, newReview: ArticleReview?
  ) -> [ClaimDiff] {
    let oldOrphans = Set(oldReview?.orphans.map(\.id) ?? [])
    let newOrphans = Set(newReview?.orphans.map(\.id) ?? [])
    var ids = Set(before?.claims.map(\.id) ?? [])
    ids.formUnion(after?.claims.map(\.id) ?? [])
    var claims: [ClaimDiff] = []
    for id in ids {
      let old = before?[id]
      let new = after?[id]
      let orphaned = new != nil && newOrphans.contains(id) && oldReview != nil && !oldOrphans.contains(id)
      let found = new != nil && old != nil && oldOrphans.contains(id) && newReview != nil && !newOrphans.contains(id)
      guard var diff = ClaimDiff.compare(before: old, after: new, orphaned: orphaned, found: found) else { continue }
      diff.number = newReview?.claim(id: id)?.number
      diff.numberBefore = oldReview?.claim(id: id)?.number
      claims.append(diff)
    }
    return claims.sorted { lhs, rhs in
      let left = lhs.number ?? lhs.numberBefore ?? Int.max
      let right = rhs.number ?? rhs.numberBefore ?? Int.max
      if left != right { return left < right }
      return lhs.id < rhs.id
    }
  }
}
