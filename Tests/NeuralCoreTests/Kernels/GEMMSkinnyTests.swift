import NeuralCore
import Testing

/// The unblocked paths of `GEMM` (`GEMM+Small.swift`, `GEMM+RowUpdates.swift`): a short `C` times
/// a wide `B` by row updates, a narrow `C` by dot products, both reading operands in place, and
/// both split over two threads.
@Suite struct GEMMSkinnyTests {
  typealias Case = GEMMTests.Case

  static let cases: [Case] = [
    // Row updates: k not a multiple of 4, n past one 512-column block, A transposed, α and β.
    Case(m: 1, n: 209, k: 301), Case(m: 3, n: 13, k: 6, beta: 1),
    Case(m: 5, n: 1030, k: 9, transposeA: true, alpha: -1.5, beta: 2, padding: 3),
    Case(m: 10, n: 20, k: 15, alpha: 0.5), Case(m: 2, n: 8, k: 1, beta: -1, padding: 1),
    // Row updates with C at most 16 wide, kept in registers: every number of quads and tail lanes.
    Case(m: 1, n: 10, k: 3073), Case(m: 4, n: 16, k: 37, transposeA: true, alpha: -0.5, beta: 2, padding: 3),
    Case(m: 2, n: 11, k: 70, beta: 1, padding: 2), Case(m: 3, n: 9, k: 5, alpha: 2, padding: 1),
    // Row updates large enough to split over two threads: by depth (k >= 64), else by columns.
    Case(m: 1, n: 209, k: 5100, padding: 1),
    Case(m: 2, n: 300, k: 2000, transposeA: true, alpha: 0.5, beta: -1, padding: 2),
    Case(m: 5, n: 100, k: 8501, transposeA: true, beta: 2),
    Case(m: 2, n: 40000, k: 15, alpha: 1.5, beta: 0.5, padding: 1),
    // Dot products: k below 8, exactly 8, 16 + 8, and odd; every transpose.
    Case(m: 9, n: 3, k: 5), Case(m: 6, n: 2, k: 8, transposeB: true), Case(m: 7, n: 1, k: 24, beta: 0.5),
    Case(m: 5, n: 9, k: 17, transposeA: true, transposeB: true, alpha: 2, beta: 0.5),
    Case(m: 4, n: 2, k: 400, padding: 1),
    // Dot products large enough to split: A's rows, then B's rows (C short, B transposed).
    Case(m: 4099, n: 1, k: 300, padding: 3),
    Case(m: 4001, n: 7, k: 150, transposeA: true, transposeB: true, beta: 0.5),
    Case(m: 3, n: 500, k: 800, transposeB: true, alpha: -1, beta: 1, padding: 2),
    // A transposed and C narrow: A's stored rows added whole to each column of C.
    Case(m: 50, n: 1, k: 50, transposeA: true), Case(m: 27, n: 1, k: 50, transposeA: true, alpha: 2, beta: 0.5),
    Case(m: 33, n: 3, k: 7, transposeA: true, beta: 1, padding: 2),
    Case(m: 9, n: 7, k: 19, transposeA: true, transposeB: true, alpha: -1, padding: 1),
    // Outer products (depth 1) with β = 0, written in one pass.
    Case(m: 50, n: 27, k: 1), Case(m: 27, n: 50, k: 1, transposeB: true, alpha: 2, padding: 1),
    Case(m: 7, n: 40, k: 1, transposeA: true, transposeB: true),
    // B transposed with fewer than 4 rows of op(B): its rows gathered, then row updates.
    Case(m: 4, n: 400, k: 2, transposeB: true), Case(m: 3, n: 37, k: 3, transposeB: true, alpha: 2, beta: 1, padding: 2),
    Case(m: 5, n: 9, k: 1, transposeA: true, transposeB: true, beta: 0.5),
  ]

