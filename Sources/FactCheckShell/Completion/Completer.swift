import FactCheckCore

/// Tab completion driven by the command table.
extension Shell {
  /// Candidates for `word`, the partial word being typed after `linePrefix`.
  ///
  /// `linePrefix` is the line up to the start of `word`. The first word of a
  /// command completes to command names; later words complete by the kind of
  /// argument the command table gives for their position, with claim numbers
  /// optional as in `Invocation`. Free text completes to nothing.
  public func completions(linePrefix: String, word: String) -> [String] {
    var command = linePrefix
    if configuration.separatesCommands, let last = try? CommandLineTokenizer.commands(linePrefix).last {
      command = last
    }
    guard let words = try? CommandLineTokenizer.words(command) else { return [] }
    guard let first = words.first else { return Self.commandNames(matching: word) }
    guard let spec = CommandTable.lookup(first.text) else { return [] }
    if word.hasPrefix("-") { return spec.options.keys.filter { $0.hasPrefix(word) }.sorted() }
    var position = 0
    var index = 1
    while index < words.count {
      if let kind = spec.options[words[index].text] {
        index += kind == .flag ? 1 : 2
        if index > words.count { return candidates(for: kind, matching: word) }
        continue
      }
      var kind = spec.argumentKind(at: position)
      if kind == .claimNumber {
        position += 1
        if Int(words[index].text) != nil {
          index += 1
          continue
        }
        kind = spec.argumentKind(at: position)
      }
      if kind == nil || kind == .text { return [] }
      position += 1
      index += 1
    }
    var kind = spec.argumentKind(at: position)
    if kind == .claimNumber, !word.isEmpty, Int(word) == nil { kind = spec.argumentKind(at: position + 1) }
    guard let kind else { return [] }
    return candidates(for: kind, matching: word)
  }

  private static func commandNames(matching prefix: String) -> [String] {
    let primary = CommandTable.all.map(\.name).filter { $0.hasPrefix(prefix) }
    if !primary.isEmpty { return primary.sorted() }
    return CommandTable.all.flatMap(\.aliases).filter { $0.count > 1 && $0.hasPrefix(prefix) }.sorted()
  }

  private func candidates(for kind: ArgumentKind, matching prefix: String) -> [String] {
    let all: [String]
    switch kind {
    case .command: all = CommandTable.all.map(\.name)
    case .status: all = ClaimStatus.allCases.map(\.rawValue)
    case .choice(let words): all = words
    case .text, .flag: all = []
    case .claimNumber:
      guard let file = openArticle, let review = try? workbench.review(file) else { return [] }
      all = review.claims.map { String($0.number) }
    case .article:
      guard let files = try? workbench.articleFiles() else { return [] }
      let names = files.map(Article.name(ofFile:))
      let shortNames = names.map(Article.shortName(of:))
      let unique = Set(shortNames).count == shortNames.count
      // A name with control characters would reach the terminal raw in readline's list: leave it out.
      all = (unique ? shortNames : names).filter { TerminalText.sanitize($0) == $0 }
    }
    return all.filter { $0.hasPrefix(prefix) }
  }
}
