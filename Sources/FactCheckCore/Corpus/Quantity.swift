/// A figure stated in a claim: how many of what, what happened to them, and for whom.
///
/// "More than 3,500 Russian soldiers have been killed since the invasion started" holds the quantity
/// value 3,500, bound `.atLeast`, noun phrase "Russian soldiers", kind of thing `troops`, event `loss`,
/// owners [russian], time "since the invasion started".
public struct Quantity: Sendable, Hashable {
  /// How exactly the value is stated.
  public enum Bound: String, Sendable, Hashable {
    /// As written ("498 troops").
    case exact
    /// "about", "around", "nearly", "some", "an estimated".
    case approximate
    /// "more than", "over", "at least".
    case atLeast = "at-least"
    /// "fewer than", "less than", "under", "up to".
    case atMost = "at-most"

    /// The words shown before the value.
    public var label: String {
      switch self {
      case .exact: ""
      case .approximate: "about "
      case .atLeast: "at least "
      case .atMost: "at most "
      }
    }
  }

  /// The number.
  public var value: Double
  /// How exactly it is stated.
  public var bound: Bound
  /// The words of the figure as written ("More than 3,500", "eight").
  public var written: String
  /// Where the figure and its noun phrase are in the article.
  public var span: TextSpan
  /// The noun phrase counted, as written ("Russian soldiers", "combat losses", "of its troops").
  public var noun: String
  /// What is counted, normalised (see `MeasureLexicon`): `troops`, `people`, or the noun's stem (`tank`).
  public var thing: String
  /// What happened to it: `loss`, `injury`, `capture`, or the verb's stem; `nil` when nothing says.
  public var event: String?
  /// The event as written ("have been killed", "lost", "losses").
  public var eventWords: String?
  /// Whether the event words come before the figure ("has lost 38,550 soldiers") rather than after it.
  public var eventBefore: Bool = false
  /// Whose they are ("Russian" in "Russian soldiers", "Russia" in "Russia has lost"), when the claim says.
  public var owners: [NameKey]
  /// When, as the claim puts it ("since the start of the war", "in the first seven days of the conflict").
  public var time: String?

  /// What is counted and what happened to it, as written: "of its troops have died", "soldiers (lost)".
  public var description: String {
    guard let eventWords, !noun.contains(eventWords) else { return noun }
    return eventBefore ? "\(noun) (\(eventWords))" : "\(noun) \(eventWords)"
  }

  /// The range of values the statement allows.
  public var interval: ClosedRange<Double> {
    switch bound {
    case .exact: value...value
    case .approximate: value * 0.9...value * 1.1
    case .atLeast: value...Double.greatestFiniteMagnitude
    case .atMost: 0...value
    }
  }

  /// The figure as shown in listings ("at least 3,500", "about 9,000").
  public var displayValue: String { bound.label + NumberWords.display(value) }

  /// Whether two statements of the same thing can both be true.
  public func agrees(with other: Quantity) -> Bool {
    interval.overlaps(other.interval)
  }
}
