import Testing

@testable import FactCheckCore

@Suite("Article roles")
struct ArticleRolesTests {
  private func article(_ text: String) -> Article {
    Article(fileName: "x.txt", bytes: Array(text.utf8))
  }

  @Test("captions, credits, embeds, copyright, bylines and subheadings get their roles and kinds")
  func roles() {
    let text = """
      Flood waters rose in the valley

      LONDON (Reuters) — The river rose 3 metres on Monday, officials said.

      By Jane Roe

      Residents wait on a bridge near the old mill
      Residents wait on a bridge near the old mill REUTERS / Tom Smith

      Rescue work goes on

      Water reached the mill pic.twitter.com/abc123
      — City News (@citynews) May 3, 2021

      Copyright 2021 Example News. All rights reserved.
      """
    let article = article(text)
    let kinds = article.analysis.claims.map(\.kind)
    let texts = article.extracted.map(\.text)
    #expect(article.layout.headline.map { article.text[$0] } == "Flood waters rose in the valley")
    #expect(article.layout.dateline.map { article.text[$0] } == "LONDON (Reuters) —")
    #expect(texts.first == "The river rose 3 metres on Monday, officials said.")
    #expect(kinds.first == .numeric)
    #expect(
      kinds == [
        .numeric, .metadata, .caption, .caption, .photoCredit, .headline, .embed, .embed, .boilerplate, .boilerplate,
      ])
    #expect(texts[4] == "REUTERS / Tom Smith")
    #expect(article.extracted[3].id == article.extracted[2].id + "-2")
  }

  @Test("a line ending in a linking word continues into the next line, even in capitals")
  func linkingWord() {
    let article = article("It began.\n\nTroops moved to the regions of\n\nDonetsk and Lugansk.\n\nNext one.")
    #expect(
      article.extracted.map(\.text) == [
        "It began.", "Troops moved to the regions of Donetsk and Lugansk.", "Next one.",
      ])
  }

  @Test("a stray stop joins the claim before it")
  func strayStop() {
    let article = article("The attack began. . Then more came.")
    #expect(article.extracted.map(\.text) == ["The attack began. .", "Then more came."])
  }
}
