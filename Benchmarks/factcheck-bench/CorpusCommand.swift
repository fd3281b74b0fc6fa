import ArgumentParser
import CorpusGenerator
import Foundation

/// `factcheck-bench corpus`: writes a generated corpus as a workspace.
struct CorpusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "corpus",
    abstract: "Write a generated news corpus (seeds/ and annotations/) into a folder.",
    discussion: """
      The same seed always gives the same articles and reviews; the corpus of N articles is the first N of any \
      larger one. With --git the folder becomes a git repository with two commits: the first and the second day \
      of review. With --long-article, writes instead one article of that many claims, every claim reviewed.
      """
  )

  @Argument(help: "The folder to write (created; must be empty or absent).")
  var folder: String

  @Option(help: "Number of articles.")
  var articles = 100

  @Option(help: "The seed the corpus is drawn from.")
  var seed: UInt64 = 7

  @Option(help: "The share of articles with an annotation file, in [0, 1].")
  var share = 0.3

  @Flag(help: "Make the folder a git repository with the two revisions of the reviews.")
  var git = false

  @Option(name: .customLong("long-article"), help: "Write one article of this many claims instead.")
  var longArticle: Int?

  func validate() throws {
    guard articles > 0 else { throw ValidationError("--articles must be positive") }
    guard (0...1).contains(share) else { throw ValidationError("--share must be between 0 and 1") }
    if let longArticle, longArticle <= 0 { throw ValidationError("--long-article must be positive") }
  }

  func run() throws {
    let url = URL(fileURLWithPath: folder)
    if let contents = try? FileManager.default.contentsOfDirectory(atPath: url.path), !contents.isEmpty {
      throw ValidationError("\(folder) is not empty")
    }
    let writer = CorpusWriter(seed: seed, share: share)
    if let longArticle {
      let written = try writer.writeLongArticle(claims: longArticle, to: url)
      print("wrote \(written.fileName): \(written.claims) claims, all reviewed")
      return
    }
    let summary = try writer.write(count: articles, to: url, git: git)
    print(
      "wrote \(summary.articles) articles (\(summary.articleBytes) bytes); annotation files: "
        + "\(summary.annotatedFirst) at the first revision, \(summary.annotatedSecond) at the second, "
        + "\(summary.changedFiles) changed")
  }
}
