import ArgumentParser
import FactCheckCore
import Foundation

/// `factcheck-train`: trains the shipped check-worthiness model from the labelled transcripts in `Training/data`.
@main
struct FactCheckTrain: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factcheck-train",
    abstract: "Train the check-worthiness model on Training/data and write its weights into the sources.",
    discussion: """
      Reads every *.tsv transcript in --data (CheckThat! files: line, speaker, sentence, label 0/1; or ClaimRank \
      files with a header and one column per fact-checking organisation; see Training/SOURCES.md), \
      chooses hyperparameters by leave-one-transcript-out cross-validation (mean average precision over the \
      held-out transcripts), prints the cross-validated figures, trains on all transcripts with the chosen \
      hyperparameters and writes the weights to --output. Deterministic and offline: the same data gives \
      the same file byte for byte. It never reads the evaluation data in ../shared/eval. With --held-out DIR \
      it also scores labelled transcripts it did not train on, to measure how the model generalises.
      """
  )

  @Option(help: ArgumentHelp("The folder of training transcripts.", valueName: "dir"))
  var data = "Training/data"

  @Option(help: ArgumentHelp("The Swift file to write the model into.", valueName: "file"))
  var output = "Sources/FactCheckCore/Analysis/CheckWorthinessModelData.swift"

  @Option(
    help: ArgumentHelp(
      "In ClaimRank files, the column of the fact-checking organisation whose choices label the sentences.",
      valueName: "column"))
  var claimrankLabel = TranscriptFile.defaultLabelColumn

  @Flag(help: "Train on the sentence features only: no word or pair weights.")
  var sentenceFeaturesOnly = false

  @Option(
    help: ArgumentHelp(
      "Also score the labelled transcripts in this folder (either layout) with the trained model, as held-out data.",
      valueName: "dir"))
  var heldOut: String?

  @Option(
    help: ArgumentHelp(
      "Also write the model's plain text form to this file (for factcheck-eval --model).", valueName: "file"))
  var textOutput: String?

  @Flag(help: "Print the cross-validated MAP of every hyperparameter setting tried.")
  var verbose = false

  @Flag(help: "Cross-validate and print only; do not write the model.")
  var dryRun = false

  func run() throws {
    // Where the results go is checked first, so that a mistake there does not wait for the training.
    for path in [dryRun ? nil : output, textOutput].compactMap({ $0 }) {
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
        throw ValidationError("\(path): no such folder \(folder)")
      }
    }
    let (transcripts, vocabulary) = try TrainingData.load(URL(fileURLWithPath: data), labelColumn: claimrankLabel)
    if let empty = transcripts.first(where: { $0.positives == 0 }) {
      throw ValidationError(
        "\(empty.name): no sentence is chosen, so its average precision is undefined; leave it out of \(data)")
    }
    // Read before training, so that a mistake there does not wait for the cross-validation.
    let heldOutFiles = try heldOut.map {
      try TranscriptFile.load(URL(fileURLWithPath: $0), labelColumn: claimrankLabel)
    }
    if let heldOut, heldOutFiles?.isEmpty == true { throw ValidationError("no *.tsv transcripts in \(heldOut)") }
    guard transcripts.count >= 2 else { throw ValidationError("need at least two transcripts in \(data)") }
    print("training data: \(data)")
    print("| transcript | sentences | chosen |")
    print("|---|---|---|")
    for transcript in transcripts {
      print("| \(transcript.name) | \(transcript.sentences.count) | \(transcript.positives) |")
    }
    print("vocabulary: \(vocabulary.count) words and pairs\n")

    let trainer = Trainer(transcripts: transcripts, vocabulary: vocabulary)
    var results: [(parameters: Hyperparameters, averages: [Double])] = []
    for parameters in Self.grid() where !sentenceFeaturesOnly || !parameters.usesTerms {
      let averages = trainer.crossValidate(parameters)
      results.append((parameters, averages))
      if verbose { print(String(format: "%.4f  ", Ranking.mean(averages)) + parameters.description) }
    }
    // The best mean; the first in grid order among equals.
    let best = results.reduce(results[0]) { Ranking.mean($1.averages) > Ranking.mean($0.averages) ? $1 : $0 }
    let denseOnly = results.filter { !$0.parameters.usesTerms }
      .reduce(nil) { (found: (parameters: Hyperparameters, averages: [Double])?, next) in
        guard let found else { return next }
        return Ranking.mean(next.averages) > Ranking.mean(found.averages) ? next : found
      }
    let digits = transcripts.map { transcript in
      Ranking.averagePrecision(
        scores: transcript.sentences.map { $0.hasDigit ? 1 : 0 }, positives: transcript.sentences.map(\.positive))
    }
    // The hand-set prior alone, as the scorer gives it with every trained weight 0.
    let prior = transcripts.map { transcript in
      Ranking.averagePrecision(
        scores: transcript.sentences.map { $0.forcedZero ? 0 : 1 / (1 + exp(-$0.prior)) },
        positives: transcript.sentences.map(\.positive))
    }

    print("## Leave-one-transcript-out cross-validation (average precision of each held-out transcript)")
    print("| held out | chosen model | sentence features only | hand-set prior only | has a digit |")
    print("|---|---|---|---|---|")
    for (index, transcript) in transcripts.enumerated() {
      let dense = denseOnly.map { format($0.averages[index]) } ?? "–"
      print(
        "| \(transcript.name) | \(format(best.averages[index])) | \(dense) | \(format(prior[index])) "
          + "| \(format(digits[index])) |")
    }
    let denseMAP = denseOnly.map { format(Ranking.mean($0.averages)) } ?? "–"
    print(
      "| **MAP** | **\(format(Ranking.mean(best.averages)))** | \(denseMAP) | \(format(Ranking.mean(prior))) "
        + "| \(format(Ranking.mean(digits))) |")
    print("chosen: \(best.parameters)")
    if let denseOnly { print("best sentence-features-only setting: \(denseOnly.parameters)") }
    print("")

    let (weights, kept) = trainer.fit(best.parameters, training: Array(transcripts.indices))
    let terms = vocabulary.names.indices.filter { kept[$0] && weights.terms[$0] != 0 }
      .map { (term: vocabulary.names[$0], weight: weights.terms[$0]) }
    let model = CheckWorthinessModel(
      bias: weights.bias, inputs: weights.inputs, terms: terms, normalizesTerms: best.parameters.normalizesTerms)
    print("final model: \(terms.count) terms, trained on all \(transcripts.count) transcripts")
    let header =
      ["trained by factcheck-train on:"] + transcripts.map { "  " + $0.name }
      + ["leave-one-transcript-out MAP \(format(Ranking.mean(best.averages))) with:", "  \(best.parameters)"]
    if let heldOut, let heldOutFiles {
      score(heldOutFiles, in: heldOut, with: model, trainedOn: Set(transcripts.map(\.name)))
    }
    if let textOutput {
      try model.text(header: header).write(toFile: textOutput, atomically: true, encoding: .utf8)
      print("wrote \(textOutput)")
    }
    guard !dryRun else { return }
    try Self.source(model.text(header: header)).write(toFile: output, atomically: true, encoding: .utf8)
    print("wrote \(output)")
  }

  /// Prints the average precision of the trained model on each labelled transcript of `folder`, beside the
  /// hand-set prior's and the "has a digit" rule's, scoring each as a document the way `factcheck` does.
  private func score(
    _ files: [TranscriptFile], in folder: String, with model: CheckWorthinessModel, trainedOn names: Set<String>
  ) {
    let trained = CheckWorthinessScorer(model: model)
    let prior = CheckWorthinessScorer(model: .priorOnly)
    print("## Held-out transcripts: \(folder) (average precision)")
    print("| transcript | sentences | chosen | trained model | hand-set prior only | has a digit |")
    print("|---|---|---|---|---|---|")
    var columns: [[Double]] = [[], [], []]
    for file in files {
      guard file.rows.contains(where: \.positive) else {
        print("| \(file.name) | \(file.rows.count) | 0 | no sentence chosen: not scored | | |")
        continue
      }
      let sentences = file.rows.map(\.sentence)
      let positives = file.rows.map(\.positive)
      let digits = sentences.map { $0.unicodeScalars.contains { ("0"..."9").contains($0) } ? 1.0 : 0 }
      let values = [trained.scores(ofDocument: sentences), prior.scores(ofDocument: sentences), digits].map {
        Ranking.averagePrecision(scores: $0, positives: positives)
      }
      for index in values.indices { columns[index].append(values[index]) }
      let note = names.contains(file.name) ? " (also in the training data)" : ""
      print(
        "| \(file.name)\(note) | \(sentences.count) | \(positives.filter { $0 }.count) | "
          + values.map(format).joined(separator: " | ") + " |")
    }
    print("| **MAP** | | | " + columns.map { format(Ranking.mean($0)) }.joined(separator: " | ") + " |\n")
  }

  /// The hyperparameter settings tried, in a fixed order.
  static func grid() -> [Hyperparameters] {
    var grid: [Hyperparameters] = []
    let denseL2s = [0.001, 0.01, 0.1, 1, 100]
    let positiveWeights = [1.0, 5.0]
    for denseL2 in denseL2s {
      for positiveWeight in positiveWeights {
        grid.append(
          Hyperparameters(
            usesTerms: false, usesPairs: false, minimumTranscripts: 2, normalizesTerms: false,
            settings: .init(denseL2: denseL2, termL2: 0, positiveWeight: positiveWeight)))
      }
    }
    for usesPairs in [false, true] {
      for minimumTranscripts in [2, 3] {
        for normalizesTerms in [false, true] {
          for termL2 in [0.001, 0.003, 0.01, 0.03, 0.1] {
            for denseL2 in denseL2s {
              for positiveWeight in positiveWeights {
                grid.append(
                  Hyperparameters(
                    usesTerms: true, usesPairs: usesPairs, minimumTranscripts: minimumTranscripts,
                    normalizesTerms: normalizesTerms,
                    settings: .init(denseL2: denseL2, termL2: termL2, positiveWeight: positiveWeight)))
              }
            }
          }
        }
      }
    }
    return grid
  }

  /// The Swift source holding the model's text form.
  static func source(_ text: String) -> String {
    let body = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      .map { "    " + $0.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t") }
      .joined(separator: "\n")
    return """
      // Generated by `swift run -c release factcheck-train`; do not edit by hand.
      // The weights of the shipped check-worthiness model (see CheckWorthinessModel and Training/SOURCES.md).

      extension CheckWorthinessModel {
        /// The shipped model in its text form.
        static let shippedText = \"\"\"
      \(body)
          \"\"\"
      }

      """
  }

  private func format(_ value: Double) -> String {
    String(format: "%.3f", value)
  }
}
