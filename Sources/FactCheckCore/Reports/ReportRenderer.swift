/// Writes a `VerificationReport` in a `ReportFormat`.
public enum ReportRenderer {
  /// The report as `format`: its pieces (`stream`) joined.
  public static func render(_ report: VerificationReport, as format: ReportFormat) -> RenderedReport {
    let (chunks, notices) = stream(report, as: format)
    return RenderedReport(text: chunks.joined(), notices: notices)
  }

  /// The report as `format`, in pieces to write one after the other, made a batch of articles at a time, and what
  /// the reader of the command should be told.
  public static func stream(_ report: VerificationReport, as format: ReportFormat) -> (
    chunks: AnySequence<String>, notices: [String]
  ) {
    let (chunks, notices) = chunks(report, as: format)
    return (chunks, unreadable(report) + notices)
  }

  /// A notice for each article whose annotation file could not be read: its reviews are missing from the report.
  static func unreadable(_ report: VerificationReport) -> [String] {
    report.articles.overviews.compactMap { article in
      article.unreadableAnnotations.map { reason in
        "\(reason): the report shows none of the reviews of \(article.shortName) (repair the file, then report again)"
      }
    }
  }

  private static func chunks(_ report: VerificationReport, as format: ReportFormat) -> (
    chunks: AnySequence<String>, notices: [String]
  ) {
    switch format {
    case .html: return (HTMLReport(report: report).chunks(), [])
    case .markdown: return (MarkdownReport(report: report).chunks(), [])
    case .csv: return (CSVReport(report: report).chunks(), [])
    case .json: return (JSONReport(report: report).chunks(), [])
    case .claimReview:
      return (ClaimReviewReport(report: report).chunks(), ReportExport.notices(report, format: "ClaimReview"))
    case .webAnnotation:
      return (WebAnnotationReport(report: report).chunks(), ReportExport.notices(report, format: "Web Annotation"))
    }
  }
}
