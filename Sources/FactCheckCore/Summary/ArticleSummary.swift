/// What listing and progress need of an article, all of it a function of the file's bytes: its hash, whether it
/// is clean text, its date and title, and where each claim lies.
///
/// Made without the analysis (kinds, scores, sources, caveats), so it costs a fraction of opening the article,
/// and kept in a `SummaryCache` under the SHA-256 of the bytes, so an unchanged article is never split twice.
public struct ArticleSummary: Sendable, Hashable {
  /// One claim: its id, its span in code points and the same span in UTF-8 bytes.
  public struct ClaimOutline: Sendable, Hashable {
    /// The claim's id, as `Article.extracted` gives it.
    public var id: String
    /// The span in code points.
    public var span: TextSpan
    /// The span in bytes of the file.
    public var bytes: Range<Int>
  }

  /// The SHA-256 of the bytes, as 64 lowercase hex digits.
  public let sha256: String
  /// Whether the bytes are not clean UTF-8 text (`TextEncodingIssue.check` finds an issue).
  public let hasEncodingIssue: Bool
  /// The publication date of the metadata line, if any.
  public let date: String?
  /// The title shown in listings: the headline, else the first claim (`Article.title` without its last resort,
  /// the file name).
  public let title: String?
  /// The number of extracted claims.
  public let claimCount: Int
  /// The claims as made, or as read from a cache file and not yet decoded.
  private let storage: ClaimStorage

  /// Claims decoded only when asked for: listing progress needs only their number, unless an annotation file
  /// changed.
  enum ClaimStorage: Sendable {
    case decoded([ClaimOutline])
    case encoded(ArraySlice<UInt8>)
  }

  /// The extracted claims, in reading order.
  public var claims: [ClaimOutline] {
    switch storage {
    case .decoded(let claims): claims
    case .encoded(let bytes): SummaryCacheFormat.decodeClaims(bytes, count: claimCount) ?? []
    }
  }

  public static func == (lhs: ArticleSummary, rhs: ArticleSummary) -> Bool {
    lhs.sha256 == rhs.sha256 && lhs.hasEncodingIssue == rhs.hasEncodingIssue && lhs.date == rhs.date
      && lhs.title == rhs.title && lhs.claimCount == rhs.claimCount && lhs.claims == rhs.claims
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(sha256)
    hasher.combine(claimCount)
  }

  /// The summary of an article file's bytes (whose SHA-256 is `sha256`), decoded as `Article` decodes them.
  public init(bytes: [UInt8], sha256: String) {
    self.sha256 = sha256
    let (string, issue) = TextEncodingIssue.decode(bytes)
    hasEncodingIssue = issue != nil
    let text = ArticleText(string)
    let layout = ArticleLayoutParser().parse(text)
    let (ids, spans) = ClaimExtractor().outline(in: text, layout: layout)
    date = layout.date
    if let headline = layout.headline {
      title = ClaimExtractor.displayText(text[headline])
    } else {
      title = spans.first.map { ClaimExtractor.displayText(text.scalars, span: $0) }
    }
    let byteRanges = Self.byteRanges(of: spans, in: text.scalars)
    claimCount = ids.count
    storage = .decoded(ids.indices.map { ClaimOutline(id: ids[$0], span: spans[$0], bytes: byteRanges[$0]) })
  }

  /// Creates a summary from its parts.
  public init(sha256: String, hasEncodingIssue: Bool, date: String?, title: String?, claims: [ClaimOutline]) {
    self.init(
      sha256: sha256, hasEncodingIssue: hasEncodingIssue, date: date, title: title, claimCount: claims.count,
      storage: .decoded(claims))
  }

  /// Creates a summary as a cache file holds it: claims still encoded (checked well-formed by the reader).
  init(
    sha256: String, hasEncodingIssue: Bool, date: String?, title: String?, claimCount: Int, storage: ClaimStorage
  ) {
    self.sha256 = sha256
    self.hasEncodingIssue = hasEncodingIssue
    self.date = date
    self.title = title
    self.claimCount = claimCount
    self.storage = storage
  }

  /// The UTF-8 byte ranges of `spans` in the text of `scalars` (one pass when the spans come in reading order).
  ///
  /// They are the ranges in the file only when the file is clean UTF-8 (`hasEncodingIssue` false): otherwise
  /// replacement characters stand for invalid bytes.
  static func byteRanges(of spans: [TextSpan], in scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    ranges.reserveCapacity(spans.count)
    var offset = 0
    var byte = 0
    func advance(to target: Int) {
      if target < offset { (offset, byte) = (0, 0) }
      while offset < target {
        byte += UTF8.width(scalars[offset])
        offset += 1
      }
    }
    for span in spans {
      advance(to: span.start)
      let start = byte
      advance(to: span.end)
      ranges.append(start..<byte)
    }
    return ranges
  }
}
