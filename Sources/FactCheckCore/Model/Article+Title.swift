/// The title an article is shown under.
extension Article {
  /// The headline, else the first claim, else the file name.
  public var title: String {
    if let headline = layout.headline { return ClaimExtractor.displayText(text[headline]) }
    return extracted.first?.text ?? fileName
  }
}
