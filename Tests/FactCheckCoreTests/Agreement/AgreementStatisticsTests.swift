import Testing

@testable import FactCheckCore

@Suite("Agreement statistics")
struct AgreementStatisticsTests {
  /// A K×K table from label pairs; labels are indices into verified, unverified, disputed, dismissed.
  private func matrix(_ pairs: [(Int, Int, count: Int)]) -> [[Int]] {
    var matrix = Array(repeating: Array(repeating: 0, count: 4), count: 4)
    for pair in pairs { matrix[pair.0][pair.1] += pair.count }
    return matrix
  }

  private func close(_ value: Double?, _ expected: Double) -> Bool {
    guard let value else { return false }
    return abs(value - expected) < 1e-12
  }

  @Test("ten claims, four labels: observed agreement, κ, α and AC1 as computed by hand")
  func tenClaims() {
    // A: v v v v v u u d d x    B: v v v v u u d d v x    (v verified, u unverified, d disputed, x dismissed)
    // Agreements: 4 (v,v) + (u,u) + (d,d) + (x,x) = 7 of 10, so Pₒ = 0.7.
    // Both reviewers' margins are v 5, u 2, d 2, x 1: Pₑ = (25 + 4 + 4 + 1) / 100 = 0.34,
    // κ = (0.7 − 0.34) / 0.66 = 6/11.
    // α: N = 20 values, n_c = 10, 4, 4, 2, Σ n_c² = 136, Σ_{c≠k} n_c n_k = 400 − 136 = 264,
    // Σ_{c≠k} o_ck = 2 · 3 disagreements = 6, α = 1 − 19 · 6 / 264 = 25/44.
    // AC1: π = 0.5, 0.2, 0.2, 0.1, Σ π(1 − π) = 0.66, Pₑ = 0.66 / 3 = 0.22, AC1 = 0.48 / 0.78 = 8/13.
    // (scikit-learn's cohen_kappa_score and the krippendorff package give 0.5454… and 0.5681… too.)
    let statistics = AgreementStatistics(
      matrix: matrix([(0, 0, 4), (0, 1, 1), (1, 1, 1), (1, 2, 1), (2, 2, 1), (2, 0, 1), (3, 3, 1)]))
    #expect(statistics.units == 10)
    #expect(close(statistics.observed, 0.7))
    #expect(close(statistics.cohensKappa, 6.0 / 11.0))
    #expect(close(statistics.krippendorffsAlpha, 25.0 / 44.0))
    #expect(close(statistics.gwetsAC1, 8.0 / 13.0))
  }

  @Test("when one verdict dominates, κ and α fall below zero while AC1 stays high")
  func dominantLabel() {
    // 20 claims: 16 verified by both, 2 verified by A only as unverified by B, 2 the other way round.
    // Pₒ = 16/20 = 0.8; margins 18 and 2 on both sides: Pₑ = (324 + 4) / 400 = 0.82, κ = −0.02 / 0.18 = −1/9.
    // α: N = 40, n = 36, 4, Σ_{c≠k} n_c n_k = 1600 − 1312 = 288, Σ o = 8, α = 1 − 39 · 8 / 288 = −1/12.
    // AC1: π = 0.9, 0.1, Σ π(1 − π) = 0.18, Pₑ = 0.06, AC1 = 0.74 / 0.94 = 37/47.
    let statistics = AgreementStatistics(matrix: matrix([(0, 0, 16), (0, 1, 2), (1, 0, 2)]))
    #expect(close(statistics.observed, 0.8))
    #expect(close(statistics.cohensKappa, -1.0 / 9.0))
    #expect(close(statistics.krippendorffsAlpha, -1.0 / 12.0))
    #expect(close(statistics.gwetsAC1, 37.0 / 47.0))
  }

  @Test("perfect agreement on one label leaves κ and α undefined, AC1 at 1")
  func oneLabelOnly() {
    let statistics = AgreementStatistics(matrix: matrix([(0, 0, 5)]))
    #expect(statistics.observed == 1)
    #expect(statistics.cohensKappa == nil)
    #expect(statistics.krippendorffsAlpha == nil)
    #expect(statistics.gwetsAC1 == 1)
  }

  @Test("perfect agreement over two labels gives 1 everywhere")
  func perfect() {
    let statistics = AgreementStatistics(matrix: matrix([(0, 0, 3), (2, 2, 2)]))
    #expect(statistics.observed == 1)
    #expect(close(statistics.cohensKappa, 1))
    #expect(close(statistics.krippendorffsAlpha, 1))
    #expect(close(statistics.gwetsAC1, 1))
  }

  @Test("no claims: every figure is undefined")
  func empty() {
    let statistics = AgreementStatistics(matrix: matrix([]))
    #expect(statistics.units == 0)
    #expect(statistics.observed == nil)
    #expect(statistics.cohensKappa == nil)
    #expect(statistics.krippendorffsAlpha == nil)
    #expect(statistics.gwetsAC1 == nil)
  }
}
