import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Article layout")
struct ArticleLayoutParserTests {
  private func layout(_ text: String) -> (ArticleText, ArticleLayout) {
    let article = ArticleText(text)
    return (article, ArticleLayoutParser().parse(article))
  }

  @Test("a leading date line gives the date; a title without final punctuation is the headline")
  func dateAndHeadline() {
    let (text, layout) = layout(" date 2022-03-10 Putin’s message to relatives 0:42\n\n(CNN) — Body one. Body two.\n")
    #expect(layout.date == "2022-03-10")
    #expect(layout.headline.map { text[$0] } == "Putin’s message to relatives 0:42")
    #expect(layout.blocks.map { text[$0] } == ["Body one. Body two."])
    #expect(layout.dateline.map { text[$0] } == "(CNN) —")
  }

  @Test("a date line whose rest ends a sentence starts the body")
  func dateThenBody() {
    let (text, layout) = layout(" date 2022-04-02 Putin signed a decree.\n\nMore text.")
    #expect(layout.date == "2022-04-02")
    #expect(layout.headline == nil)
    #expect(layout.blocks.map { text[$0] } == ["Putin signed a decree.", "More text."])
  }

  @Test("KEY POINTS bullets are metadata, not body")
  func keyPoints() {
    let (text, layout) = layout("Headline Here\nKEY POINTS\n- First point\n- Second point\nBody starts here.\n")
    #expect(layout.headline.map { text[$0] } == "Headline Here")
    #expect(layout.keyPoints.map { text[$0] } == ["First point", "Second point"])
    #expect(layout.blocks.map { text[$0] } == ["Body starts here."])
  }

  @Test("bullets with • and a trailing no-break space are trimmed")
  func bulletsTrimmed() {
    let (text, layout) = layout("KEY POINTS\n\n  • One\u{A0}\n  • Two\n\nBody.")
    #expect(layout.keyPoints.map { text[$0] } == ["One", "Two"])
  }

  @Test("a line ending mid-sentence continues into a lowercase line, even across a blank line")
  func continuation() {
    let (text, layout) = layout("It will now focus\n\nin its priority objective.\nNext paragraph.")
    #expect(layout.blocks.map { text[$0] } == ["It will now focus\n\nin its priority objective.", "Next paragraph."])
  }

  @Test("CRLF line endings are handled like LF")
  func crlf() {
    let (text, layout) = layout("First line.\r\nSecond line.\r\n")
    #expect(layout.blocks.map { text[$0] } == ["First line.", "Second line."])
  }

  @Test("the seed articles' metadata is found")
  func seeds() throws {
    let first = Article(fileName: "000.txt", bytes: Repository.seedBytes("000_8a0f9cc6e11021fa.txt"))
    #expect(first.layout.date == "2022-03-10")
    #expect(first.layout.headline.map { first.text[$0] }?.hasPrefix("Vladimir Putin") == true)
    let second = Article(fileName: "001.txt", bytes: Repository.seedBytes("001_154fe191a45418ec.txt"))
    #expect(second.layout.keyPoints.count == 3)
    #expect(second.extracted.allSatisfy { !$0.text.contains("KEY POINTS") })
    let third = Article(fileName: "002.txt", bytes: Repository.seedBytes("002_826b06bc2df8a369.txt"))
    #expect(third.layout.headline.map { third.text[$0] }?.hasPrefix("Ukraine To Hand Over") == true)
    #expect(third.layout.keyPoints.count == 3)
  }
}
