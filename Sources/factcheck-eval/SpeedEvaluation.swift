import FactCheckCore
import Foundation

/// Throughput of segmentation and of the whole extraction, on a corpus built from the evaluation texts.
struct SpeedEvaluation {
  /// The corpus: every segmentation case and news article, repeated until it holds at least `minimumBytes`.
  func corpus(_ data: EvaluationData, minimumBytes: Int) throws -> String {
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
    let unit = pieces.joined(separator: "\n\n")
    guard !unit.isEmpty else { return "" }
    var text = unit
    while text.utf8.count < minimumBytes { text += "\n\n" + unit }
    return text
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
}
