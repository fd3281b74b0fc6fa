import Testing

@testable import FactCheckCore

@Suite("Source names")
struct SourceNameTests {
  @Test(
    "the personal name is the run of capitalised words at the end, without organisations or pronouns",
    arguments: [
      ("Defense Ministry spokesman Igor Konashenkov", "Igor Konashenkov"),
      ("Igor  Konashenkov", "Igor Konashenkov"),
      ("The Interior Ministry", nil),
      ("It", nil),
      ("O’Brien", nil),
      ("Sinéad O’Brien", "Sinéad O’Brien"),
      ("the wife of a Russian soldier", nil),
      ("Zelensky", "Zelensky"),
    ] as [(String, String?)])
  func personalName(source: String, name: String?) {
    #expect(SourceName.personalName(source) == name)
  }

  @Test("a person is named or described as one; organisations and pronouns are not")
  func isPerson() {
    #expect(SourceName.isPerson("the woman"))
    #expect(SourceName.isPerson("Defense Ministry spokesman Igor Konashenkov") == false)
    #expect(SourceName.isPerson("Igor Konashenkov"))
    #expect(!SourceName.isPerson("The Interior Ministry"))
    #expect(!SourceName.isPerson("It"))
    #expect(!SourceName.isPerson("they"))
    #expect(!SourceName.isPerson("officials"))
  }

  @Test("organisations and descriptions of things can be called it; people and pronouns cannot")
  func mayBeCalledIt() {
    for source in ["The United Nations", "the ministry", "Microsoft", "NATO", "The Interior Ministry"] {
      #expect(SourceName.mayBeCalledIt(source), "\(source)")
    }
    for source in ["Igor Konashenkov", "the woman", "Defense Ministry spokesman Igor Konashenkov", "He", "It"] {
      #expect(!SourceName.mayBeCalledIt(source), "\(source)")
    }
    #expect(!SourceName.mayBeCalledIt("Konstantin Kosachev and Irina Yarovaya"))
  }

  @Test("pronouns alone, and two names joined by and")
  func pronounsAndPairs() {
    #expect(SourceName.isPronoun("He"))
    #expect(!SourceName.isPronoun("He who"))
    #expect(SourceName.namesTwo("Konstantin Kosachev and Irina Yarovaya"))
    #expect(!SourceName.namesTwo("Anderson"))
  }
}
