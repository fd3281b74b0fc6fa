/// A JSON-LD document with one array of published claims, in pieces made a batch of articles at a time.
///
/// The document is the one `JSONLDText.document` writes of it whole: `prefix` up to the array, the elements at
/// depth `indent`, then `suffix(count)` after it (which may say how many elements there were). Each batch of
/// articles is made and its elements written on every core, so that an archive's claims are never all held at
/// once.
struct JSONLDArrayStream {
  /// The document before the array (ending with `"key": `).
  let prefix: String
  /// The depth of the array's elements, in spaces.
  let indent: Int
  /// The document after the array, given the number of its elements.
  let suffix: (Int) -> String
  /// The encoded elements of one article, in order.
  let elements: @Sendable (ArticleReport) -> [[UInt8]]

  /// The pieces of the document, for `articles` in order.
  func chunks(of articles: ArticleReports) -> AnySequence<String> {
    let (prefix, indent, suffix, elements) = (self.prefix, self.indent, self.suffix, self.elements)
    let separator = Array(",\n".utf8) + Array(repeating: 0x20, count: indent)
    // Each pass over the sequence starts again from the first article.
    return AnySequence { () -> AnyIterator<String> in
      let batches = articles.made { _, article in elements(article) }.makeIterator()
      var remaining = Optional(batches)
      var written = 0
      return AnyIterator<String> {
        guard var batches = remaining else { return nil }
        guard let batch = batches.next() else {
          remaining = nil
          let end = written == 0 ? "[]" : "\n" + String(repeating: " ", count: indent - 2) + "]"
          return JSONLDText.escaped((written == 0 ? prefix : "") + end + suffix(written))
        }
        remaining = batches
        var output: [UInt8] = []
        for element in batch.joined() {
          if written == 0 {
            output.append(contentsOf: (prefix + "[\n").utf8)
            output.append(contentsOf: repeatElement(0x20, count: indent))
          } else {
            output.append(contentsOf: separator)
          }
          output.append(contentsOf: element)
          written += 1
        }
        return JSONLDText.escaped(String(decoding: output, as: UTF8.self))
      }
    }
  }

  /// `value` encoded as an element at depth `indent`.
  static func encoded(_ value: JSONValue, indent: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    JSONWriter.write(value, indent: indent, into: &bytes)
    return bytes
  }
}
