/// Writes a `VerificationReport` in a `ReportFormat`.
public enum ReportRenderer {
  /// The report as `format`.
  public static func render(_ report: VerificationReport, as format: ReportFormat) -> RenderedReport {
    switch format {
    case .markdown: RenderedReport(text: MarkdownReport(report: report).render(), notices: [])
    case .html: RenderedReport(text: HTMLReport(report: report).render(), notices: [])
    case .csv: RenderedReport(text: CSVReport(report: report).render(), notices: [])
    case .json: RenderedReport(text: JSONReport(report: report).render(), notices: [])
    case .claimReview: ClaimReviewReport(report: report).render()
    case .webAnnotation: WebAnnotationReport(report: report).render()
    }
  }

  /// The report as `format`, in pieces to write one after the other, made a batch of articles at a time, and what
  /// the reader of the command should be told.
  public static func stream(_ report: VerificationReport, as format: ReportFormat) -> (
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
