import Foundation
import Testing

@testable import FactCheckCore

@Suite("Word classes and tables")
struct WordClassesTests {
  @Test("every lexicon word is found with its class, whatever its case")
  func lexicon() {
    for word in Lexicon.speechVerbs { #expect(WordClasses.of(WordHash.hash(word)).contains(.speechVerb), "\(word)") }
    for word in Lexicon.hedgeWords { #expect(WordClasses.of(WordHash.hash(word)).contains(.hedgeWord), "\(word)") }
    for word in Lexicon.organisationWords {
      #expect(WordClasses.of(WordHash.hash(word.uppercased())).contains(.organisationWord), "\(word)")
    }
    #expect(WordClasses.of(WordHash.hash("said")).contains([.speechVerb, .functionWord]))
    #expect(WordClasses.of(WordHash.hash("tractor")).isEmpty)
  }

  @Test("tokens carry their word's hash, classes and first scalar")
  func tokens() {
    let scalars = Array("He SAID 5% (allegedly).".unicodeScalars)
    let words = SentenceWords(scalars, span: TextSpan(start: 0, end: scalars.count))
    #expect(words.tokens.map(\.kind) == [.word, .word, .number, .mark, .mark, .word, .mark, .mark])
    #expect(words.tokens[1].key == WordHash.hash("said") && words.tokens[1].classes.contains(.speechVerb))
    #expect(words.tokens[3].isMark("%") && words.tokens[4].isMark("("))
    #expect(words.tokens[5].classes.contains(.hedgeWord))
    #expect(words.text(1) == "said")
    #expect(words.find(Words.keys(["allegedly"])) == 5)
    #expect(words.matches(Words.keys(["he", "said"]), at: 0) == 2)
  }

  @Test("a counting table counts each key over all groups")
  func counting() {
    let (a, b, c) = (WordHash.hash("a"), WordHash.hash("b"), WordHash.hash("c"))
    let table = KeyTable(counting: [[a, b], [a], [a, c, b]])
    #expect(table[a] == 3 && table[b] == 2 && table[c] == 1)
    #expect(table[WordHash.hash("d")] == nil)
  }

  @Test("topic salience counts a sentence's distinct content words over the document, plurals together")
  func salience() {
    let sentences = ["The wall is long.", "Walls cost money.", "The wall wall again.", "Thanks."].map { sentence in
      let scalars = Array(sentence.unicodeScalars)
      return SentenceWords(scalars, span: TextSpan(start: 0, end: scalars.count))
    }
    let salience = TopicSalience(sentences)
    // "wall" is in three sentences, "long" in one: (log 3 + log 1) / 2.
    #expect(abs(salience.salience(ofSentenceAt: 0) - log(3.0) / 2) < 1e-12)
    // "wall" twice counts once, and "again" is a function word.
    #expect(abs(salience.salience(ofSentenceAt: 2) - log(3.0)) < 1e-12)
    #expect(salience.salience(ofSentenceAt: 3) == 0)
    #expect(salience.salience(sentences[0]) == salience.salience(ofSentenceAt: 0))
  }
}
