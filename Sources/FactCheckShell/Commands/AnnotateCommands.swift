import FactCheckCore

/// `note`, `caveat` and `evidence`: what a reviewer writes beside a verdict.
enum AnnotateCommands {
  static let note = CommandSpec(
    name: "note", usage: "note [n] <text>",
    abstract: "Set a claim's note (replacing the old one); 'note n \"\"' clears it.",
    group: .annotation, arguments: [.claimNumber, .text]
  ) { shell, invocation in
    let number = try shell.claimNumber(invocation)
    guard invocation.hasText() else {
      throw ShellError.usage(command: "note", message: "missing text", argument: invocation.claimNumber == nil ? 1 : 2)
    }
    let text = invocation.text()
    try change(number, shell: shell, summary: "note \(number)") { $0.note = text }
  }

  static let caveat = listCommand(
    name: "caveat", keyPath: \.caveats, what: "caveat",
    abstract: "Add a reviewer's caveat to a claim, or remove one with --remove K.",
    discussion: "Example: 'caveat 5 figures come from one side of the conflict only'.\n"
      + "The publication's own caveats are detected from the article and shown with the claim.",
    make: { Caveat(text: $0, origin: .reviewer) })

  static let evidence = listCommand(
    name: "evidence", keyPath: \.evidence, what: "evidence",
    abstract: "Add evidence (a URL or a reference) to a claim, or remove an item with --remove K.",
    discussion: "Example: 'evidence 5 https://www.mil.gov.ua/news/2022/03/02/'.",
    make: { $0 })

  private static func listCommand<Item: Equatable & Sendable>(
    name: String, keyPath: WritableKeyPath<Review, [Item]> & Sendable, what: String, abstract: String,
    discussion: String, make: @escaping @Sendable (String) -> Item
  ) -> CommandSpec {
    CommandSpec(
      name: name, usage: "\(name) [n] <text> | \(name) [n] --remove K", abstract: abstract, discussion: discussion,
      group: .annotation, arguments: [.claimNumber, .text], options: ["--remove": .text]
    ) { shell, invocation in
      let number = try shell.claimNumber(invocation)
      if let removal = invocation.options["--remove"] {
        try invocation.expectAtMost(0)
        guard let index = Int(removal), index > 0 else {
          throw ShellError.usage(
            command: name, message: "--remove takes the number of the \(what) to remove", argument: nil)
        }
        let review = try shell.requireReview()
        let count = review.claim(number: number)?.review[keyPath: keyPath].count ?? 0
        guard index <= count else {
          throw ShellError.usage(
            command: name, message: "claim \(number) has \(count) \(what) item\(count == 1 ? "" : "s")", argument: nil)
        }
        try change(number, shell: shell, summary: "\(name) \(number) --remove \(index)") {
          $0[keyPath: keyPath].remove(at: index - 1)
        }
        return
      }
      let text = invocation.text()
      guard !text.isEmpty else {
        throw ShellError.usage(command: name, message: "missing text", argument: invocation.claimNumber == nil ? 1 : 2)
      }
      try change(number, shell: shell, summary: "\(name) \(number)") { review in
        let item = make(text)
        if !review[keyPath: keyPath].contains(item) { review[keyPath: keyPath].append(item) }
      }
    }
  }

  /// Applies `edit` to claim `number` of the open article, saves, and confirms.
  static func change(_ number: Int, shell: Shell, summary: String, _ edit: (inout Review) -> Void) throws {
    let file = try shell.requireArticle()
    let (claim, outcome) = try shell.workbench.updateReview(of: number, in: file, summary: summary, edit)
    shell.currentClaim[file] = claim.number
    ClaimSetCommands.confirm(claim, shell: shell)
    shell.reportSave(outcome, file: file)
  }
}
