import FactCheckCore
import Foundation

/// Writes a generated corpus to disk as a factcheck workspace: `seeds/` with the articles and
/// `annotations/` with the reviews, optionally as a git repository with the two revisions of the reviews
/// as two commits.
public struct CorpusWriter: Sendable {
  /// What went wrong writing a corpus.
  public struct Failure: Error, CustomStringConvertible {
    /// What failed, for the user.
    public var description: String
  }

  /// What was written.
  public struct Summary: Sendable {
    /// Articles written.
    public var articles = 0
    /// Bytes of article text written.
    public var articleBytes = 0
    /// Annotation files at the first revision.
    public var annotatedFirst = 0
    /// Annotation files at the second (current) revision.
    public var annotatedSecond = 0
    /// Annotation files that differ between the two revisions.
    public var changedFiles = 0
  }

  /// The articles.
  public let articles: ArticleWriter
  /// The reviews.
  public let reviews: ReviewWriter

  /// Creates a writer for the corpus of `seed`, with `share` of the articles reviewed.
  public init(seed: UInt64, share: Double = 0.3) {
    articles = ArticleWriter(seed: seed)
    reviews = ReviewWriter(seed: seed, share: share)
  }

  /// The files of article `index`: its text and its annotation files' bytes at both revisions (`nil`: no file).
  public func files(_ index: Int) -> (article: GeneratedArticle, first: [UInt8]?, second: [UInt8]?) {
    let generated = articles.article(index)
    let bytes = Array(generated.text.utf8)
    let article = Article(fileName: generated.fileName, bytes: bytes)
    let first = reviews.firstRevision(of: article, index: index)
    let second = reviews.secondRevision(of: article, index: index, first: first)
    return (generated, first.map(Self.encode), second.map(Self.encode))
  }

  /// Writes `count` articles and their reviews into `folder` (`seeds/`, `annotations/`); with `git`, commits the
  /// first revision of the reviews, then the second.
  public func write(count: Int, to folder: URL, git: Bool) throws -> Summary {
    let seeds = folder.appendingPathComponent("seeds")
    let annotations = folder.appendingPathComponent("annotations")
    for directory in [seeds, annotations] {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }
    let generated = Self.inParallel(count) { files($0) }
    var summary = Summary()
    for (article, first, _) in generated {
      try Data(article.text.utf8).write(to: seeds.appendingPathComponent(article.fileName))
      summary.articles += 1
      summary.articleBytes += article.text.utf8.count
      if let first {
        try Data(first).write(to: Self.annotationURL(article, in: annotations))
        summary.annotatedFirst += 1
      }
    }
    if git {
      try Self.git(["init", "-q", "-b", "main"], in: folder, day: 0)
      try Self.git(["add", "-A"], in: folder, day: 0)
      try Self.git(["commit", "-q", "-m", "First day of review"], in: folder, day: 0)
    }
    for (article, first, second) in generated {
      let url = Self.annotationURL(article, in: annotations)
      if let second {
        summary.annotatedSecond += 1
        if second != first { try Data(second).write(to: url) }
      } else if first != nil {
        try FileManager.default.removeItem(at: url)
      }
      if first != second { summary.changedFiles += 1 }
    }
    if git {
      try Self.git(["add", "-A"], in: folder, day: 1)
      try Self.git(["commit", "-q", "-m", "Second day of review"], in: folder, day: 1)
    }
    return summary
  }

  /// Writes one long article into `folder/seeds` in which the extractor finds `claims` claims (a few more if the
  /// text cannot end there), with every claim reviewed in `folder/annotations`; returns its file name and claim
  /// count.
  public func writeLongArticle(claims target: Int, to folder: URL) throws -> (fileName: String, claims: Int) {
    let seeds = folder.appendingPathComponent("seeds")
    let annotations = folder.appendingPathComponent("annotations")
    for directory in [seeds, annotations] {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }
    var paragraphs = max(1, target / 2)
    var generated = articles.longArticle(0, paragraphs: paragraphs)
    var count = ClaimExtractor().ids(ofArticleBytes: Array(generated.text.utf8)).count
    // Claims grow with paragraphs: step towards the target, then take the first count at or above it.
    while count < target {
      paragraphs += max(1, (target - count) / 3)
      generated = articles.longArticle(0, paragraphs: paragraphs)
      count = ClaimExtractor().ids(ofArticleBytes: Array(generated.text.utf8)).count
    }
    while paragraphs > 1 {
      let shorter = articles.longArticle(0, paragraphs: paragraphs - 1)
      let shorterCount = ClaimExtractor().ids(ofArticleBytes: Array(shorter.text.utf8)).count
      guard shorterCount >= target else { break }
      (generated, count, paragraphs) = (shorter, shorterCount, paragraphs - 1)
    }
    if count > target {
      // End the article after the claim that makes the count, when the extractor then finds exactly that many.
      let text = ArticleText(generated.text)
      let claims = ClaimExtractor().claims(in: text, layout: ArticleLayoutParser().parse(text))
      let cut = text[TextSpan(start: 0, end: claims[target - 1].span.end)] + "\n"
      if ClaimExtractor().ids(ofArticleBytes: Array(cut.utf8)).count == target {
        (generated.text, count) = (cut, target)
      }
    }
    let bytes = Array(generated.text.utf8)
    try Data(bytes).write(to: seeds.appendingPathComponent(generated.fileName))
    let article = Article(fileName: generated.fileName, bytes: bytes)
    // Every claim reviewed, not the share the corpus uses: the largest file an article of this size can have.
    if let all = reviews.completeReview(of: article) {
      try Data(Self.encode(all)).write(to: Self.annotationURL(generated, in: annotations))
    }
    return (generated.fileName, count)
  }

  /// The bytes of an annotation file, as the workbench writes them.
  static func encode(_ annotations: ArticleAnnotations) -> [UInt8] {
    Array(AnnotationCodec.encode(annotations).utf8)
  }

  private static func annotationURL(_ article: GeneratedArticle, in folder: URL) -> URL {
    folder.appendingPathComponent(Article.name(ofFile: article.fileName) + ".json")
  }

  /// `body(0..<count)` computed on every core, in order.
  static func inParallel<Value: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Value) -> [Value] {
    let results = ResultSlots<Value>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in results.set(index, body(index)) }
    return results.values
  }

  /// Runs git in `folder` with a fixed author and date (day `day` of the review), so that commits are reproducible.
  private static func git(_ arguments: [String], in folder: URL, day: Int) throws {
    let date = "2024-03-0\(4 + day)T18:00:00Z"
    let environment = [
      "GIT_AUTHOR_NAME": "factcheck corpus", "GIT_AUTHOR_EMAIL": "corpus@localhost", "GIT_AUTHOR_DATE": date,
      "GIT_COMMITTER_NAME": "factcheck corpus", "GIT_COMMITTER_EMAIL": "corpus@localhost",
      "GIT_COMMITTER_DATE": date, "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null",
    ]
    guard let output = GitCommand(directory: folder, environment: environment).run(arguments) else {
      throw Failure(description: "git is not available")
    }
    guard output.status == 0 else {
      throw Failure(description: "git \(arguments.first ?? ""): \(output.stderr)")
    }
  }
}

/// Slots filled from several threads, each index by exactly one.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) {
    storage = Array(repeating: nil, count: count)
  }

  func set(_ index: Int, _ value: Value) {
    lock.lock()
    storage[index] = value
    lock.unlock()
  }

  var values: [Value] {
    lock.lock()
    defer { lock.unlock() }
    return storage.compactMap { $0 }
  }
}
