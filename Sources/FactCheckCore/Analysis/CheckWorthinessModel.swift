import Foundation

/// A linear model of check-worthiness, trained offline and shipped as data (see `Training/` and `factcheck-train`).
///
/// The score of a sentence is the logistic of a weighted sum: a bias, the
/// sentence features of `CheckWorthinessScorer.Features` (numbers, records,
/// opinion, questions, length, the document's topic words…) in the order of
/// `CheckWorthinessScorer.inputNames`, and a weight for each word and pair of
/// words of `LexicalTerms` that the training transcripts taught it. Terms it
/// never saw weigh nothing. The weights are plain text, so they can be read and
/// diffed: one `name<TAB>weight` line each.
public struct CheckWorthinessModel: Sendable {
  /// The constant term.
  public var bias: Double
  /// The weights of the sentence features, parallel to `CheckWorthinessScorer.inputNames`.
  public var inputs: [Double]
  /// The weights of words and pairs, by the text of the term.
  public var terms: [(term: String, weight: Double)]
  /// Whether the term weights are divided by the square root of the sentence's number of terms.
  public var normalizesTerms: Bool
  /// The term weights by key, for scoring.
  private let table: KeyTable<Double>

  /// A model with the given weights.
  public init(bias: Double, inputs: [Double], terms: [(term: String, weight: Double)], normalizesTerms: Bool) {
    precondition(inputs.count == CheckWorthinessScorer.inputNames.count, "one weight per sentence feature")
    self.bias = bias
    self.inputs = inputs
    self.terms = terms
    self.normalizesTerms = normalizesTerms
    self.table = KeyTable(terms.map { (Self.key($0.term), $0.weight) }, empty: 0)
  }

  /// The key of a term as `LexicalTerms` computes it: a word's hash, or for a pair ("# percent") the two
  /// words' hashes combined.
  static func key(_ term: String) -> UInt64 {
    let words = term.split(separator: " ", omittingEmptySubsequences: false)
    guard words.count == 2 else { return WordHash.hash(term) }
    return WordHash.combine(WordHash.hash(String(words[0])), WordHash.hash(String(words[1])))
  }

  /// Every weight 0: the scorer gives the hand-set prior alone (`CheckWorthinessScorer.priorLogit`).
  public static let priorOnly = CheckWorthinessModel(
    bias: 0, inputs: CheckWorthinessScorer.inputNames.map { _ in 0 }, terms: [], normalizesTerms: false)

  /// The model written by `factcheck-train`, shipped in `CheckWorthinessModelData.swift`.
  public static let shipped: CheckWorthinessModel = {
    do {
      return try CheckWorthinessModel(parsing: shippedText)
    } catch {
      preconditionFailure("the shipped check-worthiness model does not parse: \(error)")
    }
  }()

  /// The weighted sum for a sentence's feature values and term keys (before the logistic).
  @inline(__always)
  public func logit(inputs values: [Double], terms keys: [UInt64]) -> Double {
    var sum = bias
    for index in 0..<min(values.count, inputs.count) { sum += inputs[index] * values[index] }
    var termSum = 0.0
    for key in keys { termSum += table[key] ?? 0 }
    if normalizesTerms, !keys.isEmpty { termSum /= Double(keys.count).squareRoot() }
    return sum + termSum
  }

  /// The weighted sum for a sentence's feature values and its terms (before the logistic).
  @inline(__always)
  public func logit(inputs values: [Double], words: SentenceWords) -> Double {
    var sum = bias
    for index in 0..<min(values.count, inputs.count) { sum += inputs[index] * values[index] }
    var termSum = 0.0
    let count = LexicalTerms.forEachDistinctKey(words) { termSum += table[$0] ?? 0 }
    if normalizesTerms, count > 0 { termSum /= Double(count).squareRoot() }
    return sum + termSum
  }

  // MARK: - Text form

