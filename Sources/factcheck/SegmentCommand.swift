import ArgumentParser
import FactCheckCore
import Foundation

/// `factcheck segment [FILE|-]`: the sentences of a text, one per line or as JSON with code point spans.
struct SegmentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "segment",
    abstract: "Split a text into sentences: one per line, or JSON with code point spans.",
    discussion: """
      By default the text is read as a news article, as claims are split: a headline, KEY POINTS \
      bullets, a dateline such as "(CNN) —", lines that continue a sentence across a line break, \
      captions, photo credits, embedded posts and copyright lines are recognised, and each sentence \
      is listed with the role of its block. With --plain, every line break ends a sentence unless \
      the line was soft-wrapped (it ends in a space and the next starts in lowercase), which is how \
      the segmentation benchmarks are scored. Spans are [start, end) offsets in Unicode code points.
      """
  )

  @Argument(help: ArgumentHelp("The file to read; - or nothing reads standard input.", valueName: "file"))
  var file: String?

  @Flag(help: "Print JSON with spans instead of one sentence per line.")
  var json = false

  @Flag(help: "Treat the text as plain text, not as a news article.")
  var plain = false

  func run() throws {
    try CommandLineEdge.run {
      let bytes = try InputFile.read(file)
      let article = Article(fileName: file ?? "-", bytes: bytes)
      var sentences: [(span: TextSpan, role: String)] = []
      if plain {
        let text = article.text
        sentences = SentenceSegmenter().plainSentenceSpans(in: text.scalars, within: text.fullSpan).map { ($0, "text") }
      } else {
        let segmenter = SentenceSegmenter()
        let layout = article.layout
        if let headline = layout.headline { sentences.append((headline, "headline")) }
        for point in layout.keyPoints { sentences.append((point, "key-point")) }
        for (index, block) in layout.blocks.enumerated() {
          let role = layout.role(ofBlockAt: index).rawValue
          for span in segmenter.sentenceSpans(in: article.text.scalars, within: block) {
            sentences.append((span, role))
          }
        }
      }
      if json {
        let items = sentences.map { sentence in
          JSONNode(
            .object([
              "start": JSONNode(.number(Double(sentence.span.start))),
              "end": JSONNode(.number(Double(sentence.span.end))),
              "role": JSONNode(.string(sentence.role)),
              "text": JSONNode(.string(article.text[sentence.span])),
            ]))
        }
        print(JSONWriter.document(.object(["sentences": JSONNode(.array(items))])), terminator: "")
      } else {
        for sentence in sentences { print(ClaimExtractor.displayText(article.text[sentence.span])) }
      }
    }
  }
}

/// Reads a named file, or standard input for `-` or no name.
enum InputFile {
  /// The bytes of `path`, or of standard input.
  static func read(_ path: String?) throws -> [UInt8] {
    guard let path, path != "-" else { return Console.readInput() }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw WorkspaceError.unreadableArticle(path: path, reason: "no such file or not readable")
    }
    return Array(data)
  }
}
