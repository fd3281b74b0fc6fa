import FactCheckCore
import Foundation

/// Hedge-cue detection at sentence level, and the verification caveats of the 20 news articles.
struct CaveatEvaluation {
  /// Precision, recall and F1 of a binary decision.
  struct Scores {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    mutating func add(predicted: Bool, actual: Bool) {
      switch (predicted, actual) {
      case (true, true): truePositives += 1
      case (true, false): falsePositives += 1
      case (false, true): falseNegatives += 1
      case (false, false): break
      }
    }
  }

  /// Scores the hedge detector against every uncertain sentence, and against those with a cue other than a
  /// condition ("if", "would"), which factcheck does not count as hedges.
  func hedges(_ data: EvaluationData) throws -> (all: Scores, withoutConditions: Scores, sentences: Int) {
    let detector = CaveatDetector()
    var all = Scores()
    var withoutConditions = Scores()
    var count = 0
    for item in try data.jsonLines("hedge_sentences_en.jsonl") {
      guard let text = item.string("text") else { continue }
      count += 1
      let predicted = detector.hasHedge(text)
      let cues = item.objects("cues")
      all.add(predicted: predicted, actual: item.bool("uncertain") == true)
      let nonConditional = cues.contains { $0.string("type") != "speculation_hypo_condition" }
      withoutConditions.add(predicted: predicted, actual: nonConditional)
    }
    return (all, withoutConditions, count)
  }

  /// For each article of `articles/MANIFEST.tsv`: whether a disclaimer holding the named phrase was detected and
  /// covers at least one claim.
  func articles(_ data: EvaluationData) throws -> [(file: String, phrase: String, found: Bool, covers: Int)] {
    var results: [(String, String, Bool, Int)] = []
    for line in try data.text("articles/MANIFEST.tsv").split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 6 else { continue }
      let bytes = Array(try Data(contentsOf: data.folder.appendingPathComponent("articles/\(fields[0])")))
      let article = Article(fileName: fields[0], bytes: bytes)
      let phrase = fields[5].lowercased()
      let match = article.analysis.caveats.first { caveat in
        caveat.kind == .disclaimer
          && ClaimExtractor.displayText(article.text[caveat.sentence]).lowercased()
            .contains(phrase)
      }
      results.append((fields[0], fields[5], match != nil, match?.covers.count ?? 0))
    }
    return results
  }
}
