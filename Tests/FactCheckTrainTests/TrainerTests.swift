import Foundation
import Testing

@testable import factcheck_train

@Suite("Training the check-worthiness model")
struct TrainerTests {
  @Test("average precision ranks by score, ties in document order")
  func averagePrecision() {
    #expect(Ranking.averagePrecision(scores: [0.9, 0.1, 0.5], positives: [true, false, true]) == 1)
    // Positives at ranks 2 and 3: (1/2 + 2/3) / 2.
    let value = Ranking.averagePrecision(scores: [0.2, 0.9, 0.2, 0.1], positives: [true, false, true, false])
    #expect(abs(value - (0.5 + 2.0 / 3.0) / 2) < 1e-12)
    #expect(Ranking.averagePrecision(scores: [1, 1], positives: [false, true]) == 0.5)
    #expect(Ranking.averagePrecision(scores: [1, 1], positives: [false, false]) == 0)
  }

  private func examples() -> [LogisticRegression.Example] {
    // Term 0 marks the positives, term 1 the negatives; the dense input is noise.
    (0..<40).map { index in
      let positive = index % 4 == 0
      return LogisticRegression.Example(
        offset: 0, inputs: [Double(index % 3)], terms: [positive ? 0 : 1], termValue: 1,
        label: positive ? 1 : 0, weight: 1)
    }
  }

  @Test("logistic regression learns a separating term and is deterministic")
  func regression() {
    let settings = LogisticRegression.Settings(denseL2: 0.01, termL2: 0.01, positiveWeight: 1)
    let regression = LogisticRegression(examples: examples(), inputCount: 1, termCount: 2, settings: settings)
    let weights = regression.fit()
    #expect(weights.terms[0] > weights.terms[1] + 1)
    let again = regression.fit()
    #expect(again.terms == weights.terms && again.inputs == weights.inputs && again.bias == weights.bias)
  }

  @Test("a stronger L2 penalty keeps the weights closer to 0, that is to the prior")
  func regularisation() {
    let weak = LogisticRegression(
      examples: examples(), inputCount: 1, termCount: 2,
      settings: .init(denseL2: 0.001, termL2: 0.001, positiveWeight: 1)
    ).fit()
    let strong = LogisticRegression(
      examples: examples(), inputCount: 1, termCount: 2, settings: .init(denseL2: 10, termL2: 10, positiveWeight: 1)
    ).fit()
    #expect(abs(strong.terms[0]) < abs(weak.terms[0]))
    #expect(abs(strong.terms[0]) < 0.1)
  }

  @Test("the hyperparameter grid includes the prior alone and settings with words and pairs")
  func grid() {
    let grid = FactCheckTrain.grid()
    #expect(grid.contains { !$0.usesTerms && $0.settings.denseL2 >= 100 })
    #expect(grid.contains { $0.usesTerms && $0.usesPairs })
    #expect(Set(grid).count == grid.count)
  }

  @Test("the generated source holds the model text with tabs escaped")
  func source() {
    let source = FactCheckTrain.source("# header\nbias\t0.5\nterm\tjobs\t1.0\n")
    #expect(source.contains("    bias\\t0.5\n"))
    #expect(source.contains("    term\\tjobs\\t1.0\n"))
    #expect(source.contains("static let shippedText"))
    #expect(!source.contains("\t"))
  }
}
