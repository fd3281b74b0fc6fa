/// How far two reviews of the same articles agree, claim by claim.
///
/// Claims are paired by article (annotation file name) and claim id, which
/// depends only on the claim's text, so two reviewers' files pair up whatever
/// either changed elsewhere. Each side's claim gets a label: `dismissed` when
/// dismissed as not a claim, else its verdict. A claim unreviewed on a side (or
/// not stored there) has no label on that side; a claim still in conflict on a
/// side is undecided there. Only claims labelled on both sides count towards the
/// statistics; the others are counted apart, never as disagreements.
public struct AgreementReport: Sendable {
  /// The nominal categories compared.
  public enum Label: String, Sendable, Hashable, CaseIterable {
    case verified, unverified, disputed, dismissed
  }

  /// One claim as the two sides left it.
  public struct Pair: Sendable, Hashable {
    /// The article's name (its annotation file name without `.json`).
    public var article: String
    /// The article's file name.
    public var articleFile: String
    /// The claim's id.
    public var id: String
    /// The claim on side A, if stored there.
    public var a: ClaimAnnotation?
    /// The claim on side B, if stored there.
    public var b: ClaimAnnotation?

    /// The claim's text, as stored.
    public var quote: String { (a ?? b)?.anchor.quote ?? "" }
  }

  /// Counts: `matrix[i][j]` claims labelled `Label.allCases[i]` by A and `Label.allCases[j]` by B.
  public private(set) var matrix: [[Int]]
  /// Claims labelled by A only (unreviewed or not stored on B).
  public private(set) var onlyA = 0
  /// Claims labelled by B only.
  public private(set) var onlyB = 0
  /// Claims still in conflict on A (left out).
  public private(set) var undecidedA = 0
  /// Claims still in conflict on B (left out).
  public private(set) var undecidedB = 0
  /// Claims labelled on both sides that carry the very same stored review (reviewer and time included).
  ///
  /// Such a review was most likely made once and inherited by both sides from
  /// a common commit: its agreement is not the agreement of two reviewers.
  public private(set) var identical = 0
  /// Claims labelled on both sides, differently, in article and reading order.
  public private(set) var disagreements: [Pair] = []
  /// Labels given per reviewer on side A (the claims counted).
  public private(set) var reviewersA: [String: Int] = [:]
  /// Labels given per reviewer on side B (the claims counted).
  public private(set) var reviewersB: [String: Int] = [:]
  /// Annotation files that could not be read, as messages.
  public private(set) var problems: [String] = []

  /// Compares the annotation files of `a` and `b`.
  public init(a: AnnotationSnapshot, b: AnnotationSnapshot) {
    let size = Label.allCases.count
    matrix = Array(repeating: Array(repeating: 0, count: size), count: size)
    for name in Set(a.names).union(b.names).sorted() {
      for side in [a, b] {
        if let error = side.unreadable[name] { problems.append("\(side.label): cannot read \(error)") }
      }
      let left = a.files[name]
      let right = b.files[name]
      guard let articleFile = left?.articleFile ?? right?.articleFile else { continue }
      var ids = Set(left?.claims.map(\.id) ?? [])
      ids.formUnion(right?.claims.map(\.id) ?? [])
      let ordered = ids.compactMap { left?[$0] ?? right?[$0] }.sorted(by: ArticleAnnotations.readingOrder)
      for claim in ordered {
        count(Pair(article: name, articleFile: articleFile, id: claim.id, a: left?[claim.id], b: right?[claim.id]))
      }
    }
  }

  private mutating func count(_ pair: Pair) {
    let undecidedHere = (pair.a?.review.conflict != nil, pair.b?.review.conflict != nil)
    if undecidedHere.0 { undecidedA += 1 }
    if undecidedHere.1 { undecidedB += 1 }
    if undecidedHere.0 || undecidedHere.1 { return }
    let labelA = pair.a.flatMap { Self.label(of: $0.review) }
    let labelB = pair.b.flatMap { Self.label(of: $0.review) }
    switch (labelA, labelB) {
    case (let labelA?, let labelB?):
      guard let row = Label.allCases.firstIndex(of: labelA), let column = Label.allCases.firstIndex(of: labelB)
      else { return }
      matrix[row][column] += 1
      reviewersA[pair.a?.review.reviewer ?? "", default: 0] += 1
      reviewersB[pair.b?.review.reviewer ?? "", default: 0] += 1
      if labelA != labelB { disagreements.append(pair) }
      if pair.a == pair.b { identical += 1 }
    case (.some, nil): onlyA += 1
    case (nil, .some): onlyB += 1
    case (nil, nil): break
    }
  }

  /// The label a review gives its claim: `dismissed`, a verdict, or `nil` when unreviewed.
  public static func label(of review: Review) -> Label? {
    if review.dismissed { return .dismissed }
    switch review.status {
    case .unreviewed: return nil
    case .verified: return .verified
    case .unverified: return .unverified
    case .disputed: return .disputed
    }
  }

  /// The number of claims labelled on both sides.
  public var paired: Int { matrix.reduce(0) { $0 + $1.reduce(0, +) } }

  /// The number of claims A labelled `a` and B labelled `b`.
  public func count(a: Label, b: Label) -> Int {
    guard let row = Label.allCases.firstIndex(of: a), let column = Label.allCases.firstIndex(of: b) else { return 0 }
    return matrix[row][column]
  }

  /// How many paired claims A gave `label`.
  public func totalA(_ label: Label) -> Int { Label.allCases.reduce(0) { $0 + count(a: label, b: $1) } }

  /// How many paired claims B gave `label`.
  public func totalB(_ label: Label) -> Int { Label.allCases.reduce(0) { $0 + count(a: $1, b: label) } }

  /// Observed agreement, Cohen's κ, Krippendorff's α and Gwet's AC1 over the paired claims.
  public var statistics: AgreementStatistics { AgreementStatistics(matrix: matrix) }
}
