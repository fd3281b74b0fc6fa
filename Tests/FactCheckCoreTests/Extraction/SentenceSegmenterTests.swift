import Testing

@testable import FactCheckCore

@Suite("Sentence segmenter")
struct SentenceSegmenterTests {
  private let segmenter = SentenceSegmenter()

  @Test(
    "splits where sentences end and nowhere else",
    arguments: [
      ("Hello world. My name is Jonas.", ["Hello world.", "My name is Jonas."]),
      ("What is your name? My name is Jonas.", ["What is your name?", "My name is Jonas."]),
      ("There it is! I found it.", ["There it is!", "I found it."]),
      ("My name is Jonas E. Smith.", ["My name is Jonas E. Smith."]),
      ("Please turn to p. 55.", ["Please turn to p. 55."]),
      ("Were Mrs. Lee and Dr. Who there?", ["Were Mrs. Lee and Dr. Who there?"]),
      ("It cost $3.50 in the U.S. yesterday. Then more.", ["It cost $3.50 in the U.S. yesterday.", "Then more."]),
      ("It was launched on Feb. 24 under a pretext.", ["It was launched on Feb. 24 under a pretext."]),
      ("She said, \"This is great.\" He agreed.", ["She said, \"This is great.\"", "He agreed."]),
      ("“It works.” she said.", ["“It works.” she said."]),
      ("I love you…I stress that. Then go.", ["I love you…I stress that.", "Then go."]),
      ("The attack. . Then more.", ["The attack.", ".", "Then more."]),
      ("Wait... what? No.", ["Wait... what?", "No."]),
      ("No terminal punctuation", ["No terminal punctuation"]),
      ("  Leading and trailing space.  ", ["Leading and trailing space."]),
      ("", []),
    ])
  func splits(text: String, expected: [String]) {
    #expect(segmenter.sentences(of: text) == expected)
  }

  @Test("reports spans in code points, not bytes or UTF-16 units")
  func codePointSpans() {
    let text = ArticleText("Ça va 😀. Très bien.")
    let spans = segmenter.sentenceSpans(in: text.scalars, within: text.fullSpan)
    #expect(spans == [TextSpan(start: 0, end: 8), TextSpan(start: 9, end: 19)])
    #expect(spans.map { text[$0] } == ["Ça va 😀.", "Très bien."])
  }
}
