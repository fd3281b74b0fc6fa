import FactCheckCore

/// Articles written for the tests, independent of the seeds and of how the splitter numbers claims.
public enum Fixtures {
  /// The file name of `budget`.
  public static let budgetFile = "001_budget.txt"

  /// Four plain sentences, each a claim under any reasonable splitter.
  public static let budget = """
    The ministry said the budget grew by 4% in 2025. Critics said spending on schools fell by 12 million euros. \
    The report was published on Monday by the national audit office.

    The minister resigned on Friday after two years in office.

    """

  /// A short news article in three paragraphs, with a dateline and a repeated caption.
  public static let article = """
    12 March 2024

    Harbour town opens new flood barrier

    The council said the barrier cost 41 million euros and took three years to build. \
    Engineers expect it to protect 12,000 homes from storm surges.
    Photo: the barrier at high tide.

    Residents welcomed the project, although some complained about the noise during construction. \
    The mayor claimed that insurance premiums would fall by a fifth within two years. \
    Independent experts could not confirm that figure.
    Photo: the barrier at high tide.

    A similar barrier in a neighbouring town failed twice in its first winter, according to local reports. \
    The council did not say whether the designs were related.

    """

  /// The span of the first occurrence of `quote` in `text`, in code points.
  public static func span(of quote: String, in text: String, occurrence: Int = 1) -> TextSpan? {
    let scalars = Array(text.unicodeScalars)
    let needle = Array(quote.unicodeScalars)
    guard !needle.isEmpty, needle.count <= scalars.count else { return nil }
    var seen = 0
    for start in 0...(scalars.count - needle.count) where scalars[start..<start + needle.count].elementsEqual(needle) {
      seen += 1
      if seen == occurrence { return TextSpan(start: start, end: start + needle.count) }
    }
    return nil
  }

  /// A reviewed claim anchored at `quote` in `text` (its `occurrence`-th appearance).
  public static func claim(
    _ id: String, quoting quote: String, in text: String, occurrence: Int = 1, status: ClaimStatus = .verified,
    note: String = ""
  ) -> ClaimAnnotation? {
    guard let span = span(of: quote, in: text, occurrence: occurrence) else { return nil }
    return ClaimAnnotation(
      id: id, origin: .extracted, anchor: ClaimAnchor(span: span, in: ArticleText(text)),
      review: Review(status: status, note: note, reviewer: "Ada", updated: "2026-01-01T00:00:00Z"))
  }

  /// The article built from `text`.
  public static func article(_ text: String, file: String = "001_fixture.txt") -> Article {
    Article(fileName: file, bytes: Array(text.utf8))
  }
}
