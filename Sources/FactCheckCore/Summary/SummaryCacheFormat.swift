/// The binary layout of a summary cache file.
///
/// All integers little-endian:
///
///     "FCSUMMRY"                         8 bytes
///     fingerprint                        32 bytes: `SummaryCache.fingerprint`
///     summary count                      u32
///     per summary:
///       SHA-256 of the article           32 bytes
///       flags                            u8 (bit 0: encoding issue, bit 1: has a date, bit 2: has a title)
///       date, title                      u32 length + UTF-8 each, each only with its flag
///       claim count, claims length       u32 each
///       per claim: id (u8 length + UTF-8), span start, span end, byte start, byte end (u32 each)
///     tally count                        u32
///     per tally:
///       SHA-256 of the article, of the annotation file   32 bytes each
///       total, reviewed, dismissed, conflicts, orphans, changed, then the count of each status   u32 each
///
/// Reading is all or nothing: a file cut short, with another fingerprint or anything out of place reads as no
/// cache at all, since the cache only ever saves work. Claims are checked when the file is read and decoded
/// only when asked for.
enum SummaryCacheFormat {
  static let magic = Array("FCSUMMRY".utf8)

  /// The bytes of a cache file holding `summaries` and `tallies` (in the order given) for `fingerprint`.
  static func encode(
    _ summaries: [ArticleSummary], tallies: [(key: SummaryCache.TallyKey, progress: ReviewProgress)] = [],
    fingerprint: [UInt8]
  ) -> [UInt8] {
    // Only summaries that read back as they are: a well-formed hash, ids of at most 255 bytes.
    let hashed = summaries.compactMap { summary in
      hexBytes(summary.sha256).flatMap { summary.claims.allSatisfy { $0.id.utf8.count <= 255 } ? ($0, summary) : nil }
    }
    var output = magic + fingerprint
    append(UInt32(hashed.count), to: &output)
    for (hash, summary) in hashed {
      output.append(contentsOf: hash)
      output.append((summary.hasEncodingIssue ? 1 : 0) | (summary.date == nil ? 0 : 2) | (summary.title == nil ? 0 : 4))
      if let date = summary.date { appendString(date, to: &output) }
      if let title = summary.title { appendString(title, to: &output) }
      var claims: [UInt8] = []
      for claim in summary.claims {
        claims.append(UInt8(claim.id.utf8.count))
        claims.append(contentsOf: claim.id.utf8)
        for value in [claim.span.start, claim.span.end, claim.bytes.lowerBound, claim.bytes.upperBound] {
          append(UInt32(truncatingIfNeeded: value), to: &claims)
        }
      }
      append(UInt32(summary.claimCount), to: &output)
      append(UInt32(claims.count), to: &output)
      output.append(contentsOf: claims)
    }
    let keyed = tallies.compactMap { tally in
      hexBytes(tally.key.article).flatMap { article in
        hexBytes(tally.key.annotations).map { (article + $0, tally.progress) }
      }
    }
    append(UInt32(keyed.count), to: &output)
    for (key, progress) in keyed {
      output.append(contentsOf: key)
      let counts =
        [progress.total, progress.reviewed, progress.dismissed, progress.conflicts, progress.orphans, progress.changed]
        + ClaimStatus.allCases.map(progress.count)
      for count in counts { append(UInt32(truncatingIfNeeded: count), to: &output) }
    }
    return output
  }

  /// The summaries and tallies of a cache file, or `nil` when it is not a complete cache file for `fingerprint`.
  static func decode(_ bytes: [UInt8], fingerprint: [UInt8]) -> (
    summaries: [ArticleSummary], tallies: [SummaryCache.TallyKey: ReviewProgress]
  )? {
    var reader = Reader(bytes: bytes[...])
    guard reader.take(magic.count)?.elementsEqual(magic) == true,
      reader.take(32)?.elementsEqual(fingerprint) == true, let count = reader.integer()
    else { return nil }
    var summaries: [ArticleSummary] = []
    summaries.reserveCapacity(min(count, bytes.count / 45))
    for _ in 0..<count {
      guard let hash = reader.take(32), let flags = reader.take(1)?.first else { return nil }
      var date: String?
      var title: String?
      if flags & 2 != 0 {
        guard let text = reader.string() else { return nil }
        date = text
      }
      if flags & 4 != 0 {
        guard let text = reader.string() else { return nil }
        title = text
      }
      guard let claimCount = reader.integer(), let length = reader.integer(), let claims = reader.take(length),
        walkClaims(claims, count: claimCount)
      else { return nil }
      summaries.append(
        ArticleSummary(
          sha256: hex(hash), hasEncodingIssue: flags & 1 != 0, date: date, title: title, claimCount: claimCount,
          storage: .encoded(claims)))
    }
    guard let tallyCount = reader.integer() else { return nil }
    var tallies: [SummaryCache.TallyKey: ReviewProgress] = [:]
    tallies.reserveCapacity(min(tallyCount, bytes.count / 100))
    for _ in 0..<tallyCount {
      guard let article = reader.take(32), let annotations = reader.take(32) else { return nil }
      var counts: [Int] = []
      for _ in 0..<(6 + ClaimStatus.allCases.count) {
        guard let count = reader.integer() else { return nil }
        counts.append(count)
      }
      var progress = ReviewProgress()
      (progress.total, progress.reviewed, progress.dismissed) = (counts[0], counts[1], counts[2])
      (progress.conflicts, progress.orphans, progress.changed) = (counts[3], counts[4], counts[5])
      for (status, count) in zip(ClaimStatus.allCases, counts[6...]) where count > 0 {
        progress.byStatus[status] = count
      }
      tallies[SummaryCache.TallyKey(article: hex(article), annotations: hex(annotations))] = progress
    }
    return reader.isAtEnd ? (summaries, tallies) : nil
  }

