import CorpusGenerator
import FactCheckCore
import Foundation
import TestSupport
import Testing

@Suite("Generated corpora and reviews")
struct CorpusWriterTests {
  let writer = CorpusWriter(seed: 7, share: 0.3)

  @Test("about the chosen share of articles is reviewed; every file is valid, schema-checked and fully anchored")
  func reviews() throws {
    let validator = try SchemaValidator(contentsOf: Repository.docs.appendingPathComponent("annotation.schema.json"))
    var reviewed = 0
    var statuses: Set<ClaimStatus> = []
    var dismissed = 0
    var conflicts = 0
    var articleCaveats = 0
    for index in 0..<200 {
      let files = writer.files(index)
      guard let first = files.first else { continue }
      reviewed += 1
      #expect(try validator.violations(of: Data(first)).isEmpty)
      let annotations = try AnnotationCodec.decode(first, file: "generated")
      let article = Article(fileName: files.article.fileName, bytes: Array(files.article.text.utf8))
      #expect(annotations.articleSHA256 == article.sha256)
      let review = ArticleReview(article: article, stored: annotations)
      #expect(review.orphans.isEmpty)
      #expect(review.anchoring.moved.isEmpty)
      #expect(review.progress.reviewed + review.progress.dismissed > 0)
      for claim in annotations.claims {
        statuses.insert(claim.review.status)
        if claim.review.dismissed { dismissed += 1 }
        if claim.review.conflict != nil { conflicts += 1 }
        articleCaveats += claim.review.caveats.filter { $0.origin == .article }.count
      }
    }
    #expect((40...80).contains(reviewed))
    #expect(statuses.isSuperset(of: ClaimStatus.verdicts))
    #expect(dismissed > 0)
    #expect(conflicts > 0)
    #expect(articleCaveats > 0)
  }

  @Test("the second revision changes some reviewed articles and reviews a few new ones, and is deterministic")
  func secondRevision() throws {
    var changed = 0
    var added = 0
    var unchanged = 0
    for index in 0..<300 {
      let files = writer.files(index)
      #expect(files.first == writer.files(index).first)
      switch (files.first, files.second) {
      case (nil, nil): continue
      case (nil, .some): added += 1
      case (.some(let first), .some(let second)):
        if first == second { unchanged += 1 } else { changed += 1 }
        let before = try AnnotationCodec.decode(first, file: "first")
        let after = try AnnotationCodec.decode(second, file: "second")
        #expect(Set(before.claims.map(\.id)).isSubset(of: Set(after.claims.map(\.id))))
      case (.some, nil): Issue.record("a review file disappeared")
      }
    }
    #expect(changed > 3)
    #expect(added > 0)
    #expect(unchanged > changed)
  }

  @Test("a corpus written with --git is a workspace with two commits of reviews; the working tree is the second")
  func gitCorpus() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("corpus-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let summary = try writer.write(count: 60, to: folder, git: true)
    #expect(summary.articles == 60)
    let seeds = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("seeds").path)
    #expect(seeds.count == 60)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent("annotations").path)
    #expect(files.count == summary.annotatedSecond)
    #expect(summary.changedFiles > 0)
    let log = GitCommand(directory: folder).run(["log", "--format=%s"])
    #expect(log?.text == "Second day of review\nFirst day of review")
    let status = GitCommand(directory: folder).run(["status", "--porcelain"])
    #expect(status?.text == "")
    let changed = GitCommand(directory: folder).run(["diff", "--name-only", "HEAD~1", "HEAD"])
    #expect(changed?.text.split(separator: "\n").count == summary.changedFiles)
    let workspace = try Workspace.discover(from: folder)
    let workbench = Workbench(workspace: workspace, reviewer: "test")
    #expect(try workbench.statuses().reduce(0) { $0 + $1.progress.reviewed } > 0)
  }

  @Test("a long article has exactly the claims asked for, every one reviewed")
  func longArticle() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("long-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let written = try writer.writeLongArticle(claims: 120, to: folder)
    #expect(written.claims == 120)
    let workbench = Workbench(workspace: try Workspace.discover(from: folder), reviewer: "test")
    let review = try workbench.review(written.fileName)
    #expect(review.claims.count == written.claims)
    #expect(review.progress.reviewed + review.progress.dismissed == review.claims.count)
    #expect(review.orphans.isEmpty)
  }
}
