import FactCheckCore
import Foundation

/// Workbenches for report tests: over the shipped seeds and annotations (read only), or over a temporary copy.
public enum ReportWorkspace {
  /// A workbench over the shipped `seeds/` and `annotations/`; tests only read through it.
  public static func shipped() -> Workbench {
    let workspace = Workspace(
      articlesFolder: Repository.seeds, annotationsFolder: Repository.annotations, displayBase: Repository.root)
    return Workbench(workspace: workspace, reviewer: "nobody")
  }

  /// A workbench over `workspace`, stamping changes with a fixed reviewer and time.
  public static func workbench(_ workspace: TemporaryWorkspace, reviewer: String = "Ada") throws -> Workbench {
    let fixed = Date(timeIntervalSince1970: 1_767_225_600)
    return Workbench(workspace: try Workspace.discover(from: workspace.root), reviewer: reviewer, clock: { fixed })
  }

  /// The report of every article of `workbench`, rendered as `format`.
  public static func render(
    _ workbench: Workbench, _ format: ReportFormat, articles: [String] = [], options: ReportOptions = ReportOptions()
  ) throws -> RenderedReport {
    ReportRenderer.render(try workbench.report(articles: articles, options: options), as: format)
  }
}
