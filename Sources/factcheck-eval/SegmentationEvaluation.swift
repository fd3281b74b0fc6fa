import FactCheckCore

/// Scores the sentence segmenter on the Golden Rules and the other segmentation specs.
///
/// pySBD's method: each produced sentence is trimmed, and a case passes when
/// the list equals the expected list exactly. Cases whose expected output is not
/// a substring of the input (`output_is_substring_of_input: false`) expect a text
/// cleaner to rewrite the input; neither factcheck nor pySBD (run with
/// `clean=False`) rewrites text, so for those cases white space runs are
/// collapsed to one space in both the produced and the expected sentences. The
/// strict score, without that, is reported too. `doc_type` is ignored for both
/// tools (pySBD refuses `doc_type="pdf"` without cleaning).
struct SegmentationEvaluation {
  /// One file's result.
  struct Score {
    var file: String
    var passed: Int
    var strictPassed: Int
    var total: Int
    var failures: [(id: String, expected: [String], produced: [String])]
  }

  let segmenter = SentenceSegmenter()

  /// Scores one JSON-lines file of cases.
  func score(_ data: EvaluationData, file: String) throws -> Score {
    var score = Score(file: file, passed: 0, strictPassed: 0, total: 0, failures: [])
    for item in try data.jsonLines(file) {
      guard let text = item.string("text") else { continue }
      let expected = item.strings("sentences").map(trim)
      let produced = segmenter.sentences(of: text).map(trim)
      score.total += 1
      let strict = produced == expected
      let cleaned = item.bool("output_is_substring_of_input") == false
      let passed = strict || (cleaned && produced.map(collapse) == expected.map(collapse))
      if strict { score.strictPassed += 1 }
      if passed {
        score.passed += 1
      } else {
        score.failures.append((String(item.int("id") ?? 0), expected, produced))
      }
    }
    return score
  }

  private func trim(_ text: String) -> String {
    String(
      text.unicodeScalars.drop(while: \.properties.isWhitespace).reversed().drop(while: \.properties.isWhitespace)
        .reversed().map(Character.init))
  }

  private func collapse(_ text: String) -> String {
    ClaimExtractor.displayText(text)
  }
}
