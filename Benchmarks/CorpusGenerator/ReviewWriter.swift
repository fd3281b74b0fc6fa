import FactCheckCore
import Foundation

/// Writes the reviews of a generated corpus: which articles have an annotation file, and what reviewers
/// recorded in it, at two revisions (the second as a later day of work on the first).
///
/// Reviews are what the workbench itself stores: verdicts with notes, evidence and the reviewer's caveats,
/// the publication's caveats copied on a claim's first change, dismissed captions and credits, and a
/// few conflicts left by merges. The choices are drawn from the seed and the article's index only.
public struct ReviewWriter: Sendable {
  /// The seed the reviews are drawn from.
  public let seed: UInt64
  /// The share of articles with an annotation file at the first revision.
  public let share: Double

  /// Creates a writer; `share` of the articles are reviewed at the first revision.
  public init(seed: UInt64, share: Double = 0.3) {
    self.seed = seed
    self.share = share
  }

  /// The annotations of article `index` at the first revision, or `nil` when nobody reviewed it.
  public func firstRevision(of article: Article, index: Int) -> ArticleAnnotations? {
    var random = SeededRandom(seed: seed ^ 0x5245_5631, index: index)
    guard random.chance(share) else { return nil }
    let coverage = random.chance(0.3) ? 1.0 : 0.1 + 0.8 * random.unit()
    return review(article, coverage: coverage, day: 0, random: &random)
  }

  /// The annotations of article `index` at the second revision, given those of the first.
  ///
  /// About one reviewed article in six changes (verdicts changed, notes rewritten, more claims reviewed),
  /// and about one unreviewed article in thirty is reviewed for the first time.
  public func secondRevision(of article: Article, index: Int, first: ArticleAnnotations?) -> ArticleAnnotations? {
    var random = SeededRandom(seed: seed ^ 0x5245_5632, index: index)
    guard let first else {
      return random.chance(0.035) ? review(article, coverage: 0.3, day: 1, random: &random) : nil
    }
    guard random.chance(0.17) else { return first }
    var annotations = first
    let reviewed = first.claims.filter { !$0.review.dismissed }
    for _ in 0..<random.int(1...4) where !reviewed.isEmpty {
      var claim = reviewed[random.int(0...(reviewed.count - 1))]
      claim.review.status = random.pick(ClaimStatus.verdicts.filter { $0 != claim.review.status })
      claim.review.note = random.pick(Vocabulary.notes)
      claim.review.reviewer = random.pick(Vocabulary.reviewerNames)
      claim.review.updated = timestamp(day: 1, random: &random)
      annotations.upsert(claim)
    }
    let stored = Set(first.claims.map(\.id))
    let fresh = article.extracted.filter { !stored.contains($0.id) }
    for _ in 0..<random.int(0...3) where !fresh.isEmpty {
      let claim = fresh[random.int(0...(fresh.count - 1))]
      annotations.upsert(annotation(of: claim, in: article, day: 1, random: &random))
    }
    return annotations
  }

  /// Annotations with every claim of `article` reviewed (captions and other non-claims mostly dismissed).
  public func completeReview(of article: Article) -> ArticleAnnotations? {
    var random = SeededRandom(seed: seed ^ 0x414C_4C31, index: 0)
    return review(article, coverage: 1, day: 0, random: &random)
  }

  private func review(_ article: Article, coverage: Double, day: Int, random: inout SeededRandom)
    -> ArticleAnnotations?
  {
    var claims: [ClaimAnnotation] = []
    for claim in article.extracted where random.chance(coverage) {
      claims.append(annotation(of: claim, in: article, day: day, random: &random))
    }
    guard !claims.isEmpty else { return nil }
    return ArticleAnnotations(articleFile: article.fileName, articleSHA256: article.sha256, claims: claims)
  }

  /// A reviewer's record of one extracted claim, as the workbench would store it.
  private func annotation(
    of claim: ExtractedClaim, in article: Article, day: Int, random: inout SeededRandom
  ) -> ClaimAnnotation {
    let analysis = article.analysis.analysis(ofClaimAt: claim.number - 1)
    var review = Review(reviewer: random.pick(Vocabulary.reviewerNames), updated: timestamp(day: day, random: &random))
    if let kind = analysis?.kind, !kind.isClaim, random.chance(0.7) {
      review.dismissed = true
    } else {
      let roll = random.unit()
      review.status = roll < 0.5 ? .verified : roll < 0.8 ? .unverified : .disputed
      if random.chance(0.7) { review.note = random.pick(Vocabulary.notes) }
      for _ in 0..<(random.chance(0.4) ? random.int(1...2) : 0) {
        review.evidence.append(random.pick(Vocabulary.evidenceHosts) + random.hex(10))
      }
      review.caveats = analysis?.caveats.map(\.stored) ?? []
      if random.chance(0.1) {
        review.caveats.append(Caveat(text: random.pick(Vocabulary.reviewerCaveats), origin: .reviewer))
      }
      if random.chance(0.01) {
        var theirs = review
        theirs.status = review.status == .verified ? .disputed : .verified
        theirs.reviewer = random.pick(Vocabulary.reviewerNames)
        theirs.note = random.pick(Vocabulary.notes)
        review.conflict = ReviewConflict(theirs: theirs, base: Review())
      }
    }
    return ClaimAnnotation(
      id: claim.id, origin: .extracted, anchor: ClaimAnchor(span: claim.span, in: article.text), review: review)
  }

  /// A time on working day `day` of the review (day 0 is 4 March 2024), in the files' format.
  private func timestamp(day: Int, random: inout SeededRandom) -> String {
    let start = 1_709_542_800.0  // 2024-03-04T09:00:00Z
    let seconds = Double(day * 86_400 + random.int(0...(9 * 3_600)))
    return Timestamp.string(from: Date(timeIntervalSince1970: start + seconds))
  }
}
