/// `quit`: leave the shell; everything is already saved.
enum QuitCommand {
  static let spec = CommandSpec(
    name: "quit", aliases: ["exit", "q"], usage: "quit",
    abstract: "Leave the shell (every change is already saved).",
    discussion: "Ctrl-D does the same. Ctrl-C only clears the line being typed.",
    group: .session
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    shell.shouldQuit = true
  }
}
