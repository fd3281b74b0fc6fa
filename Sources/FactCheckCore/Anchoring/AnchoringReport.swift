/// What happened to stored claims when their article was opened.
public struct AnchoringReport: Sendable, Hashable {
  /// How a claim that was not at its recorded place was found.
  public enum Method: Sendable, Hashable {
    /// Its exact quote, elsewhere in the text.
    case exactQuote
    /// The claim the splitter finds with the same id: the same words, but for case, spacing or typography.
    case sameText
    /// Text close to its quote (some edits away), chosen by quote, context and position.
    case fuzzyQuote
  }

  /// A stored claim found at a different place than recorded.
  public struct Move: Sendable, Hashable {
    /// The claim's id.
    public var id: String
    /// The recorded span.
    public var from: TextSpan
    /// The span found now.
    public var to: TextSpan
    /// How well the place matches, from 0 to 1: 1 for an exact quote, less for a fuzzy match.
    public var score: Double
    /// How the claim was found.
    public var method: Method

    /// Creates a move.
    public init(id: String, from: TextSpan, to: TextSpan, score: Double, method: Method = .exactQuote) {
      self.id = id
      self.from = from
      self.to = to
      self.score = score
      self.method = method
    }

    /// Whether the claim's text is no longer exactly what was reviewed.
    public var isFuzzy: Bool { method == .fuzzyQuote }
  }

  /// A recorded anchor that contradicts the unchanged article: the annotation file was edited by hand or damaged.
  public struct DamagedAnchor: Sendable, Hashable {
    /// What is wrong with it.
    public enum Problem: Sendable, Hashable {
      /// The span reaches past the end of the article, which has this many code points.
      case outsideText(length: Int)
      /// The text at the span is not the recorded quote.
      case quoteDiffers
    }

    /// The claim's id.
    public var id: String
    /// The recorded span.
    public var span: TextSpan
    /// What is wrong with it.
    public var problem: Problem

    /// Creates a damaged-anchor record.
    public init(id: String, span: TextSpan, problem: Problem) {
      self.id = id
      self.span = span
      self.problem = problem
    }
  }

  /// Whether the article's bytes differ from those the claims were anchored against.
  public var articleChanged = false
  /// Claims found somewhere else (exactly or fuzzily).
  public var moved: [Move] = []
  /// Ids of claims that could not be found; they are kept as orphans.
  public var orphaned: [String] = []
  /// Anchors that contradict an unchanged article; those claims were looked for by their quote.
  public var damaged: [DamagedAnchor] = []

  /// Creates a report.
  public init(
    articleChanged: Bool = false, moved: [Move] = [], orphaned: [String] = [], damaged: [DamagedAnchor] = []
  ) {
    self.articleChanged = articleChanged
    self.moved = moved
    self.orphaned = orphaned
    self.damaged = damaged
  }

  /// Whether every claim was where it was recorded.
  public var isEmpty: Bool { moved.isEmpty && orphaned.isEmpty && damaged.isEmpty }

  /// The claims found fuzzily.
  public var fuzzy: [Move] { moved.filter(\.isFuzzy) }
}
