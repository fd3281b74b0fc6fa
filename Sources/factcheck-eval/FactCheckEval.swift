import ArgumentParser
import FactCheckCore
import Foundation

/// `factcheck-eval`: every measured figure of factcheck's analysis, beside the peers' numbers.
@main
struct FactCheckEval: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "factcheck-eval",
    abstract: "Measure segmentation, check-worthiness and caveat detection on ../shared/eval.",
    discussion: """
      Reads the evaluation files written by others (see SOURCES.md there) from --data, \
      FACTCHECK_EVAL_DATA, or the first ../shared/eval above the current directory; \
      when none is found it says so and skips.
      """
  )

  @Option(help: ArgumentHelp("The evaluation folder.", valueName: "dir"))
  var data: String?

  @Flag(help: "Also print every failing case.")
  var verbose = false

  @Option(
    help: ArgumentHelp(
      "Also measure throughput, writing the corpus used to this file (for wc -w and the pySBD script).",
      valueName: "file"))
  var speed: String?

  @Option(
    help: ArgumentHelp(
      "Score check-worthiness with this model (its text form, as factcheck-train --text-output writes it) "
        + "instead of the shipped one.", valueName: "file"))
  var model: String?

  func run() throws {
    let scoring = try chosenModel()  // One that cannot be read stops the run before anything is measured.
    guard let data = EvaluationData.locate(explicit: data) else {
      print("skipping: no evaluation data (../shared/eval not found; pass --data DIR)")
      return
    }
    print("evaluation data: \(data.folder.path)")
    print("")
    try segmentation(data)
    try checkWorthiness(data, model: scoring)
    try caveats(data)
    if let speed { try throughput(data, corpusFile: speed) }
  }

  /// The check-worthiness model to measure: `--model`'s, or the shipped one.
  private func chosenModel() throws -> CheckWorthinessModel {
    guard let model else { return .shipped }
    guard FileManager.default.fileExists(atPath: model) else { throw ValidationError("\(model): no such file") }
    guard let data = FileManager.default.contents(atPath: model), let text = String(data: data, encoding: .utf8)
    else { throw ValidationError("\(model): cannot be read as UTF-8 text") }
    do {
      return try CheckWorthinessModel(parsing: text)
    } catch let error as CheckWorthinessModel.FormatError {
      throw ValidationError("\(model):\(error.line): \(error.message)")
    }
  }

  private func throughput(_ data: EvaluationData, corpusFile: String) throws {
    let evaluation = SpeedEvaluation()
    let articles = try evaluation.articles(data, minimumBytes: 8_000_000)
    let corpus = articles.joined(separator: "\n\n")
    try corpus.write(toFile: corpusFile, atomically: true, encoding: .utf8)
    let megabytes = Double(corpus.utf8.count) / 1e6
    var rows: [(name: String, seconds: Double, output: String)] = []

    // The corpus as one text, each step on its own.
    var sentences = 0
    let segmentation = evaluation.fastest(runs: 3) {
      let text = ArticleText(corpus)
      sentences = SentenceSegmenter().plainSentenceSpans(in: text.scalars, within: text.fullSpan).count
    }
    var decoded = ArticleText("")
    let decoding = evaluation.fastest(runs: 3) { decoded = ArticleText(corpus) }
    let segmentOnly = evaluation.fastest(runs: 3) {
      _ = SentenceSegmenter().plainSentenceSpans(in: decoded.scalars, within: decoded.fullSpan)
    }
    let text = decoded
    var layout = ArticleLayout()
    let layoutTime = evaluation.fastest(runs: 3) { layout = ArticleLayoutParser().parse(text) }
    var extracted: [ExtractedClaim] = []
    let claimTime = evaluation.fastest(runs: 3) { extracted = ClaimExtractor().claims(in: text, layout: layout) }
    let idTime = evaluation.fastest(runs: 3) { _ = ClaimExtractor().ids(in: text, layout: layout) }
    let analysisTime = evaluation.fastest(runs: 3) {
      _ = ArticleAnalysis(text: text, layout: layout, claims: extracted)
    }
    rows += [
      ("segmentation (decode + plain segmenter)", segmentation, "\(sentences) sentences"),
      ("  of which decoding to code points", decoding, "\(decoded.count) code points"),
      ("  of which the segmenter", segmentOnly, "\(sentences) sentences"),
      ("article layout", layoutTime, "\(layout.blocks.count) blocks"),
      ("claims: segmenter, texts and ids", claimTime, "\(extracted.count) claims"),
      ("claim ids only (no texts)", idTime, "\(extracted.count) ids"),
      ("analysis (kinds, scores, sources, caveats)", analysisTime, "\(extracted.count) claims"),
    ]

    // Article by article, as the workbench and `status` meet them.
    var idCount = 0
    let idsPerArticle = evaluation.fastest(runs: 3) {
      idCount = 0
      for article in articles {
        let text = ArticleText(article)
        idCount += ClaimExtractor().ids(in: text, layout: ArticleLayoutParser().parse(text)).count
      }
    }
    var claimCount = 0
    let wholePerArticle = evaluation.fastest(runs: 3) {
      claimCount = 0
      for article in articles {
        let text = ArticleText(article)
        let layout = ArticleLayoutParser().parse(text)
        let claims = ClaimExtractor().claims(in: text, layout: layout)
        claimCount += ArticleAnalysis(text: text, layout: layout, claims: claims).claims.count
      }
    }
    rows += [
      ("per article: decode, layout, claim ids", idsPerArticle, "\(articles.count) articles, \(idCount) ids"),
      ("per article: the whole extraction with analysis", wholePerArticle, "\(claimCount) claims"),
    ]
    let wordCount = evaluation.command("/usr/bin/wc", ["-w", corpusFile], runs: 5)
    let concatenation = evaluation.command("/bin/cat", [corpusFile], runs: 5)
    if let wordCount { rows.append(("`wc -w` on the corpus file (C.UTF-8), processor time", wordCount, "")) }
    if let concatenation { rows.append(("`cat` of the corpus file, processor time", concatenation, "the I/O floor")) }

    print("## Throughput (\(String(format: "%.1f", megabytes)) MB corpus written to \(corpusFile))")
    print("| step | seconds | MB/s | × `wc -w` | output |")
    print("|---|---|---|---|---|")
    for (name, seconds, output) in rows {
      let ratio = wordCount.map { String(format: "%.1f", seconds / $0) } ?? "–"
      print(
        "| \(name) | \(String(format: "%.3f", seconds)) | \(String(format: "%.1f", megabytes / seconds)) | \(ratio) "
          + "| \(output) |")
    }
    print("")
  }

  private func caveats(_ data: EvaluationData) throws {
    let evaluation = CaveatEvaluation()
    if data.has("hedge_sentences_en.jsonl") {
      let (all, withoutConditions, count) = try evaluation.hedges(data)
      print("## Hedge cues, sentence level (Szeged Uncertainty Corpus, Wikipedia, \(count) sentences)")
      print("| gold standard | precision | recall | F1 |")
      print("|---|---|---|---|")
      for (name, scores) in [("every uncertain sentence", all), ("uncertain without conditionals", withoutConditions)] {
        print("| \(name) | \(format(scores.precision)) | \(format(scores.recall)) | \(format(scores.f1)) |")
      }
      print("No published sentence-level score on this corpus is comparable (see SOURCES.md).")
      print("")
    }
    if data.has("articles/MANIFEST.tsv") {
      let results = try evaluation.articles(data)
      let found = results.filter { $0.found && $0.covers > 0 }.count
      print("## Verification caveats in news articles (FNC-1 bodies)")
      print("detected and attached to claims: \(found)/\(results.count)")
      for result in results where verbose || !result.found {
        print("  \(result.file)  \(result.found ? "found" : "MISSED")  covers \(result.covers)  \"\(result.phrase)\"")
      }
      print("")
    }
  }

  private func checkWorthiness(_ data: EvaluationData, model: CheckWorthinessModel) throws {
    guard data.has("checkworthy_en.tsv") else { return print("skipping check-worthiness: no checkworthy_en.tsv\n") }
    let evaluation = CheckWorthinessEvaluation()
    let scorer = CheckWorthinessScorer(model: model)
    // The hand-set prior alone: the trained model with every weight 0.
    let prior = CheckWorthinessScorer(model: .priorOnly)
    let transcripts = try evaluation.transcripts(data)
    print("## Check-worthiness (mean average precision per transcript, CLEF-2019 CheckThat! Task 1)")
    print(
      "| transcript | sentences | chosen | factcheck | hand-set prior only | without the document's topic words "
        + "| has a digit | published best |")
    print("|---|---|---|---|---|---|---|---|")
    var columns: [[Double]] = [[], [], [], []]
    for transcript in transcripts {
      let sentences = transcript.sentences.map(\.text)
      let trained = evaluation.averagePrecision(transcript, scores: scorer.scores(ofDocument: sentences))
      let handSet = evaluation.averagePrecision(transcript, scores: prior.scores(ofDocument: sentences))
      let alone = evaluation.averagePrecision(transcript, scores: sentences.map { scorer.score($0) })
      let digit = evaluation.averagePrecision(
        transcript, scores: sentences.map { $0.contains(where: \.isNumber) ? 1 : 0 })
      for (index, value) in [trained, handSet, alone, digit].enumerated() { columns[index].append(value) }
      let chosen = transcript.sentences.filter(\.positive).count
      print(
        "| \(transcript.name) | \(transcript.sentences.count) | \(chosen) | \(format(trained)) | \(format(handSet)) "
          + "| \(format(alone)) | \(format(digit)) | – |")
    }
    let means = columns.map { $0.reduce(0, +) / Double(max(1, $0.count)) }
    print(
      "| **MAP** | | | **\(format(means[0]))** | \(format(means[1])) | \(format(means[2])) | \(format(means[3])) "
        + "| 0.166 overall, 0.250 on speeches (Copenhagen) |")
    print("")
  }

  private func format(_ value: Double) -> String {
    String(format: "%.3f", value)
  }

  private func segmentation(_ data: EvaluationData) throws {
    let evaluation = SegmentationEvaluation()
    let peers = [
      "golden_rules_en.jsonl": (47, 47),
      "pragmatic_segmenter_en_extra.jsonl": (104, 103),
      "pysbd_regression_en.jsonl": (22, 22),
    ]
    print("## Sentence segmentation (cases passed; pySBD 0.3.4 measured on this machine, clean=False)")
    print("| file | factcheck | pySBD | factcheck strict | pySBD strict |")
    print("|---|---|---|---|---|")
    for file in ["golden_rules_en.jsonl", "pragmatic_segmenter_en_extra.jsonl", "pysbd_regression_en.jsonl"]
    where data.has(file) {
      let score = try evaluation.score(data, file: file)
      let peer = peers[file] ?? (0, 0)
      print(
        "| \(file) | \(score.passed)/\(score.total) | \(peer.0)/\(score.total) | \(score.strictPassed)/\(score.total) "
          + "| \(peer.1)/\(score.total) |")
      if verbose {
        for failure in score.failures {
          print("  FAIL \(file) #\(failure.id)")
          print("    expected: \(failure.expected)")
          print("    produced: \(failure.produced)")
        }
      }
    }
    print("")
  }
}
