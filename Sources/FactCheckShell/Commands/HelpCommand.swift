import FactCheckCore

/// `help [command]`: the command list, or one command's details.
enum HelpCommand {
  static let spec = CommandSpec(
    name: "help", aliases: ["?"], usage: "help [command]",
    abstract: "List the commands, or explain one.",
    discussion: "Commands that take a claim number use the current claim (the one last shown) when it is left out.",
    group: .session, arguments: [.command]
  ) { shell, invocation in
    try invocation.expectAtMost(1)
    if let name = invocation.arguments.first?.text {
      guard let command = CommandTable.lookup(name) else {
        throw ShellError.unknownCommand(
          name, suggestion: Suggestion.closest(to: name, among: CommandTable.all.flatMap(\.names)))
      }
      shell.print(shell.style.bold("usage: ") + command.usage)
      shell.print("")
      shell.print(shell.wrapper.wrap(command.abstract))
      if !command.discussion.isEmpty {
        shell.print("")
        for paragraph in command.discussion.split(separator: "\n", omittingEmptySubsequences: false) {
          shell.print(shell.wrapper.wrap(String(paragraph)))
        }
      }
      if !command.aliases.isEmpty {
        shell.print("")
        shell.print("aliases: " + command.aliases.joined(separator: ", "))
      }
      return
    }
    let column = CommandTable.all.map(\.usage.count).max() ?? 0
    for group in CommandSpec.Group.allCases {
      shell.print(shell.style.bold(group.rawValue))
      for command in CommandTable.all where command.group == group {
        let usage = command.usage + String(repeating: " ", count: column - command.usage.count)
        shell.print(
          "  " + usage + "  " + shell.wrapper.wrap(command.abstract, indent: column + 4, firstLineUsed: column + 4))
      }
    }
    shell.print("")
    shell.print("Type 'help <command>' for details. Tab completes commands, articles, claim numbers and statuses.")
  }
}
