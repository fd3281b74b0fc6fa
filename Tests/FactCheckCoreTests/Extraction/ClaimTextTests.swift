import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Claim texts and ids from code points")
struct ClaimTextTests {
  /// Texts whose claims go through every path: ASCII, typographic marks, letters with accents, and code points
  /// that NFKC changes (ligatures, full-width letters, an ellipsis, a no-break space, a combining accent).
  private let samples = [
    "Prices rose 5 percent in 2021. “They lied,” he said — again.",
    "Zoë Ångström met Émile in Kraków. Die Straße war voll.",
    "The ﬁnal ﬁgure was ＦＩＶＥ. It rose… then fell.\u{00A0}Really.",
    "Cafe\u{0301} owners said prices rose. The café closed. 한국어 문장입니다.",
    "Same text.  Same text. Same   text.",
  ]

  @Test("texts and ids from code points equal those made through strings")
  func equivalence() {
    for sample in samples {
      let text = ArticleText(sample)
      let layout = ArticleLayoutParser().parse(text)
      let claims = ClaimExtractor().claims(in: text, layout: layout)
      #expect(!claims.isEmpty)
      let texts = claims.map { ClaimExtractor.displayText(text[$0.span]) }
      #expect(claims.map(\.text) == texts)
      #expect(claims.map(\.id) == ClaimIdentifier.ids(for: texts), "\(sample)")
      #expect(ClaimExtractor().ids(in: text, layout: layout) == claims.map(\.id))
      for claim in claims {
        #expect(ClaimExtractor.displayText(text.scalars, span: claim.span) == claim.text)
        #expect(
          ClaimText().normalizedBytes(text.scalars, span: claim.span)
            == Array(ClaimIdentifier.normalize(claim.text).utf8))
      }
    }
  }

  @Test("the ids-only path gives the seed articles' ids without their analysis")
  func seeds() {
    for name in Repository.seedFiles {
      let bytes = Repository.seedBytes(name)
      let article = Article(fileName: name, bytes: bytes)
      #expect(ClaimExtractor().ids(ofArticleBytes: bytes) == article.extracted.map(\.id), "\(name)")
    }
  }

  @Test("NFKC is consulted only for code points it can change")
  func compatibilityCheck() {
    #expect(!ClaimIdentifier.mayChangeUnderNFKC("a"))
    #expect(!ClaimIdentifier.mayChangeUnderNFKC("’"))
    #expect(!ClaimIdentifier.mayChangeUnderNFKC("—"))
    #expect(!ClaimIdentifier.mayChangeUnderNFKC("é"))
    #expect(ClaimIdentifier.mayChangeUnderNFKC("ﬁ"))
    #expect(ClaimIdentifier.mayChangeUnderNFKC("…"))
    #expect(ClaimIdentifier.mayChangeUnderNFKC("\u{0301}"))
    #expect(ClaimIdentifier.mayChangeUnderNFKC("É"))
  }
}
