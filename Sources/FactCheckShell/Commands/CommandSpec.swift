/// One shell command, described as data.
///
/// Help, completion and dispatch all read this description; nothing about a
/// command is written down twice.
public struct CommandSpec: Sendable {
  /// How related commands are grouped in `help`.
  public enum Group: String, Sendable, CaseIterable {
    case navigation = "Reading"
    case corpus = "Across articles, and reports"
    case verdicts = "Verdicts"
    case annotation = "Notes, caveats and evidence"
    case session = "Session"
  }

  /// The primary name.
  public let name: String
  /// Other names that run the same command.
  public let aliases: [String]
  /// The synopsis, such as `verify <n> [note…]`.
  public let usage: String
  /// One line on what the command does.
  public let abstract: String
  /// Longer help: details and examples.
  public let discussion: String
  /// The group the command is listed under in `help`.
  public let group: Group
  /// The kinds of the positional arguments; a final `.text` takes the rest of the line.
  public let arguments: [ArgumentKind]
  /// Options (`--status`, `-o`) and the kind of value each takes (`.flag`: none).
  public let options: [String: ArgumentKind]
  /// Whether the last positional argument may be repeated (`report 001 002`).
  public let repeatsLastArgument: Bool
  /// Runs the command.
  let run: @Sendable (Shell, Invocation) throws -> Void

  /// Creates a command description.
  init(
    name: String, aliases: [String] = [], usage: String, abstract: String, discussion: String = "",
    group: Group, arguments: [ArgumentKind] = [], options: [String: ArgumentKind] = [:],
    repeatsLastArgument: Bool = false, run: @escaping @Sendable (Shell, Invocation) throws -> Void
  ) {
    self.name = name
    self.aliases = aliases
    self.usage = usage
    self.abstract = abstract
    self.discussion = discussion
    self.group = group
    self.arguments = arguments
    self.options = options
    self.repeatsLastArgument = repeatsLastArgument
    self.run = run
  }

  /// Every name the command answers to.
  public var names: [String] { [name] + aliases }

  /// The kind of the positional argument at `index` (0-based), or `nil` past the last.
  public func argumentKind(at index: Int) -> ArgumentKind? {
    if index < arguments.count { return arguments[index] }
    return arguments.last == .text || repeatsLastArgument ? arguments.last : nil
  }
}
