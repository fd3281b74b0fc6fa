import FactCheckCore
import Testing

@Suite("Light stemmer (Porter steps 1a–1c)")
struct LightStemmerTests {
  @Test(
    "inflections are removed as Porter's algorithm describes",
    arguments: [
      ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
      ("feed", "feed"), ("agreed", "agree"), ("plastered", "plaster"), ("bled", "bled"), ("motoring", "motor"),
      ("sing", "sing"), ("conflated", "conflate"), ("troubled", "trouble"), ("sized", "size"), ("hopping", "hop"),
      ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"),
      ("filing", "file"), ("happy", "happi"), ("sky", "sky"),
    ])
  func porterExamples(word: String, stem: String) {
    #expect(LightStemmer.stem(word) == stem)
  }

  @Test("the inflections of a news word share a stem; derivations do not")
  func newsWords() {
    #expect(LightStemmer.stem("conscripted") == LightStemmer.stem("conscripts"))
    #expect(LightStemmer.stem("casualties") == LightStemmer.stem("casualty"))
    #expect(LightStemmer.stem("losses") == "loss")
    #expect(LightStemmer.stem("conscription") != LightStemmer.stem("conscript"))
  }

  @Test("names share a root with their demonyms")
  func nameRoots() {
    #expect(NameKey.root("russia") == NameKey.root("russian"))
    #expect(NameKey.root("russians") == NameKey.root("russian"))
    #expect(NameKey.root("ukraine") == NameKey.root("ukrainian"))
    #expect(NameKey.root("putin") == "putin")
    #expect(NameKey("Russia’s")?.matches(NameKey("Russians")!) == true)
    #expect(NameKey("Ministry")?.matches(NameKey("Minister")!) == false)
    #expect(NameKey("U.S.")?.key == "us")
  }
}
