import Testing

@testable import FactCheckCore

@Suite("Figures in a claim")
struct QuantityExtractorTests {
  private func quantities(_ sentence: String) -> [Quantity] {
    let text = ArticleText(sentence)
    return QuantityExtractor(SentenceWords(text.scalars, span: text.fullSpan), in: text).quantities()
  }

  @Test("a figure has its value, bound, what it counts, what happened, whose and when")
  func wholeFigure() throws {
    let found = quantities("More than 3,500 Russian soldiers have been killed since the invasion started.")
    let figure = try #require(found.first)
    #expect(found.count == 1)
    #expect(figure.value == 3500)
    #expect(figure.bound == .atLeast)
    #expect(figure.displayValue == "at least 3,500")
    #expect(figure.noun == "Russian soldiers")
    #expect(figure.thing == "troops")
    #expect(figure.event == "loss")
    #expect(figure.eventWords == "have been killed")
    #expect(figure.owners.map(\.key) == ["russian"])
    #expect(figure.time == "since the invasion started")
  }

  @Test("the event may come before the figure, with the party as its subject")
  func eventBefore() throws {
    let figure = try #require(quantities("Since the war began, the northern army has lost 1,250 soldiers.").first)
    #expect(figure.value == 1250)
    #expect(figure.event == "loss")
    #expect(figure.eventBefore)
    #expect(figure.description == "soldiers (lost)")
    #expect(figure.time == "Since the war began")
  }

  @Test("\"of its troops\", casualty nouns and approximations")
  func phrasing() throws {
    let partitive = try #require(quantities("The ministry confirmed that 498 of its troops have died.").first)
    #expect(partitive.noun == "of its troops")
    #expect(partitive.thing == "troops")
    #expect(partitive.event == "loss")
    let losses = try #require(quantities("Ukraine said Russia has suffered around 9,000 combat losses.").first)
    #expect(losses.bound == .approximate)
    #expect(losses.thing == "casualties")
    #expect(losses.event == "loss")
    #expect(losses.owners.map(\.key) == ["russia"])
    let members = try #require(quantities("Nearly 200 members of the Dutch navy were rescued.").first)
    #expect(members.thing == "troops")
    #expect(members.owners.map(\.key) == ["dutch"])
  }

  @Test("a list shares its verb and its party; number words count")
  func lists() {
    let found = quantities("Atlantis has also lost 14 airplanes, eight helicopters, 102 tanks and one missile.")
    #expect(found.map(\.value) == [14, 8, 102, 1])
    #expect(found.map(\.thing) == ["aircraft", "helicopter", "tank", "missile"])
    #expect(found.allSatisfy { $0.event == "loss" && $0.owners.map(\.key) == ["atlantis"] })
  }

  @Test("multipliers, percentages and a plain verb")
  func units() {
    let found = quantities("The charity raised 1.5 million euros, and prices rose 4% in June.")
    #expect(found.map(\.value) == [1_500_000, 4])
    #expect(found.map(\.thing) == ["euro", "percent"])
  }

  @Test("dates, years, times, durations, ages, bracketed numbers and bare numbers are not figures")
  func notFigures() {
    #expect(quantities("He spoke on March 5 and again on Feb. 24 at 10:30.").isEmpty)
    #expect(quantities("In 2019 the river rose for 3 to 5 months, over 72 hours.").isEmpty)
    #expect(quantities("Men between the ages of 18 and 27 were called on Thursday (31).").isEmpty)
    #expect(quantities("No one came, and one of the units left.").isEmpty)
    #expect(quantities("A video of five soldiers captured in Kharkiv went viral.").isEmpty)
  }
}