  /// Why a model text does not parse.
  public struct FormatError: Error, Sendable, CustomStringConvertible {
    /// The 1-based line.
    public var line: Int
    /// What is wrong.
    public var message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// Reads the text form: `bias`, `normalize-terms`, `input` and `term` lines, tab-separated.
  ///
  /// Strict, since a model that reads wrongly scores without a word: each of `bias`, `normalize-terms` and every
  /// sentence feature's `input` exactly once, each term once, plain decimal numbers.
  public init(parsing text: String) throws {
    var bias: Double?
    var normalizes: Bool?
    var inputs: [Double?] = Array(repeating: nil, count: CheckWorthinessScorer.inputNames.count)
    var terms: [(term: String, weight: Double)] = []
    var termLines: [String: Int] = [:]
    let indexOfInput = Dictionary(
      uniqueKeysWithValues: CheckWorthinessScorer.inputNames.enumerated().map { ($1, $0) })
    // "\r\n" is one Character in Swift, so it is a separator of its own.
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
    for (offset, line) in lines.enumerated() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard let kind = fields.first, !kind.isEmpty, !kind.hasPrefix("#") else { continue }
      let number = offset + 1
      func weight(_ field: String) throws -> Double {
        guard let value = Double(field), value.isFinite, field.allSatisfy({ "0123456789.-+e".contains($0) }) else {
          throw FormatError(line: number, message: "'\(field)' is not a number")
        }
        return value
      }
      func once<Value>(_ value: Value?, _ name: String) throws {
        if value != nil { throw FormatError(line: number, message: "a second '\(name)' line") }
      }
      switch (kind, fields.count) {
      case ("bias", 2):
        try once(bias, "bias")
        bias = try weight(fields[1])
      case ("normalize-terms", 2):
        try once(normalizes, "normalize-terms")
        guard fields[1] == "yes" || fields[1] == "no" else {
          throw FormatError(line: number, message: "'normalize-terms' is 'yes' or 'no', not '\(fields[1])'")
        }
        normalizes = fields[1] == "yes"
      case ("input", 3):
        guard let index = indexOfInput[fields[1]] else {
          throw FormatError(line: number, message: "unknown sentence feature '\(fields[1])'")
        }
        try once(inputs[index], "input \(fields[1])")
        inputs[index] = try weight(fields[2])
      case ("term", 3):
        if let first = termLines[fields[1]] {
          throw FormatError(line: number, message: "the term '\(fields[1])' again (first on line \(first))")
        }
        termLines[fields[1]] = number
        terms.append((fields[1], try weight(fields[2])))
      default: throw FormatError(line: number, message: "expected 'bias', 'normalize-terms', 'input' or 'term'")
      }
    }
    let end = lines.count
    guard let bias else { throw FormatError(line: end, message: "no 'bias' line") }
    guard let normalizes else { throw FormatError(line: end, message: "no 'normalize-terms' line") }
    if let missing = inputs.firstIndex(where: { $0 == nil }) {
      throw FormatError(line: end, message: "no 'input' line for '\(CheckWorthinessScorer.inputNames[missing])'")
    }
    self.init(bias: bias, inputs: inputs.map { $0 ?? 0 }, terms: terms, normalizesTerms: normalizes)
  }

  /// The text form, with a header of comment lines; weights with six decimals, terms sorted by text.
  public func text(header: [String]) -> String {
    var lines = header.map { "# " + $0 }
    lines.append("bias\t" + Self.format(bias))
    lines.append("normalize-terms\t" + (normalizesTerms ? "yes" : "no"))
    for (name, weight) in zip(CheckWorthinessScorer.inputNames, inputs) {
      lines.append("input\t\(name)\t" + Self.format(weight))
    }
    for (term, weight) in terms.sorted(by: { $0.term < $1.term }) {
      lines.append("term\t\(term)\t" + Self.format(weight))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func format(_ value: Double) -> String {
    String(format: "%.6f", value)
  }
}
