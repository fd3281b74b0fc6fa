import Crypto

/// A news article: its text, metadata and the claims split from its body.
public struct Article: Sendable {
  /// The file name in the articles folder, such as `001_154fe191a45418ec.txt`.
  public let fileName: String
  /// The text, decoded as UTF-8 (invalid bytes replaced by U+FFFD).
  public let text: ArticleText
  /// The SHA-256 of the file's bytes, as 64 lowercase hex digits.
  public let sha256: String
  /// Date, headline, key points and body blocks.
  public let layout: ArticleLayout
  /// The claims the extractor found, in reading order.
  public let extracted: [ExtractedClaim]
  /// Kinds, check-worthiness, sources and the publication's caveats of the extracted claims.
  public let analysis: ArticleAnalysis
  /// Why the bytes are not clean UTF-8 text, if they are not.
  public let encodingIssue: TextEncodingIssue?

  /// Creates an article from the bytes of its file.
  public init(fileName: String, bytes: [UInt8]) {
    self.fileName = fileName
    self.sha256 = Self.sha256(of: bytes)
    let (string, issue) = TextEncodingIssue.decode(bytes)
    self.encodingIssue = issue
    self.text = ArticleText(string)
    self.layout = ArticleLayoutParser().parse(text)
    self.extracted = ClaimExtractor().claims(in: text, layout: layout)
    self.analysis = ArticleAnalysis(text: text, layout: layout, claims: extracted)
  }

  /// The file name without `.txt`: the name annotation files are stored under.
  public var name: String { Self.name(ofFile: fileName) }

  /// The short name shown in prompts: the part before the first `_` (`001`).
  public var shortName: String { Self.shortName(of: name) }

  /// The name of the article stored in `fileName`.
  public static func name(ofFile fileName: String) -> String {
    fileName.hasSuffix(".txt") ? String(fileName.dropLast(4)) : fileName
  }

  /// The short form of an article name: the part before the first `_`, if any.
  public static func shortName(of name: String) -> String {
    guard let underscore = name.firstIndex(of: "_"), underscore != name.startIndex else { return name }
    return String(name[..<underscore])
  }

  /// The lowercase hex SHA-256 of `bytes`.
  public static func sha256(of bytes: [UInt8]) -> String {
    SHA256.hash(data: bytes).map { byte in
      let hex = String(byte, radix: 16)
      return hex.count == 1 ? "0" + hex : hex
    }.joined()
  }
}
