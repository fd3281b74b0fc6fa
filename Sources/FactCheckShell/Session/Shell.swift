import FactCheckCore

/// The interactive review shell: reads command lines, runs them, reports.
///
/// Input comes from an injected `LineSource` and output goes to an injected
/// `ShellOutput`, so a whole session runs the same under readline, from a
/// script or in a test. The shell never exits on an error.
public final class Shell {
  /// The review state.
  public let workbench: Workbench
  /// Presentation settings.
  public let configuration: ShellConfiguration
  /// The open article's file name, if any.
  public internal(set) var openArticle: String?

  let input: LineSource
  let output: ShellOutput
  let style: Style
  /// Wraps to the terminal's width at the time of asking.
  var wrapper: TextWrapper { TextWrapper(width: configuration.width()) }
  /// The claim last shown or changed, per article file, for `next` and for commands without a number.
  var currentClaim: [String: Int] = [:]
  var shouldQuit = false
  /// Whether the shell has said that changes are credited to `ReviewerIdentity.fallback`.
  private var noticedAnonymous = false

  /// Creates a shell.
  public init(workbench: Workbench, input: LineSource, output: ShellOutput, configuration: ShellConfiguration) {
    self.workbench = workbench
    self.input = input
    self.output = output
    self.configuration = configuration
    self.style = Style(enabled: configuration.color)
  }

  /// Reads and runs lines until `quit` or end of input; returns the exit status.
  ///
  /// The status is 1 when a line failed in a script, 0 otherwise.
  public func run() -> Int32 {
    if configuration.interactive { printBanner() }
    var lineNumber = 0
    var failed = false
    while !shouldQuit, let line = input.readLine(prompt: prompt) {
      lineNumber += 1
      if !execute(line, lineNumber: lineNumber) { failed = true }
    }
    if configuration.interactive, !shouldQuit { print("") }
    return failed && !configuration.interactive ? 1 : 0
  }

  /// Runs one line; returns whether it succeeded.
  ///
  /// A line whose first non-blank character is `#` is a comment. With
  /// `separatesCommands` (as for `factcheck -c`), `;` outside quotes separates
  /// commands, each numbered in error messages.
  @discardableResult
  public func execute(_ line: String, lineNumber: Int? = nil) -> Bool {
    if line.drop(while: { $0 == " " || $0 == "\t" }).hasPrefix("#") { return true }
    guard configuration.separatesCommands else { return run(line, place: lineNumber) }
    let commands: [String]
    do {
      commands = try CommandLineTokenizer.commands(line)
    } catch {
      report(error, place: lineNumber)
      return false
    }
    var succeeded = true
    for (offset, command) in commands.enumerated() where !shouldQuit {
      if !run(command, place: configuration.errorPlaceLabel == "command" ? offset + 1 : lineNumber) {
        succeeded = false
      }
    }
    return succeeded
  }

  /// Runs one command; reports its error, if any.
  private func run(_ line: String, place: Int?) -> Bool {
    noticeDiskChanges()
    do {
      guard let (word, end) = try CommandLineTokenizer.nextWord(in: line, from: line.startIndex) else { return true }
      guard let spec = CommandTable.lookup(word.text) else {
        throw ShellError.unknownCommand(
          word.text, suggestion: Suggestion.closest(to: word.text, among: CommandTable.all.flatMap(\.names)))
      }
      do {
        try spec.run(self, try Invocation(spec: spec, line: line, from: end))
        noticeAnonymousChanges()
      } catch {
        if !configuration.interactive, spec.name == "open" {
          // A script whose `open` failed must not go on changing the previously open article.
          openArticle = nil
        }
        throw error
      }
      return true
    } catch {
      report(error, place: place)
      return false
    }
  }

  /// Says once, after the first change saved, that changes are credited to no one in particular.
  private func noticeAnonymousChanges() {
    guard !noticedAnonymous, workbench.reviewer == ReviewerIdentity.fallback, workbench.history.undoCount > 0 else {
      return
    }
    noticedAnonymous = true
    notice(
      "no reviewer name was found, so changes are credited to '\(ReviewerIdentity.fallback)': "
        + "set FACTCHECK_REVIEWER or git config user.name")
  }

  /// The prompt: the open article and its progress, such as `001 [3/17]> `.
  public var prompt: String {
    guard let file = openArticle, let review = try? workbench.review(file) else { return "factcheck> " }
    let progress = review.progress
    let flag = review.readOnly == nil ? "" : " read-only"
    return "\(TerminalText.sanitize(review.article.shortName)) [\(progress.reviewed)/\(progress.total)]\(flag)> "
  }

  private func printBanner() {
    let count = (try? workbench.articleFiles().count) ?? 0
    let folder = workbench.workspace.display(workbench.workspace.articlesFolder)
    print(
      wrapper.wrap(
        "factcheck — \(count) article\(count == 1 ? "" : "s") in \(TerminalText.sanitize(folder))/, reviewing as "
          + "\(TerminalText.sanitize(workbench.reviewer)). Type 'help' for commands, 'next' to start."))
  }

  // MARK: - Output for commands

  /// Writes a line of output.
  func print(_ text: String) {
    output.write(text + "\n")
  }

  /// Writes a notice (not an error) to the diagnostic stream.
  func notice(_ text: String) {
    output.writeError(style.yellow("note: ") + text + "\n")
  }

  /// Writes `error` as a one-line diagnostic, naming the script line when there is one.
  func report(_ error: any Error, place: Int?) {
    var text = style.red("error: ")
    if let place, !configuration.interactive { text += "\(configuration.errorPlaceLabel) \(place): " }
    text += TerminalText.sanitize(ErrorMessage.describe(error))
    output.writeError(text + "\n")
  }

  // MARK: - State for commands

  /// The open article's file name, or an error when none is open.
  func requireArticle() throws(ShellError) -> String {
    guard let openArticle else { throw .noArticleOpen }
    return openArticle
  }

  /// The open article's review.
  func requireReview() throws -> ArticleReview {
    try workbench.review(try requireArticle())
  }

  /// The claim number an invocation names, or else the current claim.
  func claimNumber(_ invocation: Invocation) throws -> Int {
    if let number = invocation.claimNumber { return number }
    let file = try requireArticle()
    guard let current = currentClaim[file] else {
      // With no current claim, a first word that is not a number was meant as one ("verify abc").
      let message =
        if let first = invocation.arguments.first, !first.quoted, !first.text.isEmpty,
          first.text.unicodeScalars.count <= 12, !first.text.contains(" ")
        {
          "'\(first.text)' is not a claim number, and there is no current claim"
        } else {
          "missing claim number: there is no current claim (see 'next')"
        }
      throw ShellError.usage(command: invocation.command, message: message, argument: 1)
    }
    return current
  }

  /// Reports what a save did beyond writing: merged changes made elsewhere.
  func reportSave(_ outcome: SaveOutcome, file: String) {
    guard outcome.mergedExternalChanges else { return }
    let name = TerminalText.sanitize(Article.name(ofFile: file))
    if outcome.conflicts.isEmpty {
      notice("\(name)'s annotations changed on disk; merged those changes with yours")
    } else {
      notice(
        "\(name)'s annotations changed on disk; merged, with \(outcome.conflicts.count) conflicting "
          + "claim\(outcome.conflicts.count == 1 ? "" : "s") kept both ways (see 'conflicts')")
    }
  }
}
