import Testing

@testable import FactCheckCore

@Suite("Links between claims in a report")
struct ReportLinkerTests {
  private func mention(_ article: Int, _ value: Double) -> FigureDisagreement.Mention {
    let name = String(format: "%03d", article)
    let quantity = Quantity(
      value: value, bound: .exact, written: "\(Int(value))", span: TextSpan(start: 0, end: 3), noun: "soldiers",
      thing: "soldiers", event: "loss", owners: [])
    return FigureDisagreement.Mention(
      claim: ClaimReference(articleFile: name + ".txt", article: name, number: 1, id: "c\(article)"),
      quantity: quantity, source: "source \(article)", date: nil, status: .unreviewed)
  }

  @Test("a small group is linked whole, in its order")
  func smallGroup() {
    let mentions = [mention(1, 100), mention(2, 200), mention(2, 250), mention(3, 300)]
    #expect(ReportLinker.figuresShown(mentions, ownValues: ["100"]) == mentions)
  }

  @Test("a large group links one claim per figure, those the claim does not give first, at most six claims")
  func largeGroup() {
    // Ten claims: six give 498 (the claim's own figure), four give 9,000, 3,500, 1,300 and 200.
    let values: [Double] = [498, 498, 9000, 498, 3500, 498, 1300, 498, 200, 498]
    let mentions = values.enumerated().map { mention($0.offset + 1, $0.element) }
    let shown = ReportLinker.figuresShown(mentions, ownValues: ["498"])
    #expect(shown.count == ReportLinker.figureLimit)
    #expect(Set(shown.map(\.claim)).count == shown.count)
    // The four other figures, then one claim with the same figure, then another, in the group's order.
    #expect(shown.map(\.quantity.value) == [498, 498, 9000, 3500, 1300, 200])
    #expect(shown.map(\.claim.article) == ["001", "002", "003", "005", "007", "009"])
  }
}
