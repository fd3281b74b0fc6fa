import Testing

@testable import FactCheckCore

@Suite("Article analysis")
struct ArticleAnalysisTests {
  private func analysed(_ text: String) -> (Article, [ClaimAnalysis]) {
    let article = Article(fileName: "x.txt", bytes: Array(text.utf8))
    #expect(article.analysis.claims.count == article.extracted.count, "one analysis per extracted claim")
    return (article, article.analysis.claims)
  }

  @Test("sources come from reporting verbs, according to, quotations and pronouns")
  func attribution() {
    let (_, claims) = analysed(
      """
      Army spokesman Ivan Petrov said on Monday that 40 tanks were lost. “We lost many,” he said. “More will come.”

      Prices rose 5 percent, according to the Statistics Office.

      The mayor and the governor met. He said nothing.

      Officials in Rome, who spoke at noon, denied the report. The bridge is closed.
      """)
    #expect(claims[0].attribution?.source == "Army spokesman Ivan Petrov")
    #expect(claims[0].attribution?.cue == "said")
    #expect(claims[1].attribution?.source == "Ivan Petrov")
    #expect(claims[1].attribution?.basis == .pronoun)
    #expect(claims[1].kind == .quote)
    #expect(claims[2].attribution?.source == "Ivan Petrov")
    #expect(claims[2].attribution?.basis == .quotation)
    #expect(claims[3].attribution?.source == "the Statistics Office")
    #expect(claims[3].attribution?.cue == "according to")
    #expect(claims[4].attribution == nil)
    #expect(claims[6].attribution?.source == "Officials in Rome")
    #expect(claims[7].attribution == nil)
  }

  @Test("he resolves to the last personal name, it to the last organisation")
  func pronouns() {
    let (_, claims) = analysed(
      """
      Defense Ministry spokesman Igor  Konashenkov said 40 tanks were lost. He added that more would come.

      The Interior Ministry said the roads were closed. It said nothing else. He said it again.

      Konashenkov told reporters the talks had failed.
      """)
    #expect(claims[0].attribution?.source == "Defense Ministry spokesman Igor Konashenkov")
    #expect(claims[1].attribution?.source == "Igor Konashenkov")
    #expect(claims[1].attribution?.basis == .pronoun)
    #expect(claims[3].attribution?.source == "The Interior Ministry")
    #expect(claims[3].attribution?.basis == .pronoun)
    // Neither an organisation nor "it" is a personal name: "He" still means the last person named.
    #expect(claims[4].attribution?.source == "Igor Konashenkov")
    // A last name alone joins the full name met before.
    #expect(claims[5].attribution?.source == "Igor Konashenkov")
  }

  @Test("it is the source of the sentence before, in the same paragraph, and nothing further back")
  func itResolvesNearby() {
    let (_, claims) = analysed(
      """
      The Kremlin said the talks had failed.

      The United Nations said 500 civilians were killed. It said the figure would rise.

      Microsoft said revenue rose 3%. It said cloud sales grew.

      The Russian Defense Ministry issued a statement on Tuesday. It said that 1,351 soldiers had died.

      The ministry said the roads were closed.

      It said the bridges were open.
      """)
    #expect(claims[2].attribution?.source == "The United Nations")
    #expect(claims[2].attribution?.basis == .pronoun)
    #expect(claims[4].attribution?.source == "Microsoft")
    // The sentence before names no source, and the paragraph before is not this one: "it" stays unresolved.
    #expect(claims[6].attribution?.source == "It")
    #expect(claims[6].attribution?.basis == .verb)
    #expect(claims[8].attribution?.source == "It")
  }

  @Test("disclaimers cover the story so far; hedges their sentence; disagreement the sentence before")
  func caveats() {
    let (article, claims) = analysed(
      """
      A leaked video shows troops at the border. The soldiers allegedly crossed twice.

      The Daily Example could not independently verify the video.

      The army said 12 soldiers died. These figures differ from those of the rebels.
      """)
    let ids = article.extracted.map(\.id)
    let verify = article.analysis.caveats.first { $0.cue == "could not independently verify" }
    #expect(verify?.kind == .disclaimer)
    #expect(verify?.covers == Array(ids[0...2]))
    #expect(claims[1].caveats.map(\.cue).contains("allegedly"))
    let differ = article.analysis.caveats.first { $0.cue == "differ" }
    #expect(differ?.kind == .disagreement)
    #expect(differ?.covers == [ids[3], ids[4]])
    #expect(claims[3].caveats.contains { $0.cue == "differ" })
    #expect(!claims[3].caveats.contains { $0.cue == "could not independently verify" })
  }

  @Test("identity disclaimers cover the claims of the person they describe")
  func identity() {
    let (article, _) = analysed(
      """
      “We were sent to the front,” the wife of a soldier told him. The woman, whose identity was not revealed, added that they walked home.

      Another soldier said nothing.
      """)
    let caveat = article.analysis.caveats.first { $0.cue.contains("identity") }
    #expect(caveat?.covers == Array(article.extracted.map(\.id)[0...1]))
  }

  @Test("check-worthiness ranks numbers and records above thanks, questions and stage directions")
  func scores() {
    let scorer = CheckWorthinessScorer()
    let claim = scorer.score("Unemployment fell to 3.9 percent, the lowest rate in 18 years.")
    let plain = scorer.score("We gathered in the hall tonight.")
    let question = scorer.score("Why did nobody tell us?")
    let thanks = scorer.score("Thank you very much.")
    #expect(claim > 0.5)
    #expect(claim > plain && plain > question)
    #expect(thanks < plain)
    #expect(scorer.score("(Applause.)") == 0)
    #expect(scorer.score("(APPLAUSE)") == 0)
  }

  @Test("the hedge detector marks uncertain sentences only")
  func hedges() {
    let detector = CaveatDetector()
    #expect(detector.hasHedge("The man allegedly stole a car."))
    #expect(detector.hasHedge("The town may have been founded earlier."))
    #expect(detector.hasHedge("It appeared to be empty."))
    #expect(!detector.hasHedge("The town was founded in 1850."))
    #expect(!detector.hasHedge("He was born in May 1901."))
  }
}
