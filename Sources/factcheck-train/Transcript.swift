import FactCheckCore
import Foundation

/// One labelled transcript of the training data: its sentences in order, each with the model's inputs.
struct Transcript {
  /// One sentence with what the model sees of it.
  struct Sentence {
    /// The sentence's feature values, parallel to `CheckWorthinessScorer.inputNames`.
    var inputs: [Double]
    /// The hand-set prior's logit, which the model corrects.
    var prior: Double
    /// The ids of its terms and pairs in the training vocabulary (see `Vocabulary`).
    var terms: [Int]
    /// How many terms and pairs it has in all, seen in training or not.
    var termCount: Int
    /// Whether professional fact-checkers chose it.
    var positive: Bool
    /// Whether the scorer gives it 0 whatever the model says (a stage direction, an empty line).
    var forcedZero: Bool
    /// Whether it has a digit (for the "has a digit" baseline).
    var hasDigit: Bool
  }

  /// The file name without `.tsv`.
  var name: String
  /// The sentences, in document order.
  var sentences: [Sentence]

  /// The number of sentences the fact-checkers chose.
  var positives: Int { sentences.filter(\.positive).count }
}

/// The terms seen in the training data, numbered in sorted order of their text so ids are deterministic.
struct Vocabulary {
  /// The text of each term, by id.
  private(set) var names: [String] = []
  private var ids: [UInt64: Int] = [:]

  /// Numbers every term in `terms`.
  init(_ terms: some Sequence<(key: UInt64, name: String)>) {
    var byKey: [UInt64: String] = [:]
    for term in terms { byKey[term.key] = term.name }
    let sorted = byKey.sorted { $0.value < $1.value }
    names = sorted.map(\.value)
    for (id, entry) in sorted.enumerated() { ids[entry.key] = id }
  }

  /// The id of the term with `key`.
  func id(_ key: UInt64) -> Int? { ids[key] }

  /// The number of terms.
  var count: Int { names.count }
}

/// Reads the training transcripts: `line<TAB>speaker<TAB>sentence<TAB>label` files, one per transcript.
enum TrainingData {
  /// Why the training data cannot be read.
  struct ReadError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String
    var description: String { "\(file):\(line): \(message)" }
  }

  /// Every `*.tsv` transcript in `folder`, sorted by name, with the vocabulary of all their terms.
  static func load(_ folder: URL) throws -> ([Transcript], Vocabulary) {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".tsv") }.sorted()
    var raw: [(name: String, rows: [(words: SentenceWords, scalars: [Unicode.Scalar], positive: Bool)])] = []
    for file in files {
      let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(file)), as: UTF8.self)
      var rows: [(words: SentenceWords, scalars: [Unicode.Scalar], positive: Bool)] = []
      for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
      where !line.isEmpty {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard fields.count == 4, fields[3] == "0" || fields[3] == "1" else {
          throw ReadError(file: file, line: offset + 1, message: "expected line, speaker, sentence and label 0 or 1")
        }
        let scalars = Array(String(fields[2]).unicodeScalars)
        rows.append((SentenceWords(scalars, span: TextSpan(start: 0, end: scalars.count)), scalars, fields[3] == "1"))
      }
      raw.append((String(file.dropLast(4)), rows))
    }
    let vocabulary = Vocabulary(raw.lazy.flatMap(\.rows).flatMap { LexicalTerms.named($0.words, in: $0.scalars) })
    let scorer = CheckWorthinessScorer()
    let transcripts = raw.map { transcript in
      let salience = TopicSalience(transcript.rows.map(\.words))
      let features = CheckWorthinessScorer.withContext(
        transcript.rows.indices.map { index in
          var features = scorer.features(transcript.rows[index].words)
          features.salience = salience.salience(ofSentenceAt: index)
          return features
        })
      let sentences = zip(transcript.rows, features).map { row, features in
        let keys = LexicalTerms.keys(row.words)
        return Transcript.Sentence(
          inputs: CheckWorthinessScorer.inputs(features), prior: CheckWorthinessScorer.priorLogit(features),
          terms: keys.compactMap(vocabulary.id).sorted(),
          termCount: keys.count, positive: row.positive,
          forcedZero: features.isStageDirection || features.words == 0, hasDigit: features.digits > 0)
      }
      return Transcript(name: transcript.name, sentences: sentences)
    }
    return (transcripts, vocabulary)
  }
}
