import Foundation

/// Turns what a reviewer types (`1`, `001`, `001_15`, a file name) into an article file.
///
/// In order: an exact file name or name; the article whose leading number has
/// that value (`1` and `001` both name `001_…`); a unique prefix of a name.
public struct ArticleResolver: Sendable {
  /// The article file names to choose from, sorted.
  public let files: [String]

  /// Creates a resolver over `files`.
  public init(files: [String]) {
    self.files = files
  }

  /// The file that `query` names.
  public func resolve(_ query: String) throws(WorkspaceError) -> String {
    let trimmed = query.trimmingCharacters(in: .whitespaces)
    let names = files.map(Article.name(ofFile:))
    if let index = files.firstIndex(of: trimmed) ?? names.firstIndex(of: trimmed) { return files[index] }
    if let number = Int(trimmed), trimmed.allSatisfy(\.isASCII) {
      let matches = files.indices.filter { Self.leadingNumber(of: names[$0]) == number }
      if matches.count == 1 { return files[matches[0]] }
      if matches.count > 1 { throw .ambiguousArticle(trimmed, candidates: matches.map { names[$0] }) }
    }
    let prefixed = files.indices.filter { names[$0].hasPrefix(trimmed) }
    if prefixed.count == 1 { return files[prefixed[0]] }
    if prefixed.count > 1 { throw .ambiguousArticle(trimmed, candidates: prefixed.map { names[$0] }) }
    let suggestion = Suggestion.closest(to: trimmed, among: names.map(Article.shortName(of:)))
    throw .noSuchArticle(trimmed, suggestion: suggestion)
  }

  /// The number an article name starts with (`001_…` → 1), if it starts with digits.
  public static func leadingNumber(of name: String) -> Int? {
    let digits = name.prefix { $0.isASCII && $0.isNumber }
    return digits.isEmpty ? nil : Int(digits)
  }
}