  /// The claims of a summary's claims block.
  static func decodeClaims(_ bytes: ArraySlice<UInt8>, count: Int) -> [ArticleSummary.ClaimOutline]? {
    var claims: [ArticleSummary.ClaimOutline] = []
    claims.reserveCapacity(count)
    let complete = walkClaims(bytes, count: count) { id, span, byteRange in
      claims.append(.init(id: String(decoding: id, as: UTF8.self), span: span, bytes: byteRange))
    }
    return complete ? claims : nil
  }

  /// Whether a claims block holds exactly `count` well-formed claims, passing each to `visit`.
  private static func walkClaims(
    _ bytes: ArraySlice<UInt8>, count: Int, visit: (ArraySlice<UInt8>, TextSpan, Range<Int>) -> Void = { _, _, _ in }
  ) -> Bool {
    var reader = Reader(bytes: bytes)
    for _ in 0..<count {
      guard let idLength = reader.take(1)?.first, let id = reader.take(Int(idLength)),
        let start = reader.integer(), let end = reader.integer(), start <= end,
        let byteStart = reader.integer(), let byteEnd = reader.integer(), byteStart <= byteEnd
      else { return false }
      visit(id, TextSpan(start: start, end: end), byteStart..<byteEnd)
    }
    return reader.isAtEnd
  }

  private static func append(_ value: UInt32, to output: inout [UInt8]) {
    for shift in stride(from: 0, to: 32, by: 8) { output.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
  }

  private static func appendString(_ string: String, to output: inout [UInt8]) {
    append(UInt32(string.utf8.count), to: &output)
    output.append(contentsOf: string.utf8)
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  private static func hex(_ bytes: ArraySlice<UInt8>) -> String {
    var digits: [UInt8] = []
    digits.reserveCapacity(bytes.count * 2)
    for byte in bytes {
      digits.append(hexDigits[Int(byte >> 4)])
      digits.append(hexDigits[Int(byte & 0xF)])
    }
    return String(decoding: digits, as: UTF8.self)
  }

  /// The 32 bytes of a 64-digit lowercase hex string.
  private static func hexBytes(_ hex: String) -> [UInt8]? {
    let digits = Array(hex.utf8)
    guard digits.count == 64 else { return nil }
    func value(_ digit: UInt8) -> UInt8? {
      switch digit {
      case 0x30...0x39: digit - 0x30
      case 0x61...0x66: digit - 0x61 + 10
      default: nil
      }
    }
    var bytes: [UInt8] = []
    for index in stride(from: 0, to: 64, by: 2) {
      guard let high = value(digits[index]), let low = value(digits[index + 1]) else { return nil }
      bytes.append(high << 4 | low)
    }
    return bytes
  }

  /// Reads a cache file front to back, every read bounds-checked.
  private struct Reader {
    let bytes: ArraySlice<UInt8>
    var offset: Int

    init(bytes: ArraySlice<UInt8>) {
      self.bytes = bytes
      offset = bytes.startIndex
    }

    var isAtEnd: Bool { offset == bytes.endIndex }

    mutating func take(_ count: Int) -> ArraySlice<UInt8>? {
      guard count >= 0, bytes.endIndex - offset >= count else { return nil }
      defer { offset += count }
      return bytes[offset..<offset + count]
    }

    mutating func integer() -> Int? {
      guard let slice = take(4) else { return nil }
      return slice.reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    mutating func string() -> String? {
      guard let length = integer(), let slice = take(length) else { return nil }
      return String(decoding: slice, as: UTF8.self)
    }
  }
}
