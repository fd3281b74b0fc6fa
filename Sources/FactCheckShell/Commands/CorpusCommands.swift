import FactCheckCore
import Foundation

/// `related`, `figures` and `contradictions`: the same claim across articles.
enum CorpusCommands {
  static let related = CommandSpec(
    name: "related", aliases: ["rel"], usage: "related [n]",
    abstract: "Claims in other articles about the same thing, figures that disagree with it, and opposing statements.",
    discussion: "Related claims are ranked by BM25 over the claims' words (document frequencies over every claim of "
      + "the corpus), relative to the claim's score against itself, plus shared figures and rare shared names; "
      + "the score is shown. Figures that disagree and opposing statements are as 'figures' and "
      + "'contradictions' find them.\nWithout a number, uses the current claim.",
    group: .corpus, arguments: [.claimNumber]
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let number = try shell.claimNumber(invocation)
    let review = try shell.requireReview()
    guard let claim = review.claim(number: number) else {
      throw ReviewError.noSuchClaim(number: number, count: review.claims.count)
    }
    shell.currentClaim[review.article.fileName] = number
    let corpus = try corpusIndex(shell)
    let printer = CorpusPrinter(shell: shell, corpus: corpus)
    let reference = ClaimReference(
      articleFile: review.article.fileName, article: review.article.shortName, number: number, id: claim.id)
    shell.print(
      shell.style.bold("claim \(number)") + " in \(TerminalText.sanitize(review.article.shortName)): "
        + printer.quoted(claim.text, used: 20))
    guard let index = corpus.position(of: reference) else {
      shell.print(shell.style.dim("  not compared: dismissed, or not a claim (see 'claims')"))
      return
    }
    var printed = false
    for group in corpus.figureDisagreements() where group.claims.contains(reference) {
      printer.figures(group, marking: reference)
      printed = true
    }
    let opposing = corpus.opposingStatements().filter { $0.denial == reference || $0.affirmation == reference }
    if !opposing.isEmpty {
      shell.print(shell.style.bold("opposing statements"))
      for pair in opposing { printer.opposition(pair, from: reference) }
      printed = true
    }
    let related = corpus.related(to: index)
    if !related.isEmpty {
      shell.print(shell.style.bold("related claims in other articles"))
      for match in related { printer.related(match) }
      printed = true
    }
    if !printed { shell.print("no related claims in other articles") }
  }

  static let figures = CommandSpec(
    name: "figures", usage: "figures",
    abstract: "List figures for the same quantity that disagree across the corpus, with sources and dates.",
    discussion: "A figure is a number with what it counts (\"217 tanks\", \"498 of its troops\"), what happened to "
      + "it (killed or lost, injured, captured, or the verb), whose it is (\"Russian soldiers\", \"Russia has lost\") "
      + "and when (\"since the start of the war\"). Figures with the same event and party that cannot all be true "
      + "are listed together, smallest first, with each claim's source and verdict. An unattributed figure shows "
      + "the sources named just before it. Dates are the articles' own, when they carry one.",
    group: .corpus
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let corpus = try corpusIndex(shell)
    let groups = corpus.figureDisagreements()
    let printer = CorpusPrinter(shell: shell, corpus: corpus)
    for group in groups { printer.figures(group, marking: nil) }
    shell.print(
      groups.isEmpty
        ? "no figures disagree"
        : "\(groups.count) quantit\(groups.count == 1 ? "y" : "ies") with figures that disagree; "
          + "'related <n>' in an article shows those of one claim")
  }

  static let contradictions = CommandSpec(
    name: "contradictions", aliases: ["opposed"], usage: "contradictions",
    abstract: "List statements one source denies and another affirms, across the corpus.",
    discussion: "Pairs a negated claim (not, no, never, none, denied…) with an affirmative claim from a different "
      + "source that shares its rare words (BM25). A reading aid: it finds \"conscripts do not take part\" against "
      + "\"conscripts were involved\", may pair claims that only look opposed, and misses contradictions stated "
      + "without a negation word.",
    group: .corpus
  ) { shell, invocation in
    try invocation.expectAtMost(0)
    let corpus = try corpusIndex(shell)
    let pairs = corpus.opposingStatements()
    let printer = CorpusPrinter(shell: shell, corpus: corpus)
    for pair in pairs { printer.opposition(pair, from: nil) }
    shell.print(
      pairs.isEmpty ? "no opposing statements found" : "\(pairs.count) pair\(pairs.count == 1 ? "" : "s") found")
  }

  /// The index of every article's claims.
  static func corpusIndex(_ shell: Shell) throws -> CorpusIndex {
    let snapshots = try shell.workbench.articleFiles().map { file throws -> ArticleSnapshot in
      try shell.workbench.snapshot(file)
    }
    return CorpusIndex(articles: snapshots.count) { snapshots[$0].review() }
  }
}
