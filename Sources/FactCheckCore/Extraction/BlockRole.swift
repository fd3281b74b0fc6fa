/// What a block of an article's body is, as far as its layout tells.
public enum BlockRole: String, Sendable, Hashable, CaseIterable {
  /// Running text.
  case body
  /// A short line without final punctuation between paragraphs ("Russia ‘not withdrawing’").
  case subheading
  /// A photo caption: printed without final punctuation beside a credit, or printed twice.
  case caption
  /// A photo credit ("AFP / Sergei SUPINSKY", "Photo: Getty Images").
  case photoCredit
  /// An embedded post: its text with a `pic.twitter.com/…` link, or its "— Name (@handle) date" line.
  case embed
  /// Site furniture: copyright lines, "All rights reserved", "Read more", newsletter prompts.
  case boilerplate
  /// A byline or time stamp ("By Jane Doe", "Updated 10:42 AM ET").
  case metadata
}
