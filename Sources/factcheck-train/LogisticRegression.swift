import Foundation

/// L2-regularised logistic regression over dense sentence features and sparse term features, fitted by L-BFGS.
///
/// Minimises the weighted mean log loss plus `denseL2 / 2 · |w_dense|²` and
/// `termL2 / 2 · |w_terms|²` (the bias is not penalised). Deterministic: a
/// fixed starting point, a fixed order of examples, no randomness.
struct LogisticRegression {
  /// One training example.
  struct Example {
    /// A fixed part of the logit (the hand-set prior).
    var offset: Double
    var inputs: [Double]
    var terms: [Int]
    /// What each term counts for: 1, or 1 / √(number of terms) when terms are normalised.
    var termValue: Double
    var label: Double
    var weight: Double
  }

  /// Settings of one fit.
  struct Settings: Hashable {
    var denseL2: Double
    var termL2: Double
    var positiveWeight: Double
  }

  /// The fitted weights: bias, then the dense inputs, then one per term id.
  struct Weights {
    var bias: Double
    var inputs: [Double]
    var terms: [Double]

    /// The logit of an example.
    func logit(offset: Double, _ inputs: [Double], terms ids: [Int], termValue: Double) -> Double {
      var sum = offset + bias
      for index in inputs.indices { sum += self.inputs[index] * inputs[index] }
      for id in ids { sum += terms[id] * termValue }
      return sum
    }
  }

  let examples: [Example]
  let inputCount: Int
  let termCount: Int
  let settings: Settings

  /// Fits the model.
  func fit(maxIterations: Int = 400) -> Weights {
    let size = 1 + inputCount + termCount
    var x = [Double](repeating: 0, count: size)
    var (value, gradient) = evaluate(x)
    var steps: [[Double]] = []
    var changes: [[Double]] = []
    let memory = 10
    for _ in 0..<maxIterations {
      // Two-loop recursion: direction = -H·g.
      var q = gradient
      var alphas = [Double](repeating: 0, count: steps.count)
      for index in stride(from: steps.count - 1, through: 0, by: -1) {
        let rho = 1 / dot(changes[index], steps[index])
        alphas[index] = rho * dot(steps[index], q)
        axpy(-alphas[index], changes[index], &q)
      }
      if let lastStep = steps.last, let lastChange = changes.last {
        let scale = dot(lastStep, lastChange) / dot(lastChange, lastChange)
        for index in q.indices { q[index] *= scale }
      }
      for index in steps.indices {
        let rho = 1 / dot(changes[index], steps[index])
        let beta = rho * dot(changes[index], q)
        axpy(alphas[index] - beta, steps[index], &q)
      }
      var direction = q.map { -$0 }
      var slope = dot(direction, gradient)
      if slope >= 0 {
        direction = gradient.map { -$0 }
        slope = dot(direction, gradient)
        steps.removeAll()
        changes.removeAll()
      }
      // Backtracking line search (Armijo).
      var step = steps.isEmpty ? min(1, 1 / max(1e-12, dot(gradient, gradient).squareRoot())) : 1
      var candidate = x
      var next = (value: value, gradient: gradient)
      var accepted = false
      for _ in 0..<40 {
        for index in x.indices { candidate[index] = x[index] + step * direction[index] }
        next = evaluate(candidate)
        if next.value <= value + 1e-4 * step * slope {
          accepted = true
          break
        }
        step *= 0.5
      }
      guard accepted else { break }
      let s = zip(candidate, x).map { $0 - $1 }
      let y = zip(next.gradient, gradient).map { $0 - $1 }
      let improvement = value - next.value
      x = candidate
      value = next.value
      gradient = next.gradient
      if dot(s, y) > 1e-12 {
        steps.append(s)
        changes.append(y)
        if steps.count > memory {
          steps.removeFirst()
          changes.removeFirst()
        }
      }
      if improvement < 1e-10 * max(1, abs(value)) || dot(gradient, gradient).squareRoot() < 1e-7 { break }
    }
    return Weights(
      bias: x[0], inputs: Array(x[1..<(1 + inputCount)]), terms: Array(x[(1 + inputCount)...]))
  }

  /// The objective and its gradient at `x`.
  private func evaluate(_ x: [Double]) -> (value: Double, gradient: [Double]) {
    var gradient = [Double](repeating: 0, count: x.count)
    var loss = 0.0
    var totalWeight = 0.0
    for example in examples {
      var z = example.offset + x[0]
      for index in 0..<inputCount { z += x[1 + index] * example.inputs[index] }
      for id in example.terms { z += x[1 + inputCount + id] * example.termValue }
      // log(1 + e^z) - y·z, computed stably.
      let softplus = z > 0 ? z + log1p(exp(-z)) : log1p(exp(z))
      loss += example.weight * (softplus - example.label * z)
      let probability = 1 / (1 + exp(-z))
      let residual = example.weight * (probability - example.label)
      gradient[0] += residual
      for index in 0..<inputCount { gradient[1 + index] += residual * example.inputs[index] }
      for id in example.terms { gradient[1 + inputCount + id] += residual * example.termValue }
      totalWeight += example.weight
    }
    let scale = 1 / max(totalWeight, 1)
    loss *= scale
    for index in gradient.indices { gradient[index] *= scale }
    for index in 1..<x.count {
      let l2 = index <= inputCount ? settings.denseL2 : settings.termL2
      loss += 0.5 * l2 * x[index] * x[index]
      gradient[index] += l2 * x[index]
    }
    return (loss, gradient)
  }

  private func dot(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for index in a.indices { sum += a[index] * b[index] }
    return sum
  }

  private func axpy(_ a: Double, _ x: [Double], _ y: inout [Double]) {
    for index in y.indices { y[index] += a * x[index] }
  }
}
