import Foundation
import TestSupport
import Testing

@testable import FactCheckCore

@Suite("Check-worthiness model")
struct CheckWorthinessModelTests {
  private func words(_ sentence: String) -> (SentenceWords, [Unicode.Scalar]) {
    let scalars = Array(sentence.unicodeScalars)
    return (SentenceWords(scalars, span: TextSpan(start: 0, end: scalars.count)), scalars)
  }

  @Test("the shipped model parses and names a weight for every sentence feature")
  func shipped() throws {
    let model = CheckWorthinessModel.shipped
    #expect(model.inputs.count == CheckWorthinessScorer.inputNames.count)
    #expect(!model.terms.isEmpty)
    #expect(model.terms.allSatisfy { $0.weight.isFinite && !$0.term.isEmpty })
  }

  @Test("the shipped model was trained on exactly the transcripts in Training/data")
  func trainingData() throws {
    let folder = Repository.root.appendingPathComponent("Training/data")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".tsv") }
    // The header lists each transcript on its own line, indented: "#   20170315_Trump_Nashville".
    let listed = CheckWorthinessModel.shippedText.split(separator: "\n")
      .filter { $0.hasPrefix("#   ") }.map { String($0.dropFirst(4)) }.filter { !$0.contains(" ") }
    #expect(Set(listed) == Set(files.map { String($0.dropLast(4)) }))
    #expect(files.count >= 2)
  }

  @Test("every shipped term is found under the key the sentence's terms get, pairs included")
  func shippedKeys() {
    for (term, _) in CheckWorthinessModel.shipped.terms {
      // A number stands for "#" in a sentence.
      let sentence = term.split(separator: " ").map { $0 == "#" ? "7" : String($0) }.joined(separator: " ")
      let (tokens, scalars) = words(sentence)
      let named = LexicalTerms.named(tokens, in: scalars)
      #expect(named.contains { $0.name == term && $0.key == CheckWorthinessModel.key(term) }, "\(term)")
    }
  }

  @Test("the text form round-trips and scores the same")
  func roundTrip() throws {
    let model = CheckWorthinessModel(
      bias: -1.5, inputs: CheckWorthinessScorer.inputNames.indices.map { Double($0) / 10 },
      terms: [("percent", 0.75), ("# percent", 0.5), ("thank", -1)], normalizesTerms: true)
    let copy = try CheckWorthinessModel(parsing: model.text(header: ["a test model"]))
    let (sentence, _) = words("Taxes fell 5 percent, thank you.")
    let inputs = CheckWorthinessScorer.inputs(CheckWorthinessScorer().features(sentence))
    let keys = LexicalTerms.keys(sentence)
    #expect(abs(copy.logit(inputs: inputs, terms: keys) - model.logit(inputs: inputs, terms: keys)) < 1e-6)
    #expect(copy.normalizesTerms)
    #expect(copy.terms.count == 3)
  }

  @Test("term weights count once per term, divided by √(number of terms) when normalised")
  func termWeights() {
    let zeros = CheckWorthinessScorer.inputNames.map { _ in 0.0 }
    let (sentence, _) = words("Prices rose 5 percent.")
    let keys = LexicalTerms.keys(sentence)
    let binary = CheckWorthinessModel(
      bias: 0, inputs: zeros, terms: [("percent", 1), ("# percent", 2)], normalizesTerms: false)
    #expect(binary.logit(inputs: zeros, terms: keys) == 3)
    let normalised = CheckWorthinessModel(bias: 0, inputs: zeros, terms: [("percent", 1)], normalizesTerms: true)
    #expect(abs(normalised.logit(inputs: zeros, terms: keys) - 1 / Double(keys.count).squareRoot()) < 1e-12)
  }

  @Test("a malformed model text is refused with its line")
  func malformed() {
    #expect(throws: CheckWorthinessModel.FormatError.self) {
      try CheckWorthinessModel(parsing: "bias\t0\ninput\tno-such-feature\t1\n")
    }
    do {
      _ = try CheckWorthinessModel(parsing: "# comment\nterm\tjobs\tmany\n")
      Issue.record("a weight that is not a number was accepted")
    } catch let error as CheckWorthinessModel.FormatError {
      #expect(error.line == 2)
    } catch {
      Issue.record("unexpected error \(error)")
    }
  }

  @Test("a model text missing a line, with one twice, or with an unclear value is refused with its line")
  func strict() throws {
    let zeros = CheckWorthinessScorer.inputNames.map { _ in 0.0 }
    let text = CheckWorthinessModel(bias: 0.5, inputs: zeros, terms: [("jobs", 1)], normalizesTerms: true)
      .text(header: ["a test model"])
    let lines = text.split(separator: "\n").map(String.init)
    func failure(_ text: String) -> (line: Int, message: String)? {
      do {
        _ = try CheckWorthinessModel(parsing: text)
        return nil
      } catch let error as CheckWorthinessModel.FormatError {
        return (error.line, error.message)
      } catch {
        return (0, "\(error)")
      }
    }
    // Line endings do not matter: CRLF reads as the same model.
    let crlf = try CheckWorthinessModel(parsing: lines.joined(separator: "\r\n") + "\r\n")
    #expect(crlf.bias == 0.5 && crlf.normalizesTerms && crlf.terms.count == 1)
    #expect(failure("")?.message == "no 'bias' line")
    #expect(failure(text.replacingOccurrences(of: "normalize-terms\tyes", with: "normalize-terms\tYES"))?.line == 3)
    #expect(failure(text + "bias\t1\n")?.message == "a second 'bias' line")
    #expect(failure(text + "term\tjobs\t2\n")?.message == "the term 'jobs' again (first on line \(lines.count))")
    #expect(failure(text.replacingOccurrences(of: "0.500000", with: "0x1p-1"))?.line == 2)
    let withoutInput = lines.filter { !$0.hasPrefix("input\tdigits\t") }.joined(separator: "\n")
    #expect(failure(withoutInput)?.message == "no 'input' line for 'digits'")
  }

  @Test("terms are lowercased words, numbers as #, % and $, and pairs not split by punctuation")
  func terms() {
    let (sentence, scalars) = words("We lost $5 billion, Jobs didn’t come back.")
    let names = LexicalTerms.named(sentence, in: scalars).map(\.name)
    #expect(names.contains("we lost"))
    #expect(names.contains("$ #"))
    #expect(names.contains("# billion"))
    #expect(names.contains("jobs"))
    #expect(names.contains("didn t"))
    #expect(!names.contains("billion jobs"))
    #expect(Set(LexicalTerms.keys(sentence)) == Set(LexicalTerms.named(sentence, in: scalars).map(\.key)))
    #expect(LexicalTerms.keys(sentence) == LexicalTerms.keys(words("WE LOST $7 BILLION, jobs didn't come back.").0))
  }

  @Test("word hashes fold case the same way from text and from code points")
  func hashes() {
    let scalars = Array("Ünemployment ROSE".unicodeScalars)
    #expect(WordHash.hash(scalars, from: 0, to: 12) == WordHash.hash("ünemployment"))
    #expect(WordHash.hash(scalars, from: 13, to: 17) == WordHash.hash("rose"))
    #expect(WordHash.lowercased(scalars, from: 0, to: 17) == "ünemployment rose")
    #expect(WordHash.hash("rose") != WordHash.hash("rise"))
    let table = KeyTable([(WordHash.hash("rose"), 1), (WordHash.hash("fell"), 2)], empty: 0)
    #expect(table[WordHash.hash("ROSE")] == 1)
    #expect(table[WordHash.hash("fell")] == 2)
    #expect(table[WordHash.hash("rise")] == nil)
    #expect(table[0] == nil)
  }

  @Test("a sentence's neighbours' prior probabilities are its context, stage directions skipped")
  func context() {
    let scorer = CheckWorthinessScorer()
    let sentences = ["Unemployment fell to 3.9 percent last year.", "(Applause.)", "Thank you.", ""]
    let features = CheckWorthinessScorer.withContext(sentences.map { scorer.features(words($0).0) })
    let first = 1 / (1 + exp(-CheckWorthinessScorer.priorLogit(features[0])))
    #expect(features[0].previousPrior == 0)
    #expect(features[1].previousPrior == first)
    #expect(abs(features[2].previousPrior - first) < 1e-12)
    #expect(features[0].nextPrior == 1 / (1 + exp(-CheckWorthinessScorer.priorLogit(features[2]))))
    #expect(features[2].nextPrior == 0)
  }
}
