import FactCheckCore

/// Mean average precision of check-worthiness rankings per transcript (CLEF-2019 CheckThat! Task 1).
///
/// Each transcript's sentences are ranked by score, highest first, ties kept in
/// document order; average precision is the mean of precision at the rank of
/// each sentence the fact-checkers chose; MAP is the mean over transcripts.
struct CheckWorthinessEvaluation {
  /// One transcript's sentences.
  struct Transcript {
    var name: String
    var sentences: [(text: String, positive: Bool)]
  }

  /// The transcripts of `checkworthy_en.tsv`, in file order.
  func transcripts(_ data: EvaluationData) throws -> [Transcript] {
    var transcripts: [Transcript] = []
    for line in try data.text("checkworthy_en.tsv").split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3 else { continue }
      let name = String(fields[0].split(separator: ":")[0])
      if transcripts.last?.name != name { transcripts.append(Transcript(name: name, sentences: [])) }
      transcripts[transcripts.count - 1].sentences.append((String(fields[1]), fields[2] == "1"))
    }
    return transcripts
  }

  /// The average precision of ranking `transcript` by `scores`, parallel to its sentences.
  func averagePrecision(_ transcript: Transcript, scores: [Double]) -> Double {
    let ranked = zip(transcript.sentences, scores).enumerated()
      .map { (offset: $0.offset, score: $0.element.1, positive: $0.element.0.positive) }
      .sorted { $0.score != $1.score ? $0.score > $1.score : $0.offset < $1.offset }
    var found = 0
    var total = 0.0
    for (rank, item) in ranked.enumerated() where item.positive {
      found += 1
      total += Double(found) / Double(rank + 1)
    }
    return found == 0 ? 0 : total / Double(found)
  }
}
