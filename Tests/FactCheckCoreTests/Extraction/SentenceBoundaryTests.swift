import Testing

@testable import FactCheckCore

/// Cases written for this project (not copied from any evaluation file) for each boundary rule.
@Suite("Sentence boundary rules")
struct SentenceBoundaryTests {
  private let segmenter = SentenceSegmenter()

  @Test(
    "abbreviations end a sentence only before a word that starts one",
    arguments: [
      (
        "Shares of Acme Inc. rose. Acme Inc. It fell later.",
        ["Shares of Acme Inc. rose.", "Acme Inc.", "It fell later."]
      ),
      ("He moved to the U.K. Parliament building.", ["He moved to the U.K. Parliament building."]),
      ("Sales fell in the U.K. The rest grew.", ["Sales fell in the U.K.", "The rest grew."]),
      ("Gen. Lee spoke. No. 7 won.", ["Gen. Lee spoke.", "No. 7 won."]),
      ("She said no. Then she left.", ["She said no.", "Then she left."]),
      ("We met at 9 a.m. Monday.", ["We met at 9 a.m. Monday."]),
      ("The talks ended at 9 p.m. Officials left.", ["The talks ended at 9 p.m.", "Officials left."]),
      ("Call me, you and I. Then go.", ["Call me, you and I.", "Then go."]),
      ("Ask Robert K. Brown now.", ["Ask Robert K. Brown now."]),
    ])
  func abbreviations(text: String, expected: [String]) {
    #expect(segmenter.sentences(of: text) == expected)
  }

  @Test(
    "quotations and brackets stay whole; a closing quote after a stop can end a sentence",
    arguments: [
      ("“We lost. We will win,” she said. Then rain.", ["“We lost. We will win,” she said.", "Then rain."]),
      ("He wrote (see p. 4. It helps.) twice.", ["He wrote (see p. 4. It helps.) twice."]),
      ("Rain fell. (It was cold.) We left.", ["Rain fell.", "(It was cold.)", "We left."]),
      ("She said 'go home.' He went.", ["She said 'go home.'", "He went."]),
      ("He answered \"no--\" Then silence.", ["He answered \"no--\"", "Then silence."]),
      ("Isn't it the 'eighties. Yes it is.", ["Isn't it the 'eighties.", "Yes it is."]),
    ])
  func quotations(text: String, expected: [String]) {
    #expect(segmenter.sentences(of: text) == expected)
  }

  @Test(
    "lists, bullets, ellipses, numbers and footnotes",
    arguments: [
      ("Buy: 1. Eggs 2. Milk 3. Bread", ["Buy:", "1. Eggs", "2. Milk", "3. Bread"]),
      ("x) one y) two z) three", ["x) one", "y) two", "z) three"]),
      ("• Red apples • Green pears", ["• Red apples", "• Green pears"]),
      ("It was 12.5 percent. 2020 was worse.", ["It was 12.5 percent.", "2020 was worse."]),
      ("Wait... Then go. Or . . . not.", ["Wait...", "Then go.", "Or . . . not."]),
      ("It is settled.[4] New text.", ["It is settled.[4]", "New text."]),
      ("Visit www.example.org today. It is fine.", ["Visit www.example.org today.", "It is fine."]),
      ("Hello!! Who? Me.", ["Hello!!", "Who?", "Me."]),
      ("Yahoo! Sports said so.", ["Yahoo! Sports said so."]),
    ])
  func listsAndMarks(text: String, expected: [String]) {
    #expect(segmenter.sentences(of: text) == expected)
  }

  @Test("plain text: a line break ends a sentence unless the line was soft-wrapped")
  func plainLines() {
    #expect(segmenter.sentences(of: "title\nbody text here") == ["title", "body text here"])
    #expect(segmenter.sentences(of: "a long line \ncontinues here.") == ["a long line \ncontinues here."])
    #expect(segmenter.sentences(of: "\n7\n\nIntro\n") == ["Intro"])
    #expect(segmenter.sentences(of: "<p>One. Two.</p>\n<div>\n=====") == ["One.", "Two."])
  }

  @Test("inside an article block, line breaks are spaces")
  func blockLines() {
    let text = ArticleText("It will now focus\n\nin its objective. Next.")
    let spans = segmenter.sentenceSpans(in: text.scalars, within: text.fullSpan)
    #expect(spans.map { text[$0] } == ["It will now focus\n\nin its objective.", "Next."])
  }
}
