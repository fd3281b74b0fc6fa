import FactCheckCore

/// `verify`, `unverify`, `dispute` and `mark`: give a claim its verdict.
enum VerdictCommands {
  static let verify = shortcut(
    .verified, name: "verify", aliases: ["v"], abstract: "Mark a claim verified, with an optional note.")
  static let unverify = shortcut(
    .unverified, name: "unverify", aliases: ["u"],
    abstract: "Mark a claim unverified (could not be confirmed), with an optional note.")
  static let dispute = shortcut(
    .disputed, name: "dispute", aliases: ["d"],
    abstract: "Mark a claim disputed (contradicted, or sources disagree), with an optional note.")

  static let mark = CommandSpec(
    name: "mark", aliases: ["m"], usage: "mark [n] <status> [note…]",
    abstract: "Give a claim any status, unreviewed included, with an optional note.",
    discussion: "Statuses: unreviewed, verified, unverified, disputed (a unique prefix is enough).\n"
      + "Example: 'mark 4 unreviewed' takes a verdict back.",
    group: .verdicts, arguments: [.claimNumber, .status, .text]
  ) { shell, invocation in
    let number = try shell.claimNumber(invocation)
    let status = try invocation.status(at: 0)
    try apply(
      status, number: number, note: invocation.text(from: 1), shell: shell, summary: "mark \(number) \(status.rawValue)"
    )
  }

  private static func shortcut(
    _ status: ClaimStatus, name: String, aliases: [String], abstract: String
  ) -> CommandSpec {
    CommandSpec(
      name: name, aliases: aliases, usage: "\(name) [n] [note…]", abstract: abstract,
      discussion: "Without a number, applies to the current claim. A note replaces the claim's note; "
        + "without one the note is kept.\nExample: '\(name) 3 matches the MoD statement'.",
      group: .verdicts, arguments: [.claimNumber, .text]
    ) { shell, invocation in
      let number = try shell.claimNumber(invocation)
      try apply(status, number: number, note: invocation.text(), shell: shell, summary: "\(name) \(number)")
    }
  }

  private static func apply(_ status: ClaimStatus, number: Int, note: String, shell: Shell, summary: String) throws {
    let file = try shell.requireArticle()
    let (claim, outcome) = try shell.workbench.giveVerdict(status, note: note, to: number, in: file, summary: summary)
    shell.currentClaim[file] = claim.number
    ClaimSetCommands.confirm(claim, shell: shell)
    shell.reportSave(outcome, file: file)
  }
}
