import ArgumentParser
import FactCheckCore
import Foundation

/// `factcheck-bench extraction`: throughput of each stage of extraction over a folder of articles, held in memory.
struct ExtractionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extraction",
    abstract: "Measure extraction throughput over the articles of a folder (read into memory first).",
    discussion: """
      Stages, each per article and cumulative: decoding (UTF-8 to code points); segmentation (decoding, layout \
      and claim spans); claim ids (segmentation and the 12-hex id of each claim: what counting progress needs); \
      claims (segmentation, and each claim's display text and id: the extraction proper, before any analysis); \
      the whole extraction (Article: SHA-256, claims with texts and ids, and the analysis: kinds, scores, sources, \
      caveats). Each on one thread and on every core (one article per task). Prints one tab-separated line per \
      measurement: stage, threads, best wall seconds of the runs, processor seconds, bytes, code points, claims.
      """
  )

  @Argument(help: "A folder of .txt articles.")
  var folder: String

  @Option(help: "Runs of each measurement; the fastest is kept.")
  var runs = 3

  @Option(help: "Measure only this stage (decoding, segmentation, claim ids, claims, whole extraction).")
  var stage: String?

  @Option(help: "Measure only on this many threads.")
  var threads: Int?

  func run() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
    let files: [[UInt8]] = try names.map { name in
      Array(try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(name)))
    }
    let bytes = files.reduce(0) { $0 + $1.count }
    let codePoints = files.reduce(0) { $0 + String(decoding: $1, as: UTF8.self).unicodeScalars.count }
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let stages: [(String, @Sendable ([UInt8]) -> Int)] = [
      ("decoding", { ArticleText(String(decoding: $0, as: UTF8.self)).count }),
      (
        "segmentation",
        { bytes in
          let text = ArticleText(String(decoding: bytes, as: UTF8.self))
          return ClaimExtractor().spans(in: text, layout: ArticleLayoutParser().parse(text)).count
        }
      ),
      ("claim ids", { ClaimExtractor().ids(ofArticleBytes: $0).count }),
      (
        "claims",
        { bytes in
          let text = ArticleText(String(decoding: bytes, as: UTF8.self))
          return ClaimExtractor().claims(in: text, layout: ArticleLayoutParser().parse(text)).count
        }
      ),
      ("whole extraction", { Article(fileName: "article.txt", bytes: $0).extracted.count }),
    ]
    for (name, body) in stages where stage == nil || stage == name {
      for threads in self.threads.map({ [$0] }) ?? Set([1, cores]).sorted() {
        var best = (wall: Double.infinity, processor: 0.0)
        var claims = 0
        for _ in 0..<runs {
          let measured = Timing.measure { claims = Self.total(files, threads: threads, body) }
          if measured.wall < best.wall { best = measured }
        }
        print(
          [name, "\(threads)", "\(best.wall)", "\(best.processor)", "\(bytes)", "\(codePoints)", "\(claims)"]
            .joined(separator: "\t"))
      }
    }
  }

  /// The sum of `body` over `files`, on `threads` threads (one file per task).
  static func total(_ files: [[UInt8]], threads: Int, _ body: @Sendable ([UInt8]) -> Int) -> Int {
    guard threads > 1 else { return files.reduce(0) { $0 + body($1) } }
    let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: files.count)
    defer { counts.deallocate() }
    nonisolated(unsafe) let slots = counts
    DispatchQueue.concurrentPerform(iterations: files.count) { index in slots[index] = body(files[index]) }
    return counts.reduce(0, +)
  }
}
