import FactCheckCore
import Foundation

/// Throughput of segmentation and of the whole extraction, on a corpus built from the evaluation texts.
struct SpeedEvaluation {
  /// The corpus's articles: every segmentation case and news article, repeated until they hold at least
  /// `minimumBytes`.
  func articles(_ data: EvaluationData, minimumBytes: Int) throws -> [String] {
    var pieces: [String] = []
    for file in ["golden_rules_en.jsonl", "pragmatic_segmenter_en_extra.jsonl", "pysbd_regression_en.jsonl"]
    where data.has(file) {
      pieces += try data.jsonLines(file).compactMap { $0.string("text") }
    }
    if data.has("articles/MANIFEST.tsv") {
      for name in (1...20).map({ String(format: "articles/%03d.txt", $0) }) where data.has(name) {
        pieces.append(try data.text(name))
      }
    }
    guard pieces.contains(where: { !$0.isEmpty }) else { return [] }
    var articles: [String] = []
    var bytes = 0
    while bytes < minimumBytes {
      for piece in pieces {
        articles.append(piece)
        bytes += piece.utf8.count + 2
      }
    }
    return articles
  }

  /// Seconds taken by the fastest of `runs` calls of `body`.
  func fastest(runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
      let start = DispatchTime.now().uptimeNanoseconds
      body()
      best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    return best
  }

  /// The processor time (user and system) of the fastest of `runs` runs of a command, or `nil` if it cannot run.
  ///
  /// Its output is discarded. Processor time leaves out the cost of starting the process.
  func command(_ path: String, _ arguments: [String], runs: Int) -> Double? {
    guard FileManager.default.isExecutableFile(atPath: path) else { return nil }
    var best = Double.infinity
    for _ in 0..<runs {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: path)
      process.arguments = arguments
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      var environment = ProcessInfo.processInfo.environment
      environment["LC_ALL"] = "C.UTF-8"
      process.environment = environment
      let before = childTime()
      do { try process.run() } catch { return nil }
      process.waitUntilExit()
      guard process.terminationStatus == 0 else { return nil }
      best = min(best, childTime() - before)
    }
    return best
  }

  /// User and system time of the finished child processes so far, in seconds.
  private func childTime() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    #else
      getrusage(RUSAGE_CHILDREN, &usage)
    #endif
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
