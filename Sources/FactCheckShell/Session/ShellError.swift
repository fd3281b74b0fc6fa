/// A command line the shell cannot carry out.
public enum ShellError: Error, Sendable, Hashable {
  /// The first word is not a command.
  case unknownCommand(String, suggestion: String?)
  /// The arguments do not fit the command; `argument` is 1-based when one is at fault.
  case usage(command: String, message: String, argument: Int?)
  /// The command needs an open article.
  case noArticleOpen
  /// A quotation was opened and not closed.
  case unterminatedQuote(column: Int)
  /// A backslash ended the line.
  case danglingEscape(column: Int)
}

extension ShellError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      "unknown command '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        + " (type 'help' for a list)"
    case .usage(let command, let message, let argument):
      (argument.map { "argument \($0): " } ?? "") + message + " (usage: \(CommandTable.usage(of: command)))"
    case .noArticleOpen:
      "no article open (type 'open <article>'; 'articles' lists them)"
    case .unterminatedQuote(let column):
      "unterminated quote starting at column \(column)"
    case .danglingEscape(let column):
      "backslash at the end of the line (column \(column))"
    }
  }
}
