import FactCheckCore
import Foundation

/// Hyperparameters of the check-worthiness model, chosen by leave-one-transcript-out cross-validation.
struct Hyperparameters: Hashable, CustomStringConvertible {
  /// Whether word and pair terms are used at all.
  var usesTerms: Bool
  /// Whether pairs of words are used besides single words.
  var usesPairs: Bool
  /// A term is kept only if it occurs in at least this many training transcripts.
  var minimumTranscripts: Int
  /// Whether term values are 1 / √(number of terms) rather than 1.
  var normalizesTerms: Bool
  /// The regression settings.
  var settings: LogisticRegression.Settings

  var description: String {
    guard usesTerms else {
      return "sentence features only, dense L2 \(settings.denseL2), positive weight \(settings.positiveWeight)"
    }
    return "\(usesPairs ? "words and pairs" : "words") in ≥\(minimumTranscripts) transcripts, "
      + "\(normalizesTerms ? "normalised" : "binary"), dense L2 \(settings.denseL2), "
      + "term L2 \(settings.termL2), positive weight \(settings.positiveWeight)"
  }
}

/// Trains and evaluates models on transcripts.
struct Trainer {
  let transcripts: [Transcript]
  let vocabulary: Vocabulary
  /// Whether each term id is a pair of words.
  let isPair: [Bool]

  init(transcripts: [Transcript], vocabulary: Vocabulary) {
    self.transcripts = transcripts
    self.vocabulary = vocabulary
    self.isPair = vocabulary.names.map { $0.contains(" ") }
  }

  /// The term ids kept when training on `training` (indices into `transcripts`).
  func keptTerms(_ parameters: Hyperparameters, training: [Int]) -> [Bool] {
    var kept = [Bool](repeating: false, count: vocabulary.count)
    guard parameters.usesTerms else { return kept }
    var seenIn = [Int](repeating: 0, count: vocabulary.count)
    for index in training {
      var seen = Set<Int>()
      for sentence in transcripts[index].sentences { seen.formUnion(sentence.terms) }
      for id in seen { seenIn[id] += 1 }
    }
    for id in kept.indices {
      kept[id] = seenIn[id] >= parameters.minimumTranscripts && (parameters.usesPairs || !isPair[id])
    }
    return kept
  }

  /// Fits a model on the transcripts at `training`.
  func fit(_ parameters: Hyperparameters, training: [Int]) -> (weights: LogisticRegression.Weights, kept: [Bool]) {
    let kept = keptTerms(parameters, training: training)
    var examples: [LogisticRegression.Example] = []
    for index in training {
      for sentence in transcripts[index].sentences where !sentence.forcedZero {
        examples.append(example(sentence, parameters: parameters, kept: kept))
      }
    }
    let regression = LogisticRegression(
      examples: examples, inputCount: CheckWorthinessScorer.inputNames.count, termCount: vocabulary.count,
      settings: parameters.settings)
    return (regression.fit(), kept)
  }

  private func example(_ sentence: Transcript.Sentence, parameters: Hyperparameters, kept: [Bool])
    -> LogisticRegression.Example
  {
    LogisticRegression.Example(
      offset: sentence.prior, inputs: sentence.inputs, terms: sentence.terms.filter { kept[$0] },
      termValue: termValue(sentence, parameters), label: sentence.positive ? 1 : 0,
      weight: sentence.positive ? parameters.settings.positiveWeight : 1)
  }

  private func termValue(_ sentence: Transcript.Sentence, _ parameters: Hyperparameters) -> Double {
    parameters.normalizesTerms && sentence.termCount > 0 ? 1 / Double(sentence.termCount).squareRoot() : 1
  }

  /// The scores of a transcript's sentences under fitted weights (0 where the scorer forces 0).
  func scores(
    _ transcript: Transcript, weights: LogisticRegression.Weights, kept: [Bool], _ parameters: Hyperparameters
  )
    -> [Double]
  {
    transcript.sentences.map { sentence in
      guard !sentence.forcedZero else { return 0 }
      let z = weights.logit(
        offset: sentence.prior, sentence.inputs, terms: sentence.terms.filter { kept[$0] },
        termValue: termValue(sentence, parameters))
      return 1 / (1 + exp(-z))
    }
  }

  /// Average precision per held-out transcript, training on all the others each time.
  func crossValidate(_ parameters: Hyperparameters) -> [Double] {
    transcripts.indices.map { held in
      let training = transcripts.indices.filter { $0 != held }
      let (weights, kept) = fit(parameters, training: training)
      return Ranking.averagePrecision(
        scores: scores(transcripts[held], weights: weights, kept: kept, parameters),
        positives: transcripts[held].sentences.map(\.positive))
    }
  }
}

/// Ranking metrics.
enum Ranking {
  /// Average precision of ranking by `scores`, highest first, ties in document order (as `factcheck-eval` does).
  static func averagePrecision(scores: [Double], positives: [Bool]) -> Double {
    let order = scores.indices.sorted { scores[$0] != scores[$1] ? scores[$0] > scores[$1] : $0 < $1 }
    var found = 0
    var total = 0.0
    for (rank, index) in order.enumerated() where positives[index] {
      found += 1
      total += Double(found) / Double(rank + 1)
    }
    return found == 0 ? 0 : total / Double(found)
  }

  /// The mean of `values`.
  static func mean(_ values: [Double]) -> Double {
    values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
  }
}
