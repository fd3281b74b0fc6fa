/// What kind of statement a claim is, for ordering and for the reviewer's eye.
public enum ClaimKind: String, Sendable, Hashable, CaseIterable {
  /// A statement with numbers, amounts or statistics.
  case numeric
  /// A direct quotation.
  case quote
  /// A statement reported from a named source ("X said", "according to X").
  case attributed
  /// An opinion, wish or prediction.
  case opinion
  /// The publication's own statement of fact.
  case factual
  /// A question.
  case question
  /// A headline or subheading.
  case headline
  /// A photo caption.
  case caption
  /// A photo credit.
  case photoCredit = "photo-credit"
  /// Site furniture: copyright, "All rights reserved", "Read more".
  case boilerplate
  /// An embedded post.
  case embed
  /// A byline, time stamp or stage direction such as "(Applause.)".
  case metadata
  /// A scrap of page text, not a sentence ("Of video.").
  case fragment

  /// Whether a statement of this kind can be checked at all.
  public var isClaim: Bool {
    switch self {
    case .numeric, .quote, .attributed, .opinion, .factual: true
    case .question, .headline, .caption, .photoCredit, .boilerplate, .embed, .metadata, .fragment: false
    }
  }

  /// The kind that a block's layout role gives its sentences, if the role is not running text.
  static func of(_ role: BlockRole) -> ClaimKind? {
    switch role {
    case .body: nil
    case .subheading: .headline
    case .caption: .caption
    case .photoCredit: .photoCredit
    case .embed: .embed
    case .boilerplate: .boilerplate
    case .metadata: .metadata
    }
  }
}
