/// The formats a verification report is written in.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
  /// Markdown: a summary, then a table of claims per article.
  case markdown = "md"
  /// One self-contained HTML page: each article's text with its claims highlighted, and a side column.
  case html
  /// Comma-separated values (RFC 4180), one row per claim.
  case csv
  /// The annotation model with article metadata, analysis and links, as JSON.
  case json
  /// schema.org `ClaimReview` objects as JSON-LD, one per reviewed claim.
  case claimReview = "claimreview"
  /// W3C Web Annotations as JSON-LD, one per reviewed claim.
  case webAnnotation = "webannotation"

  /// The format named `name` (`md`, `markdown`, `html`, `csv`, `json`, `claimreview`, `webannotation`).
  public init?(name: String) {
    let lowered = name.lowercased()
    if let format = ReportFormat(rawValue: lowered) {
      self = format
      return
    }
    switch lowered {
    case "markdown": self = .markdown
    case "htm": self = .html
    case "claim-review", "schema.org": self = .claimReview
    case "web-annotation", "w3c", "annotation": self = .webAnnotation
    default: return nil
    }
  }

  /// The names accepted, as listed in help and completion.
  public static var names: [String] { allCases.map(\.rawValue) }

  /// Why `name`'s extension cannot choose a format on its own, when it cannot: `.jsonld` is either JSON-LD export.
  public static func ambiguity(ofFileName name: String) -> String? {
    guard name.lowercased().hasSuffix(".jsonld") else { return nil }
    return "a .jsonld file can hold either JSON-LD export: add --format claimreview or --format webannotation"
  }

  /// The format a file name implies by its extension, when only one format uses it.
  public static func implied(byFileName name: String) -> ReportFormat? {
    let lowered = name.lowercased()
    if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") { return .markdown }
    if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") { return .html }
    if lowered.hasSuffix(".csv") { return .csv }
    if lowered.hasSuffix(".json") { return .json }
    return nil
  }
}
