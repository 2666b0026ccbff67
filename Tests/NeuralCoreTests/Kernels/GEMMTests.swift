import NeuralCore
import Testing

/// Random shapes and layouts against a naive triple loop.
@Suite struct GEMMTests {
  struct Case: Sendable, CustomStringConvertible {
    var m, n, k: Int
    var transposeA = false, transposeB = false
    var alpha = 1.0, beta = 0.0
    var padding = 0
    var threads: Int? = nil
    var description: String {
      "\(m)x\(k)@\(k)x\(n) tA \(transposeA) tB \(transposeB) α \(alpha) β \(beta) pad \(padding) threads \(threads.map(String.init) ?? "auto")"
    }
  }

  static let cases: [Case] = [
    // Short, narrow and tiny products (the unblocked paths).
    Case(m: 4, n: 400, k: 2), Case(m: 4, n: 2, k: 400), Case(m: 1, n: 209, k: 300),
    Case(m: 209, n: 1, k: 300), Case(m: 3, n: 5, k: 7, transposeA: true, transposeB: true),
    Case(m: 5, n: 9, k: 3, transposeB: true, alpha: 2, beta: 0.5),
    Case(m: 7, n: 3, k: 11, transposeA: true, padding: 3),
    Case(m: 1, n: 1, k: 1), Case(m: 2, n: 3, k: 0, beta: 1),
    // Blocked products with edge slivers, every transpose, α and β, padded leading dimensions.
    Case(m: 13, n: 17, k: 29), Case(m: 31, n: 47, k: 19, transposeA: true),
    Case(m: 37, n: 23, k: 41, transposeB: true, alpha: -1.5, beta: 2),
    Case(m: 41, n: 33, k: 27, transposeA: true, transposeB: true, beta: 1, padding: 5),
    Case(m: 101, n: 70, k: 300, alpha: 0.5, beta: -1),
    Case(m: 97, n: 2051, k: 9, transposeB: true),
    // Large enough to split over two threads, by rows and by columns.
    Case(m: 130, n: 90, k: 100, transposeA: true, beta: 1, padding: 1),
    Case(m: 20, n: 209, k: 300, alpha: 2), Case(m: 70, n: 70, k: 250, threads: 1),
    Case(m: 170, n: 130, k: 200, transposeA: true, beta: 0.5, padding: 2),
    Case(m: 30, n: 700, k: 210, transposeB: true),
  ]

  @Test(arguments: cases)
  func matchesNaiveProduct(_ t: Case) {
    let run = t.run()
    var worst = 0.0
    for (x, y) in zip(run.c, run.expected) { worst = Swift.max(worst, Swift.abs(x - y) / (1 + Swift.abs(y))) }
    #expect(worst < 1e-12, "largest relative difference \(worst)")
    // Padding columns of C are never written.
    for i in 0..<t.m {
      for j in t.n..<run.ldc { #expect(run.c[i * run.ldc + j] == run.c0[i * run.ldc + j]) }
    }
  }

  @Test func zeroBetaIgnoresNaNInC() {
    let a: [Double] = [1, 2, 3, 4]
    var c: [Double] = [.nan, .nan, .nan, .nan]
    GEMM.multiply(m: 2, n: 2, k: 2, a: a, lda: 2, b: a, ldb: 2, c: &c, ldc: 2)
    #expect(c == [7, 10, 15, 22])
  }
}

extension GEMMTests.Case {
  /// `GEMM.multiply` on random operands laid out as described (on `threads`, else the case's),
  /// beside a naive triple loop's answer and `C` as it was before.
  func run(threads: Int?? = nil) -> (c: [Double], expected: [Double], c0: [Double], ldc: Int) {
    var random = SplitMix(state: UInt64(m * 1_000_003 + n * 1009 + k))
    let (aRows, aColumns) = transposeA ? (k, m) : (m, k)
    let (bRows, bColumns) = transposeB ? (n, k) : (k, n)
    let (lda, ldb, ldc) = (aColumns + padding, bColumns + padding, n + padding)
    let a = (0..<Swift.max(aRows * lda, 1)).map { _ in random.uniform() }
    let b = (0..<Swift.max(bRows * ldb, 1)).map { _ in random.uniform() }
    let c0 = (0..<Swift.max(m * ldc, 1)).map { _ in random.uniform() }
    var expected = c0
    for i in 0..<m {
      for j in 0..<n {
        var s = 0.0
        for p in 0..<k {
          s += (transposeA ? a[p * lda + i] : a[i * lda + p]) * (transposeB ? b[j * ldb + p] : b[p * ldb + j])
        }
        expected[i * ldc + j] = alpha * s + beta * c0[i * ldc + j]
      }
    }
    var c = c0
    GEMM.multiply(
      m: m, n: n, k: k, a: a, lda: lda, transposeA: transposeA, b: b, ldb: ldb,
      transposeB: transposeB, c: &c, ldc: ldc, alpha: alpha, beta: beta, threads: threads ?? self.threads)
    return (c, expected, c0, ldc)
  }
}

/// A small deterministic generator for test data (SplitMix64).
struct SplitMix {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  /// Uniform in [-1, 1).
  mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 52) - 1 }
}
