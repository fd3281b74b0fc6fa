/// Chance-corrected agreement between two reviewers who labelled the same claims.
///
/// Computed from a square table of counts: `matrix[i][j]` is the number of
/// claims reviewer A labelled `i` and reviewer B labelled `j`, over `K`
/// nominal categories. Every figure is `nil` when it is undefined (no claims,
/// or, for the chance-corrected ones, when chance agreement is already total).
public struct AgreementStatistics: Sendable, Hashable {
  /// The number of claims both reviewers labelled.
  public let units: Int
  /// The share of claims given the same label: Σᵢ mᵢᵢ / n.
  public let observed: Double?
  /// Cohen's κ = (Pₒ − Pₑ) / (1 − Pₑ), with Pₑ = Σₖ (aₖ / n)(bₖ / n) from each reviewer's own label shares.
  public let cohensKappa: Double?
  /// Krippendorff's α for nominal data, two coders, every unit pairable:
  /// α = 1 − (N − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c n_k, with N = 2n values, o the
  /// coincidence matrix (oᵢⱼ = mᵢⱼ + mⱼᵢ) and n_c = a_c + b_c.
  public let krippendorffsAlpha: Double?
  /// Gwet's AC1 = (Pₒ − Pₑ) / (1 − Pₑ), with Pₑ = Σₖ πₖ(1 − πₖ) / (K − 1) and πₖ = (aₖ + bₖ) / 2n.
  ///
  /// Unlike κ it does not collapse when one label dominates (most claims verified).
  public let gwetsAC1: Double?

  /// The statistics of the counts in `matrix` (K×K, rows reviewer A, columns reviewer B).
  public init(matrix: [[Int]]) {
    let categories = matrix.count
    let n = matrix.reduce(0) { $0 + $1.reduce(0, +) }
    units = n
    guard n > 0, categories > 1, matrix.allSatisfy({ $0.count == categories }) else {
      observed = nil
      cohensKappa = nil
      krippendorffsAlpha = nil
      gwetsAC1 = nil
      return
    }
    let total = Double(n)
    let agreed = Double((0..<categories).reduce(0) { $0 + matrix[$1][$1] })
    let rows = matrix.map { Double($0.reduce(0, +)) }
    let columns = (0..<categories).map { column in Double(matrix.reduce(0) { $0 + $1[column] }) }
    let po = agreed / total
    observed = po

    let pe = zip(rows, columns).reduce(0.0) { $0 + ($1.0 / total) * ($1.1 / total) }
    cohensKappa = pe < 1 ? (po - pe) / (1 - pe) : nil

    let values = 2 * total
    let pooled = zip(rows, columns).map { $0 + $1 }
    let expectedDisagreement = values * values - pooled.reduce(0.0) { $0 + $1 * $1 }
    let observedDisagreement = 2 * (total - agreed)
    krippendorffsAlpha =
      expectedDisagreement > 0 ? 1 - (values - 1) * observedDisagreement / expectedDisagreement : nil

    let chance =
      pooled.reduce(0.0) { sum, count in
        let share = count / values
        return sum + share * (1 - share)
      } / Double(categories - 1)
    gwetsAC1 = chance < 1 ? (po - chance) / (1 - chance) : nil
  }
}
