/// One generated article: its file name and text.
public struct GeneratedArticle: Sendable, Hashable {
  /// The file name in the articles folder: `00042_3fa1c2d4e5f60718.txt`.
  public var fileName: String
  /// The article's text, as written to its file.
  public var text: String
}

/// Writes news articles from a seed: a headline (after a date line in half of them), a byline, `KEY POINTS`
/// bullets, a dateline, paragraphs of figures, attributions, quotations, caveats, denials, questions and
/// opinion, subheadings, captions printed twice with a photo credit, and a copyright line.
///
/// Article `index` of seed `seed` is always the same text, whatever the size of the corpus it is part of:
/// the corpus of 100 articles is the first 100 of the corpus of 10,000.
public struct ArticleWriter: Sendable {
  /// The seed every article is drawn from.
  public let seed: UInt64

  /// Creates a writer for the corpus of `seed`.
  public init(seed: UInt64) {
    self.seed = seed
  }

  /// Article number `index` (from 0).
  public func article(_ index: Int) -> GeneratedArticle {
    var context = ArticleContext(random: SeededRandom(seed: seed, index: index))
    let fileName = Self.fileName(index, random: &context.random)
    let paragraphs = context.random.int(9...21)
    return GeneratedArticle(fileName: fileName, text: Self.text(&context, paragraphs: paragraphs))
  }

  /// A long article (a report, a live blog) of `paragraphs` paragraphs, for opening an article of many claims.
  public func longArticle(_ index: Int, paragraphs: Int) -> GeneratedArticle {
    var context = ArticleContext(random: SeededRandom(seed: seed ^ 0x4C4F_4E47, index: index))
    let fileName = Self.fileName(index, random: &context.random)
    return GeneratedArticle(fileName: fileName, text: Self.text(&context, paragraphs: paragraphs))
  }

  /// `00042_<16 hex digits>.txt`: numbered like the seed articles, so that `open 42` finds it.
  static func fileName(_ index: Int, random: inout SeededRandom) -> String {
    let number = String(index)
    return String(repeating: "0", count: max(0, 5 - number.count)) + number + "_" + random.hex(16) + ".txt"
  }

  private static func text(_ context: inout ArticleContext, paragraphs: Int) -> String {
    var lines: [String] = []
    let headline = context.fill(context.random.pick(context.topic.headlines))
    if context.random.chance(0.5) {
      let date =
        "\(context.random.int(2019...2024))-\(twoDigits(context.random.int(1...12)))-"
        + twoDigits(context.random.int(1...28))
      lines.append(" date \(date) \(headline)")
    } else {
      lines.append(headline)
    }
    if context.random.chance(0.2) {
      lines.append("By \(context.random.pick(Vocabulary.firstNames)) \(Vocabulary.surname(&context.random))")
    }
    if context.random.chance(0.4) {
      lines.append("")
      lines.append("KEY POINTS")
      let marker = context.random.pick(["  • ", "- ", "* "])
      for _ in 0..<context.random.int(2...4) {
        var point = context.fill(context.random.pick(SentenceBank.figures + SentenceBank.attributions))
        if context.random.chance(0.6), point.hasSuffix(".") { point.removeLast() }
        lines.append(marker + point)
      }
    }
    let separator = context.random.chance(0.7) ? "" : nil  // A blank line between paragraphs, or none.
    lines.append("")
    lines.append(dateline(&context) + paragraph(&context, sentences: context.random.int(1...2), lead: true))
    var captioned = false
    for number in 1..<paragraphs {
      if let separator { lines.append(separator) }
      if context.random.chance(0.08) {
        lines.append(context.random.pick(Vocabulary.subheadings))
        if let separator { lines.append(separator) }
      }
      if !captioned, number >= paragraphs / 2, context.random.chance(0.25) {
        captioned = true
        let caption = context.fill(context.random.pick(context.topic.captions))
        let credit =
          "\(context.agency.short) / \(context.random.pick(Vocabulary.firstNames)) "
          + Vocabulary.surname(&context.random).uppercased()
        lines.append(caption)
        lines.append(caption + " " + credit)
        if let separator { lines.append(separator) }
      }
      lines.append(paragraph(&context, sentences: context.random.int(1...3), lead: false))
    }
    if context.random.chance(0.1) {
      if let separator { lines.append(separator) }
      lines.append("© \(context.random.int(2019...2024)) \(context.agency.name). All rights reserved.")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// "HARLFORD (MNA) — ", "(NWR) — ", "GLENBURY, North Vale — ", or nothing.
  private static func dateline(_ context: inout ArticleContext) -> String {
    switch context.random.int(0...5) {
    case 0: return "\(context.place.uppercased()) (\(context.agency.short)) — "
    case 1: return "(\(context.agency.short)) — "
    case 2: return "\(context.place.uppercased()), \(context.region) (\(context.agency.short)) — "
    default: return ""
    }
  }

  private static func paragraph(_ context: inout ArticleContext, sentences: Int, lead: Bool) -> String {
    var parts: [String] = []
    for _ in 0..<sentences {
      let bank: [String]
      switch context.random.int(0...99) {
      case 0..<28: bank = SentenceBank.figures
      case 28..<50: bank = SentenceBank.attributions
      case 50..<68: bank = lead ? SentenceBank.figures : SentenceBank.quotations
      case 68..<78: bank = lead ? SentenceBank.attributions : SentenceBank.caveats
      case 78..<86: bank = SentenceBank.background
      case 86..<91: bank = SentenceBank.denials
      case 91..<95: bank = lead ? SentenceBank.figures : SentenceBank.questions
      default: bank = SentenceBank.opinions
      }
      parts.append(context.fill(context.random.pick(bank)))
    }
    return parts.joined(separator: " ")
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : String(value)
  }
}
