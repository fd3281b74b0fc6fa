/// How the shell presents itself: colour, width and whether a person is typing.
public struct ShellConfiguration: Sendable {
  /// Whether to use ANSI colour (only on a terminal, never with `NO_COLOR`).
  public var color: Bool
  /// The terminal width to wrap long text to, asked before each command; `nil` means do not wrap.
  public var width: @Sendable () -> Int?
  /// Whether a person is typing at a terminal (prompts, banner, Ctrl-C).
  public var interactive: Bool
  /// How errors name their place: `line` for scripts on stdin, `command` for `-c`.
  public var errorPlaceLabel: String
  /// Whether `;` separates commands on a line (for `-c`); otherwise a line is one command.
  public var separatesCommands: Bool

  /// Creates a configuration.
  public init(
    color: Bool = false, width: @escaping @Sendable () -> Int? = { nil }, interactive: Bool = false,
    errorPlaceLabel: String = "line", separatesCommands: Bool = false
  ) {
    self.separatesCommands = separatesCommands
    self.color = color
    self.width = width
    self.interactive = interactive
    self.errorPlaceLabel = errorPlaceLabel
  }
}
