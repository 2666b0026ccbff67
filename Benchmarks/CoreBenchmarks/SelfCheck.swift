import NeuralCore

/// Checks the release build's `GEMM` (whose register block may differ from the debug build's
/// that the tests run) against a naive product on odd shapes, every transpose, α and β, before
/// anything is timed.
enum SelfCheck {
  /// The largest relative difference found over all shapes.
  static func gemmWorstDifference() -> Double {
    var random = SplitMix(state: 99)
    var worst = 0.0
    let sizes = [(1, 1, 1), (5, 9, 3), (13, 17, 29), (20, 209, 300), (37, 23, 41), (49, 33, 270),
                 (101, 70, 300), (130, 90, 100), (12, 16, 8), (25, 31, 520), (300, 17, 20)]
    for (m, n, k) in sizes {
      for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
        for (alpha, beta) in [(1.0, 0.0), (-1.5, 2.0), (0.5, 1.0)] {
          let pad = (m + n + k) % 3
          let (lda, ldb, ldc) = ((transposeA ? m : k) + pad, (transposeB ? k : n) + pad, n + pad)
          let a = random.array((transposeA ? k : m) * lda), b = random.array((transposeB ? n : k) * ldb)
          let c0 = random.array(m * ldc)
          var c = c0
          GEMM.multiply(
            m: m, n: n, k: k, a: a, lda: lda, transposeA: transposeA, b: b, ldb: ldb,
            transposeB: transposeB, c: &c, ldc: ldc, alpha: alpha, beta: beta)
          for i in 0..<m {
            for j in 0..<n {
              var s = 0.0
              for p in 0..<k {
                s += (transposeA ? a[p * lda + i] : a[i * lda + p]) * (transposeB ? b[j * ldb + p] : b[p * ldb + j])
              }
              let expected = alpha * s + beta * c0[i * ldc + j]
              worst = Swift.max(worst, Swift.abs(c[i * ldc + j] - expected) / (1 + Swift.abs(expected)))
            }
            for j in n..<ldc where c[i * ldc + j] != c0[i * ldc + j] { worst = .infinity }
          }
        }
      }
    }
    return worst
  }
}
