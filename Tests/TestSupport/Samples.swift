import FactCheckCore

/// Small model values for tests.
public enum Samples {
  /// A claim annotation anchored at `start..<end` with `quote`.
  public static func claim(
    _ id: String, start: Int = 0, quote: String = "A claim.", status: ClaimStatus = .verified, note: String = "",
    updated: String = "2026-01-01T00:00:00Z", reviewer: String = "Ada"
  ) -> ClaimAnnotation {
    ClaimAnnotation(
      id: id, origin: .extracted,
      anchor: ClaimAnchor(
        span: TextSpan(start: start, end: start + quote.unicodeScalars.count), quote: quote, prefix: "", suffix: ""),
      review: Review(status: status, note: note, reviewer: reviewer, updated: updated))
  }

  /// An annotation set for `file` holding `claims`.
  public static func annotations(_ claims: [ClaimAnnotation], file: String = "a.txt") -> ArticleAnnotations {
    ArticleAnnotations(articleFile: file, articleSHA256: String(repeating: "0", count: 64), claims: claims)
  }
}
