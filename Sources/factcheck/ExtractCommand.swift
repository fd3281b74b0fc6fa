import ArgumentParser
import FactCheckCore
import FactCheckShell
import Foundation

/// `factcheck extract FILE…`: the claims of articles, with ids, numbers and spans.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Print the claims of articles with their ids, numbers and code point spans.",
    discussion: "Spans are [start, end) offsets in Unicode code points into the file's text."
  )

  @Argument(help: ArgumentHelp("Article files to read.", valueName: "file"))
  var files: [String]

  @Flag(help: "Print JSON instead of text.")
  var json = false

  func run() throws {
    try CommandLineEdge.run {
      var documents: [JSONNode] = []
      for path in files {
        guard let data = FileManager.default.contents(atPath: path) else {
          throw WorkspaceError.unreadableArticle(path: path, reason: "no such file or not readable")
        }
        let article = Article(fileName: URL(fileURLWithPath: path).lastPathComponent, bytes: Array(data))
        if json {
          documents.append(JSONNode(ArticleJSON.extraction(of: article, path: path)))
        } else {
          print(TerminalText.sanitize(path + (article.layout.date.map { "  (\($0))" } ?? "")))
          for claim in article.extracted {
            print(
              "  \(claim.number)\t[\(claim.span.start), \(claim.span.end))\t\(claim.id)\t\(TerminalText.sanitize(claim.text))"
            )
          }
        }
      }
      if json { print(JSONWriter.document(.object(["articles": JSONNode(.array(documents))])), terminator: "") }
    }
  }
}

/// JSON renderings of articles for the command-line tools.
enum ArticleJSON {
  /// An article's metadata and extracted claims.
  static func extraction(of article: Article, path: String) -> JSONValue {
    func span(_ span: TextSpan) -> JSONNode {
      JSONNode(.object(["start": JSONNode(.number(Double(span.start))), "end": JSONNode(.number(Double(span.end)))]))
    }
    var members: [String: JSONNode] = [
      "file": JSONNode(.string(path)),
      "sha256": JSONNode(.string(article.sha256)),
      "keyPoints": JSONNode(
        .array(
          article.layout.keyPoints.map { point in
            JSONNode(
              .object(["span": span(point), "text": JSONNode(.string(ClaimExtractor.displayText(article.text[point])))])
            )
          })),
      "claims": JSONNode(
        .array(
          article.extracted.map { claim in
            var members: [String: JSONNode] = [
              "number": JSONNode(.number(Double(claim.number))),
              "id": JSONNode(.string(claim.id)),
              "span": span(claim.span),
              "text": JSONNode(.string(claim.text)),
            ]
            if let analysis = article.analysis.analysis(ofClaimAt: claim.number - 1) {
              members["kind"] = JSONNode(.string(analysis.kind.rawValue))
              members["score"] = JSONNode(.number((analysis.score * 1000).rounded() / 1000))
              if let attribution = analysis.attribution {
                var source: [String: JSONNode] = [
                  "text": JSONNode(.string(attribution.source)), "cue": JSONNode(.string(attribution.cue)),
                  "basis": JSONNode(.string(attribution.basis.rawValue)),
                ]
                if let mention = attribution.sourceSpan { source["span"] = span(mention) }
                members["source"] = JSONNode(.object(source))
              }
            }
            return JSONNode(.object(members))
          })),
      "caveats": JSONNode(
        .array(
          article.analysis.caveats.map { caveat in
            JSONNode(
              .object([
                "kind": JSONNode(.string(caveat.kind.rawValue)),
                "cue": JSONNode(.string(caveat.cue)),
                "cueSpan": span(caveat.cueSpan),
                "sentence": span(caveat.sentence),
                "covers": JSONNode(.array(caveat.covers.map { JSONNode(.string($0)) })),
              ]))
          })),
    ]
    if let date = article.layout.date { members["date"] = JSONNode(.string(date)) }
    if let headline = article.layout.headline {
      members["headline"] = JSONNode(
        .object([
          "span": span(headline),
          "text": JSONNode(.string(ClaimExtractor.displayText(article.text[headline]))),
        ]))
    }
    if let issue = article.encodingIssue { members["encodingIssue"] = JSONNode(.string(issue.description)) }
    return .object(members)
  }
}
