import ArgumentParser
import FactCheckCore
import FactCheckShell
import Foundation

/// `factcheck-bench review`: opening an article and giving verdicts in the shell, each saved before it is shown.
struct ReviewCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "review",
    abstract: "Measure opening an article and one verdict + save in the shell (p50, p99).",
    discussion: """
      In a workspace (such as the one `corpus --long-article 1000` writes): opens the article in a fresh shell \
      several times (reading, extraction with analysis, annotations, re-anchoring), then runs verdict commands \
      one by one through the shell as a reviewer types them (`verify 17`, `dispute 403 …`), each saved \
      atomically with fsync before it returns. Also times the parts of a save on their own: encoding the \
      annotation file, and the atomic write (temporary file, fsync, rename, fsync of the folder) of the same \
      bytes. Prints tab-separated lines: measurement, samples, p50, p99, max (seconds).
      """
  )

  @Argument(help: "The workspace folder (holding seeds/).")
  var folder: String

  @Option(help: "Verdicts to time.")
  var samples = 1000

  @Option(help: "Times to open the article.")
  var opens = 10

  func run() throws {
    let root = URL(fileURLWithPath: folder)
    let workspace = try Workspace.discover(from: root)
    guard let file = try Workbench(workspace: workspace, reviewer: "bench").articleFiles().first else {
      throw ValidationError("no article in \(folder)")
    }
    var openTimes: [Double] = []
    var claims = 0
    for _ in 0..<opens {
      let shell = Self.shell(workspace)
      let started = Timing.now()
      guard shell.execute("open \(file)") else { throw ValidationError("cannot open \(file)") }
      openTimes.append(Timing.now() - started)
      claims = try shell.workbench.review(file).claims.count
    }
    report("open an article of \(claims) claims", openTimes)

    let shell = Self.shell(workspace)
    _ = shell.execute("open \(file)")
    var random = SystemRandomNumberGenerator()
    let commands = ["verify", "unverify", "dispute"]
    var verdictTimes: [Double] = []
    for sample in 0..<samples {
      let number = Int.random(in: 1...claims, using: &random)
      let line = "\(commands[sample % 3]) \(number) sample \(sample)"
      let started = Timing.now()
      guard shell.execute(line) else { throw ValidationError("'\(line)' failed") }
      verdictTimes.append(Timing.now() - started)
    }
    report("verdict + save in the shell", verdictTimes)

    let annotations = try shell.workbench.review(file).annotations
    var encodeTimes: [Double] = []
    var writeTimes: [Double] = []
    let scratch = root.appendingPathComponent("annotations/.bench-write.json")
    defer { try? FileManager.default.removeItem(at: scratch) }
    var bytes: [UInt8] = []
    for _ in 0..<min(samples, 300) {
      var started = Timing.now()
      bytes = Array(AnnotationCodec.encode(annotations).utf8)
      encodeTimes.append(Timing.now() - started)
      started = Timing.now()
      try AtomicFile.write(bytes, to: scratch)
      writeTimes.append(Timing.now() - started)
    }
    report("encode the annotation file (\(bytes.count) bytes, \(annotations.claims.count) claims)", encodeTimes)
    report("atomic write with fsync of file and folder (same bytes)", writeTimes)
  }

  private func report(_ name: String, _ samples: [Double]) {
    print(
      [
        name, "\(samples.count)", "\(Timing.median(samples))", "\(Timing.percentile(samples, 0.99))",
        "\(samples.max() ?? .nan)",
      ].joined(separator: "\t"))
  }

  private static func shell(_ workspace: Workspace) -> Shell {
    Shell(
      workbench: Workbench(workspace: workspace, reviewer: "bench"), input: ScriptLineSource(lines: []),
      output: DiscardedOutput(), configuration: ShellConfiguration())
  }
}

/// Shell output that is dropped, so that timing leaves out the terminal.
final class DiscardedOutput: ShellOutput {
  func write(_ text: String) {}
  func writeError(_ text: String) {}
}
