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

/// Reads the training transcripts, one `*.tsv` file each (see `TranscriptFile` for the two layouts).
enum TrainingData {
  /// Why the training data cannot be read.
  struct ReadError: Error, CustomStringConvertible {
    var file: String
    var line: Int
    var message: String
    var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
  }

  /// Every `*.tsv` transcript in `folder`, sorted by name, with the vocabulary of all their terms.
  static func load(_ folder: URL, labelColumn: String = TranscriptFile.defaultLabelColumn) throws
    -> ([Transcript], Vocabulary)
  {
    let raw = try TranscriptFile.load(folder, labelColumn: labelColumn).map { file in
      let rows = file.rows.map { row in
        let scalars = Array(row.sentence.unicodeScalars)
        return (
          words: SentenceWords(scalars, span: TextSpan(start: 0, end: scalars.count)), scalars: scalars,
          positive: row.positive
        )
      }
      return (name: file.name, rows: rows)
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
