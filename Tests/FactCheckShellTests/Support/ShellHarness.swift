import FactCheckCore
import FactCheckShell
import Foundation
import TestSupport

/// A shell over a temporary copy of the seeds, fed lines, recording what it writes.
final class ShellHarness {
  let workspace: TemporaryWorkspace
  let shell: Shell
  let output = BufferedOutput()
  private let input: QueueLineSource

  /// Creates a shell for `reviewer`; `interactive` and `color` set its presentation.
  ///
  /// `;` separates commands (as with `factcheck -c`) unless `separatesCommands` is false.
  init(
    interactive: Bool = false, color: Bool = false, width: Int? = nil, workspace: TemporaryWorkspace? = nil,
    separatesCommands: Bool = true, reviewer: String = "Ada"
  ) throws {
    self.workspace = try workspace ?? TemporaryWorkspace()
    let fixed = Date(timeIntervalSince1970: 1_767_225_600)
    let bench = Workbench(
      workspace: try Workspace.discover(from: self.workspace.root), reviewer: reviewer, clock: { fixed })
    input = QueueLineSource()
    let configuration = ShellConfiguration(
      color: color, width: { width }, interactive: interactive, separatesCommands: separatesCommands)
    shell = Shell(workbench: bench, input: input, output: output, configuration: configuration)
  }

  /// Runs `lines` as a session; returns the exit status.
  @discardableResult
  func run(_ lines: [String]) -> Int32 {
    input.lines.append(contentsOf: lines)
    return shell.run()
  }

  /// Runs one line and returns what it wrote to standard output (and clears the buffers).
  func line(_ text: String) -> String {
    let before = output.standard.count
    shell.execute(text)
    return String(output.standard.dropFirst(before))
  }

  /// The standard output so far.
  var standard: String { output.standard }
  /// The error output so far.
  var errors: String { output.error }

  /// The decoded annotation file of `name`, if present.
  func annotations(_ name: String) throws -> ArticleAnnotations? {
    guard let text = workspace.read("annotations/\(name).json") else { return nil }
    return try AnnotationCodec.decode(Array(text.utf8), file: name)
  }
}

/// Lines queued by a test.
final class QueueLineSource: LineSource {
  var lines: [String] = []
  private(set) var prompts: [String] = []

  func readLine(prompt: String) -> String? {
    prompts.append(prompt)
    return lines.isEmpty ? nil : lines.removeFirst()
  }
}
