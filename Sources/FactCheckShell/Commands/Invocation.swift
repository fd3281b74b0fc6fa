import FactCheckCore

/// A command as typed: its claim number, other arguments and options.
///
/// Built from the command table: a `.claimNumber` argument is optional (an
/// unquoted whole number, else the current claim is meant), and a `.text`
/// argument takes the rest of the line exactly as typed.
public struct Invocation: Sendable {
  /// The command's primary name.
  public let command: String
  /// The claim number typed, if any.
  public let claimNumber: Int?
  /// The other positional arguments, in order.
  public let arguments: [CommandLineTokenizer.Word]
  /// Option values by option name (`--status` → `verified`).
  public let options: [String: String]

  /// Parses the part of `line` after the command word (which ends at `index`).
  init(spec: CommandSpec, line: String, from index: String.Index) throws(ShellError) {
    command = spec.name
    var claimNumber: Int?
    var arguments: [CommandLineTokenizer.Word] = []
    var options: [String: String] = [:]
    var cursor = index
    var position = 0
    while true {
      var kind = spec.argumentKind(at: position)
      // `nil` at the end of the line, and where free text does not tokenize (an unbalanced quote).
      let peek = try? CommandLineTokenizer.nextWord(in: line, from: cursor)
      if kind == .claimNumber {
        position += 1
        if let (word, end) = peek, !word.quoted, let number = Int(word.text) {
          claimNumber = number
          cursor = end
          continue
        }
        kind = spec.argumentKind(at: position)  // No number typed: the current claim is meant.
      }
      if kind == .text, peek.map({ !Self.isOption($0.0, of: spec) }) ?? true {
        if let rest = CommandLineTokenizer.rest(of: line, from: cursor) { arguments.append(rest) }
        break
      }
      guard let (word, end) = try CommandLineTokenizer.nextWord(in: line, from: cursor) else { break }
      cursor = end
      if !word.quoted, (word.text.hasPrefix("--") && word.text.count > 2) || spec.options[word.text] != nil {
        let parts = word.text.split(separator: "=", maxSplits: 1).map(String.init)
        guard let kind = spec.options[parts[0]] else {
          let known = spec.options.keys.sorted()
          let hint = known.isEmpty ? "it takes no options" : "it takes \(known.joined(separator: ", "))"
          throw .usage(command: spec.name, message: "unknown option '\(parts[0])'; \(hint)", argument: nil)
        }
        if kind == .flag {
          guard parts.count == 1 else {
            throw .usage(command: spec.name, message: "option '\(parts[0])' takes no value", argument: nil)
          }
          options[parts[0]] = ""
        } else if parts.count == 2 {
          options[parts[0]] = parts[1]
        } else if let (value, valueEnd) = try CommandLineTokenizer.nextWord(in: line, from: cursor) {
          options[parts[0]] = value.text
          cursor = valueEnd
        } else {
          throw .usage(command: spec.name, message: "option '\(parts[0])' needs a value", argument: nil)
        }
        continue
      }
      arguments.append(word)
      position += 1
    }
    self.claimNumber = claimNumber
    self.arguments = arguments
    self.options = options
  }

  private static func isOption(_ word: CommandLineTokenizer.Word, of spec: CommandSpec) -> Bool {
    !word.quoted && spec.options[String(word.text.split(separator: "=", maxSplits: 1)[0])] != nil
  }

  /// The text of all arguments from `index` on, joined by spaces.
  public func text(from index: Int = 0) -> String {
    arguments.dropFirst(index).map(\.text).joined(separator: " ")
  }

  /// Whether any text argument was given (an empty quoted one counts).
  public func hasText(at index: Int = 0) -> Bool { index < arguments.count }

  /// Argument `index` as a verdict status, or a usage error naming it.
  public func status(at index: Int) throws(ShellError) -> ClaimStatus {
    let place = index + 1 + (claimNumber == nil ? 0 : 1)
    guard index < arguments.count else {
      throw .usage(command: command, message: "missing status", argument: place)
    }
    guard let status = ClaimStatus(parsing: arguments[index].text) else {
      let names = ClaimStatus.allCases.map(\.rawValue).joined(separator: ", ")
      throw .usage(command: command, message: "'\(arguments[index].text)' is not a status (\(names))", argument: place)
    }
    return status
  }

  /// Fails unless there are at most `count` arguments besides the claim number.
  public func expectAtMost(_ count: Int) throws(ShellError) {
    guard arguments.count <= count else {
      let place = count + 1 + (claimNumber == nil ? 0 : 1)
      throw .usage(command: command, message: "unexpected argument '\(arguments[count].text)'", argument: place)
    }
  }
}