  @Test(arguments: cases)
  func matchesNaiveProduct(_ t: Case) {
    let run = t.run()
    var worst = 0.0
    for (x, y) in zip(run.c, run.expected) { worst = Swift.max(worst, Swift.abs(x - y) / (1 + Swift.abs(y))) }
    #expect(worst < 1e-12, "largest relative difference \(worst)")
    for i in 0..<t.m {
      for j in t.n..<run.ldc { #expect(run.c[i * run.ldc + j] == run.c0[i * run.ldc + j]) }
    }
  }

  /// One thread and two agree to 1e-12 (splitting the depth of a row-update product regroups its
  /// sums), and two threads give the same bits every run.
  @Test(arguments: cases + GEMMTests.cases.filter { $0.threads == nil })
  func twoThreadsMatchOneAndRepeat(_ t: Case) {
    let one = t.run(threads: 1).c, two = t.run(threads: 2).c
    var worst = 0.0
    for (x, y) in zip(one, two) { worst = Swift.max(worst, Swift.abs(x - y) / (1 + Swift.abs(y))) }
    #expect(worst < 1e-12, "largest relative difference \(worst)")
    #expect(t.run(threads: 2).c == two)
  }

  /// `w.T @ X` as logistic regression writes it: `w` stored as a column `[5, 1]` (so `A` is read
  /// transposed), `C = -0.5·wᵀX + 3·C`. numpy: `w = np.arange(1, 6.).reshape(5, 1)`,
  /// `X = (np.arange(45.).reshape(5, 9) - 20) / 4`, `-0.5 * (w.T @ X) + 3 * np.full((1, 9), 2.)`.
  /// cs231n's `X[i].dot(W)`: a row times a (k, 10) matrix gives the rounded products and sums of
  /// a plain loop over k, in order, bit for bit.
  @Test func rowTimesNarrowMatrixAddsInOrder() {
    let (k, n) = (37, 10)
    let a = (0..<k).map { Double($0 % 7) * 0.37 - 1.1 }
    let b = (0..<k * n).map { Double(($0 * 13) % 17) * 0.21 - 1.7 }
    var expected = [Double](repeating: 0, count: n)
    for p in 0..<k where a[p] != 0 {
      for j in 0..<n { expected[j] += a[p] * b[p * n + j] }
    }
    var c = [Double](repeating: 0, count: n)
    GEMM.multiply(m: 1, n: n, k: k, a: a, lda: k, b: b, ldb: n, c: &c, ldc: n, threads: 1)
    #expect(c == expected)
  }

  /// The RNN's `Waa.T @ da`: `A` stored `[k, m]` and read transposed, times a column. Each
  /// element is the in-order chain `((a₀x₀ + a₁x₁) + a₂x₂) + …` over A's stored rows, as BLAS's
  /// gemv sums it.
  @Test func transposedMatrixTimesColumnAddsStoredRowsInOrder() {
    let (k, m) = (23, 19)
    let a = (0..<k * m).map { Double(($0 * 11) % 13) * 0.31 - 1.9 }
    let x = (0..<k).map { Double($0 % 5) * 0.7 - 1.3 }
    var expected = [Double](repeating: 0, count: m)
    for p in 0..<k {
      for i in 0..<m { expected[i] += x[p] * a[p * m + i] }
    }
    var c = [Double](repeating: .nan, count: m)
    GEMM.multiply(m: m, n: 1, k: k, a: a, lda: m, transposeA: true, b: x, ldb: 1, c: &c, ldc: 1, threads: 1)
    #expect(c == expected)
  }

  /// A narrow product of short rows (`np.dot(Waa, a)` in the RNN) takes four rows at a time; each
  /// element has the bits of the same row multiplied alone, for depths around the vector blocks.
  @Test(arguments: [3, 16, 27, 50, 67, 128])
  func fourRowsAtATimeGiveEachRowsBits(depth k: Int) {
    let (m, n) = (9, 2)
    let a = (0..<m * k).map { Double(($0 * 11) % 13) * 0.31 - 1.9 }
    let b = (0..<k * n).map { Double(($0 * 7) % 5) * 0.7 - 1.3 }
    var c = [Double](repeating: .nan, count: m * n)
    GEMM.multiply(m: m, n: n, k: k, a: a, lda: k, b: b, ldb: n, c: &c, ldc: n, threads: 1)
    for i in 0..<m {
      var row = [Double](repeating: .nan, count: n)
      a.withUnsafeBufferPointer { rows in
        GEMM.multiply(m: 1, n: n, k: k, a: rows.baseAddress! + i * k, lda: k, b: b, ldb: n, c: &row, ldc: n, threads: 1)
      }
      #expect(Array(c[i * n..<(i + 1) * n]) == row, "row \(i)")
    }
  }

  /// The planar net's `W1 @ X` with `X` a transposed view of two features: each element is
  /// `(0 + w₀x₀) + w₁x₁` in order, as before the rows of `op(B)` were gathered.
  @Test func shortTransposedBAddsInOrder() {
    let (m, n, k) = (4, 19, 2)
    let a = (0..<m * k).map { Double($0 % 5) * 0.37 - 0.9 }
    let stored = (0..<n * k).map { Double(($0 * 7) % 11) * 0.29 - 1.3 }  // [n, k]
    var expected = [Double](repeating: 0, count: m * n)
    for i in 0..<m {
      for j in 0..<n { expected[i * n + j] = (0 + a[i * k] * stored[j * k]) + a[i * k + 1] * stored[j * k + 1] }
    }
    var c = [Double](repeating: .nan, count: m * n)
    GEMM.multiply(m: m, n: n, k: k, a: a, lda: k, b: stored, ldb: k, transposeB: true, c: &c, ldc: n, threads: 1)
    #expect(c == expected)
  }

  /// An outer product with zeros and negative zeros: `0 + x·b` per element, as row updates give
  /// (a zero `x` leaves +0, and `0 + (-0)` is +0).
  @Test func outerProductGivesRowUpdatesBits() {
    let a: [Double] = [1.5, 0, -2, -0.0]
    let b: [Double] = [-0.0, 3, -1, 0.25, 0]
    var c = [Double](repeating: .nan, count: 20)
    GEMM.multiply(m: 4, n: 5, k: 1, a: a, lda: 1, b: b, ldb: 5, c: &c, ldc: 5, threads: 1)
    var expected = [Double](repeating: 0, count: 20)
    for i in 0..<4 where a[i] != 0 {
      for j in 0..<5 { expected[i * 5 + j] = 0 + a[i] * b[j] }
    }
    #expect(c.map(\.bitPattern) == expected.map(\.bitPattern))
  }

  @Test func shortTimesWideLiteral() {
    let w: [Double] = [1, 2, 3, 4, 5]
    let x = (0..<45).map { (Double($0) - 20) / 4 }
    var c = [Double](repeating: 2, count: 9)
    GEMM.multiply(
      m: 1, n: 9, k: 5, a: w, lda: 1, transposeA: true, b: x, ldb: 9, c: &c, ldc: 9, alpha: -0.5, beta: 3)
    #expect(c == [-1.5, -3.375, -5.25, -7.125, -9.0, -10.875, -12.75, -14.625, -16.5])
  }

  /// `X @ v.T` with `v` a row `[1, 3]` (so `B` is read transposed), `C = 2·X·vᵀ - C`. numpy:
  /// `X = np.arange(18.).reshape(6, 3) - 5`, `v = np.array([[0.5, -1, 2]])`, `2 * (X @ v.T) - 1`.
  @Test func tallTimesVectorLiteral() {
    let x = (0..<18).map { Double($0) - 5 }
    let v: [Double] = [0.5, -1, 2]
    var c = [Double](repeating: 1, count: 6)
    GEMM.multiply(
      m: 6, n: 1, k: 3, a: x, lda: 3, b: v, ldb: 3, transposeB: true, c: &c, ldc: 1, alpha: 2, beta: -1)
    #expect(c == [-10, -1, 8, 17, 26, 35])
  }

  /// With `β = 0` the row-update path writes `C` without reading it, as BLAS does.
  @Test func zeroBetaIgnoresNaNInShortC() {
    let a: [Double] = [1, 2]
    let b = (0..<18).map(Double.init)
    var c = [Double](repeating: .nan, count: 9)
    GEMM.multiply(m: 1, n: 9, k: 2, a: a, lda: 2, b: b, ldb: 9, c: &c, ldc: 9)
    #expect(c == [18, 21, 24, 27, 30, 33, 36, 39, 42])
  }
}
