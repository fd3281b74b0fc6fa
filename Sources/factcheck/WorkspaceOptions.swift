import ArgumentParser
import FactCheckCore
import Foundation

/// The options that choose a workspace, shared by every subcommand.
struct WorkspaceOptions: ParsableArguments {
  @Option(
    name: .long, help: ArgumentHelp("The folder of .txt articles (default: the nearest seeds/).", valueName: "dir"))
  var articles: String?

  @Option(
    name: .long,
    help: ArgumentHelp("The folder of annotation files (default: annotations/ beside the articles).", valueName: "dir"))
  var annotations: String?

  /// The workspace these options name, found from the current directory.
  func workspace() throws -> Workspace {
    let directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    return try Workspace.discover(from: directory, articles: articles, annotations: annotations)
  }

  /// A workbench over the workspace, stamping changes with the reviewer's name and the time.
  func workbench() throws -> Workbench {
    let workspace = try workspace()
    let environment = ProcessInfo.processInfo.environment
    let reviewer = ReviewerIdentity.resolve(environment: environment, directory: workspace.articlesFolder)
    let workbench = Workbench(workspace: workspace, reviewer: reviewer, clock: Self.clock(environment: environment))
    if let folder = Self.cacheFolder(environment: environment) {
      workbench.summaries = SummaryCache(
        file: SummaryCache.file(forArticlesFolder: workspace.articlesFolder, in: folder))
    }
    return workbench
  }

  /// Where summaries of articles are cached between runs: `$XDG_CACHE_HOME/factcheck`, or
  /// `~/.cache/factcheck`; `nil` (no cache file) when neither is known.
  static func cacheFolder(environment: [String: String]) -> URL? {
    if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") {
      return URL(fileURLWithPath: cache).appendingPathComponent("factcheck")
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return URL(fileURLWithPath: home).appendingPathComponent(".cache/factcheck")
  }

  /// The wall clock, or the fixed time in `SOURCE_DATE_EPOCH` for reproducible runs.
  static func clock(environment: [String: String]) -> @Sendable () -> Date {
    if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
      let fixed = Date(timeIntervalSince1970: epoch)
      return { fixed }
    }
    return { Date() }
  }
}
