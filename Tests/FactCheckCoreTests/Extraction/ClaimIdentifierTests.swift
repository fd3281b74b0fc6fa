import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Claim ids")
struct ClaimIdentifierTests {
  @Test("ids are 12 hex digits of the normalised text's SHA-256")
  func shape() {
    let id = ClaimIdentifier.baseID(for: "Russia said so.")
    #expect(id.count == 12)
    #expect(id.allSatisfy { $0.isHexDigit && !$0.isUppercase })
  }

  @Test("typography, case and spacing do not change an id")
  func normalisation() {
    #expect(
      ClaimIdentifier.baseID(for: "“Putin’s  troops” — said")
        == ClaimIdentifier.baseID(for: "\"putin's troops\" - said"))
    #expect(ClaimIdentifier.baseID(for: "a b") != ClaimIdentifier.baseID(for: "a c"))
  }

  @Test("repeated texts are disambiguated in reading order")
  func repeats() {
    let base = ClaimIdentifier.baseID(for: "Same.")
    #expect(
      ClaimIdentifier.ids(for: ["Same.", "Other.", "Same.", "Same."]) == [
        base, ClaimIdentifier.baseID(for: "Other."), "\(base)-2", "\(base)-3",
      ])
  }

  @Test("only whole ids count as repeats, not ids that share their first digits")
  func repeatsAreWholeIDs() {
    let bases = ["abcdef012345", "abcdef019999", "abcdef012345", "ffff", "abcdef019999", "abcdef012345", "ffff"]
    #expect(
      ClaimIdentifier.disambiguated(bases) == [
        "abcdef012345", "abcdef019999", "abcdef012345-2", "ffff", "abcdef019999-2", "abcdef012345-3", "ffff-2",
      ])
    #expect(ClaimIdentifier.disambiguated(["abcdef012345", "abcdef019999"]) == ["abcdef012345", "abcdef019999"])
  }

  @Test("a claim's id does not depend on the rest of the document")
  func independentOfDocument() {
    let before = Article(fileName: "a.txt", bytes: Array("First claim here. Second claim here.".utf8))
    let after = Article(
      fileName: "a.txt", bytes: Array("An inserted sentence. First claim here, edited. Second claim here.".utf8))
    #expect(before.extracted[1].id == after.extracted[2].id)
    #expect(before.extracted[0].id != after.extracted[1].id)
  }

  @Test("every seed claim has a unique id, spans in code points and numbers in reading order")
  func seedClaims() {
    for name in Repository.seedFiles {
      let article = Article(fileName: name, bytes: Repository.seedBytes(name))
      #expect(!article.extracted.isEmpty)
      #expect(Set(article.extracted.map(\.id)).count == article.extracted.count, "\(name)")
      #expect(article.extracted.map(\.number) == Array(1...article.extracted.count))
      #expect(article.extracted.map(\.span) == article.extracted.map(\.span).sorted())
      for claim in article.extracted {
        #expect(ClaimExtractor.displayText(article.text[claim.span]) == claim.text)
      }
    }
  }
}
