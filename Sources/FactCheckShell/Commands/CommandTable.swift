/// Every shell command, in the order `help` lists them.
public enum CommandTable {
  /// All commands.
  public static let all: [CommandSpec] = [
    HelpCommand.spec, ArticlesCommand.spec, OpenCommand.spec, ClaimsCommand.spec, ShowCommand.spec,
    NextCommand.spec, SourcesCommand.spec, FindCommand.spec, CorpusCommands.related, CorpusCommands.figures,
    CorpusCommands.contradictions, ReportCommand.spec, ProgressCommand.spec, ConflictCommands.conflicts,
    OrphansCommand.spec,
    VerdictCommands.verify, VerdictCommands.unverify, VerdictCommands.dispute, VerdictCommands.mark,
    ConflictCommands.resolve,
    AnnotateCommands.note, AnnotateCommands.caveat, AnnotateCommands.evidence,
    ClaimSetCommands.add, ClaimSetCommands.dismiss, ClaimSetCommands.restore,
    HistoryCommands.undo, HistoryCommands.redo, QuitCommand.spec,
  ]

  private static let byName: [String: CommandSpec] = {
    var table: [String: CommandSpec] = [:]
    for spec in all {
      for name in spec.names {
        precondition(table[name] == nil, "command name '\(name)' used twice")
        table[name] = spec
      }
    }
    return table
  }()

  /// The command named `name` (or aliased so), case-insensitively.
  public static func lookup(_ name: String) -> CommandSpec? {
    byName[name] ?? byName[name.lowercased()]
  }

  /// The usage line of command `name`.
  public static func usage(of name: String) -> String {
    lookup(name)?.usage ?? name
  }
}
