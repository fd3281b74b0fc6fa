import FactCheckCore

/// The plain-text rendering of an annotation file that git shows in diffs (`factcheck textconv`).
///
/// One line per stored claim, in the file's (reading) order, so that a changed
/// verdict shows in `git diff` and `git log -p` as one removed and one added
/// line. A claim is named by its id and the start of its quote: both come from
/// the file alone and never change when the splitter numbers claims differently.
/// Every part a reviewer writes is shown in full, so no change is hidden.
public enum AnnotationTextconv {
  /// The characters of a claim's quote shown before it is cut with `…`.
  public static let quoteLength = 60

  /// The lines of `annotations`, ending in a newline.
  public static func render(_ annotations: ArticleAnnotations) -> String {
    var lines = ["article \(clean(annotations.articleFile))"]
    if annotations.articleSHA256 == AnnotationMerge.mixedAnchorsSHA256 {
      lines.append("sha256 (merged from two versions of the article; checked again when opened)")
    } else {
      lines.append("sha256 \(annotations.articleSHA256)")
    }
    let idWidth = max(12, annotations.claims.map(\.id.count).max() ?? 0)
    for claim in annotations.claims { lines.append(line(claim, idWidth: idWidth)) }
    return lines.joined(separator: "\n") + "\n"
  }

  /// A file that cannot be read as annotations: a warning line, then the bytes as they are.
  public static func renderUnreadable(_ bytes: [UInt8], error: any Error) -> String {
    var text = "factcheck: not a valid annotation file (\(clean(ErrorMessage.describe(error)))); shown as it is\n"
    text += String(decoding: bytes, as: UTF8.self)
    if !text.hasSuffix("\n") { text += "\n" }
    return text
  }

  /// One claim: id, verdict, quote, then whatever the review holds.
  static func line(_ claim: ClaimAnnotation, idWidth: Int) -> String {
    let review = claim.review
    let verdict = review.dismissed ? "dismissed" : review.status.rawValue
    var text =
      "claim " + pad(claim.id, idWidth) + "  " + pad(verdict, 10) + "  \"" + shortQuote(claim.anchor.quote)
      + "\""
    text += details(review)
    if claim.origin == .added { text += "  [added by a reviewer]" }
    if let conflict = review.conflict {
      text += "  CONFLICT theirs: " + summary(conflict.theirs)
      for other in conflict.others { text += "; also: " + summary(other) }
      if let base = conflict.base { text += "; base: " + (base.dismissed ? "dismissed" : base.status.rawValue) }
    }
    if !review.reviewer.isEmpty || review.updated != nil {
      text += "  — " + [clean(review.reviewer), review.updated ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
    }
    return text
  }

  /// Note, caveats, evidence and a kept verdict of a dismissed claim, each labelled.
  private static func details(_ review: Review) -> String {
    var text = ""
    if review.dismissed, review.status != .unreviewed { text += "  verdict: \(review.status.rawValue)" }
    if !review.note.isEmpty { text += "  note: " + clean(review.note) }
    if !review.caveats.isEmpty {
      text +=
        "  caveats: "
        + review.caveats.map { ($0.origin == .article ? "[publication] " : "") + clean($0.text) }.joined(
          separator: "; ")
    }
    if !review.evidence.isEmpty { text += "  evidence: " + review.evidence.map(clean).joined(separator: "; ") }
    return text
  }

  /// A competing review in a conflict: verdict, what it holds, and who gave it.
  private static func summary(_ review: Review) -> String {
    var text = review.dismissed ? "dismissed" : review.status.rawValue
    text += details(review)
    if !review.reviewer.isEmpty { text += " (by \(clean(review.reviewer)))" }
    return text
  }

  /// The start of `quote` on one line, cut at a word with `…` when longer than `quoteLength`.
  public static func shortQuote(_ quote: String) -> String {
    let text = clean(quote)
    guard text.count > quoteLength else { return text }
    var cut = String(text.prefix(quoteLength))
    if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > quoteLength / 2 {
      cut = String(cut[..<space])
    }
    return cut + "…"
  }

  /// `text` on one line: white space collapsed, control characters made visible.
  private static func clean(_ text: String) -> String {
    TerminalText.sanitize(ClaimExtractor.displayText(text))
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
