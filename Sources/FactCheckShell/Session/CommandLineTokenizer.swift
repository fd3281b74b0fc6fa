/// Reads words from a command line, as a POSIX shell would, but simpler.
///
/// Words are separated by white space; `"…"` and `'…'` quote (typographic
/// double quotes too, since reviewers paste them); a backslash escapes the next
/// character outside single quotes. A quote mark opens a quotation only at the
/// start of a word, so `the MoD's figure` needs no quoting. Free text (notes,
/// quotes, search terms) is not tokenized at all: see `rest(of:from:)`.
public enum CommandLineTokenizer {
  /// A word and where it is.
  public struct Word: Sendable, Hashable {
    /// The word's text, quotes removed.
    public var text: String
    /// The 1-based column (in characters) where the word starts.
    public var column: Int
    /// Whether any part of the word was quoted.
    public var quoted: Bool
  }

  /// Every word of `line`.
  public static func words(_ line: String) throws(ShellError) -> [Word] {
    var words: [Word] = []
    var index = line.startIndex
    while let (word, end) = try nextWord(in: line, from: index) {
      words.append(word)
      index = end
    }
    return words
  }

  /// The first word at or after `index`, and the index just past it; `nil` at the end of the line.
  public static func nextWord(
    in line: String, from index: String.Index
  ) throws(ShellError) -> (Word, String.Index)? {
    var cursor = index
    while cursor < line.endIndex, line[cursor].isWhitespace { cursor = line.index(after: cursor) }
    guard cursor < line.endIndex else { return nil }
    let column = line.distance(from: line.startIndex, to: cursor) + 1
    var word = Word(text: "", column: column, quoted: false)
    var quote: (close: Character, column: Int)?
    var escaping = false
    // Counted along, not measured from the start for each character: a note of 80,000 characters without a space
    // took seconds.
    var position = column - 1
    while cursor < line.endIndex {
      let character = line[cursor]
      position += 1
      cursor = line.index(after: cursor)
      if escaping {
        word.text.append(character)
        escaping = false
      } else if let open = quote {
        if character == open.close {
          quote = nil
        } else if character == "\\", open.close != "'" {
          escaping = true
        } else {
          word.text.append(character)
        }
      } else if position == column, let close = closing(for: character) {
        word.quoted = true
        quote = (close, position)
      } else if character == "\\" {
        escaping = true
      } else if character.isWhitespace {
        return (word, line.index(before: cursor))
      } else {
        word.text.append(character)
      }
    }
    if let open = quote { throw .unterminatedQuote(column: open.column) }
    if escaping { throw .danglingEscape(column: line.count) }
    return (word, cursor)
  }

  /// The free text from `index` to the end of `line`, as typed.
  ///
  /// Leading and trailing white space is dropped. When the whole text is one
  /// quoted word (`add "…"`, `note 3 ""`), the quotes are removed; otherwise
  /// quote marks, semicolons and backslashes are kept exactly.
  public static func rest(of line: String, from index: String.Index) -> Word? {
    var start = index
    while start < line.endIndex, line[start].isWhitespace { start = line.index(after: start) }
    guard start < line.endIndex else { return nil }
    var text = String(line[start...])
    while let last = text.last, last.isWhitespace { text.removeLast() }
    let column = line.distance(from: line.startIndex, to: start) + 1
    if let (word, end) = try? nextWord(in: text, from: text.startIndex), word.quoted, end == text.endIndex {
      return Word(text: word.text, column: column, quoted: true)
    }
    return Word(text: text, column: column, quoted: false)
  }

  /// `line` cut into commands at each `;` outside quotes (for `factcheck -c`).
  public static func commands(_ line: String) throws(ShellError) -> [String] {
    var commands: [String] = []
    var current = ""
    var quote: (close: Character, column: Int)?
    var escaping = false
    var atWordStart = true
    for (offset, character) in line.enumerated() {
      defer { atWordStart = quote == nil && character.isWhitespace }
      if escaping {
        escaping = false
      } else if let open = quote {
        if character == open.close { quote = nil } else if character == "\\", open.close != "'" { escaping = true }
      } else if character == "\\" {
        escaping = true
      } else if atWordStart, let close = closing(for: character) {
        quote = (close, offset + 1)
      } else if character == ";" {
        commands.append(current)
        current = ""
        continue
      }
      current.append(character)
    }
    if let open = quote { throw .unterminatedQuote(column: open.column) }
    commands.append(current)
    return commands
  }

  private static func closing(for character: Character) -> Character? {
    switch character {
    case "\"": "\""
    case "'": "'"
    case "\u{201C}": "\u{201D}"
    default: nil
    }
  }
}
