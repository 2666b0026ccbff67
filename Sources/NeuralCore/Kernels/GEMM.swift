/// General matrix multiply on raw row-major storage: `C = α·op(A)·op(B) + β·C`.
///
/// `op(A)` is `[m, k]` and `op(B)` is `[k, n]`; `C` is `[m, n]`. With `transposeA`, `A` is stored as
/// `[k, m]` and read transposed (likewise `B`, stored `[n, k]`). `lda`, `ldb`, `ldc` are the row
/// strides, in elements, of the stored matrices. With `β = 0`, `C` is written without being read
/// (NaN in `C` does not propagate), as BLAS does.
///
/// Products with a short or narrow side (`m < 6`, `n < 8`, or few multiply-adds) run on simple
/// vectorised loops with no set-up cost that read the operands in place (`GEMM+Small.swift`,
/// `GEMM+RowUpdates.swift`); larger ones on a cache-blocked kernel over packed panels with a
/// register block of fused multiply-adds (6x8 with AVX2, 12x16 with AVX-512; `GEMM+Packed.swift`).
/// Either is split over two threads when the product is large enough to pay for it.
///
/// Results are the same bits on every run for a given `threads`. One thread and two give the same
/// bits too, except for a short `C` times a wide `B` (`m < 6`, `k >= 64`), whose two threads each
/// sum half of the depth: there they agree to rounding.
public enum GEMM {
  /// Multiply-adds (`m·n·k`) from which a product is split over two threads (128³).
  ///
  /// A 128³ product takes about 37 µs on one core. Handing half to the warm worker (`WarmWorker`)
  /// costs well under a microsecond when it is spinning, so the split pays from there; through a
  /// freshly woken Dispatch thread (tens of microseconds) it measured slower than one core.
  public static let parallelThreshold = 1 << 21

  /// `C = α·op(A)·op(B) + β·C`; see the type's documentation for the shapes.
  ///
  /// - Parameter threads: the most threads to use (1 or 2); `nil` chooses by size.
  /// - Precondition: `m, n, k >= 0` and each leading dimension at least its stored row length.
  public static func multiply(
    m: Int, n: Int, k: Int,
    a: UnsafePointer<Double>, lda: Int, transposeA: Bool = false,
    b: UnsafePointer<Double>, ldb: Int, transposeB: Bool = false,
    c: UnsafeMutablePointer<Double>, ldc: Int,
    alpha: Double = 1, beta: Double = 0, threads: Int? = nil
  ) {
    precondition(m >= 0 && n >= 0 && k >= 0, "negative GEMM size m \(m) n \(n) k \(k)")
    guard m > 0, n > 0 else { return }
    precondition(
      (k == 0 || (lda >= (transposeA ? m : k) && ldb >= (transposeB ? k : n))) && ldc >= n,
      "GEMM leading dimensions too small: lda \(lda) ldb \(ldb) ldc \(ldc) for m \(m) n \(n) k \(k)")
    let operands = Operands(
      m: m, n: n, k: k, a: a, lda: lda, transposeA: transposeA, b: b, ldb: ldb,
      transposeB: transposeB, c: c, ldc: ldc, alpha: alpha)
    let work = m * n * k
    // A tall matrix times a few columns, or a few rows times a wide matrix, is one pass over the
    // large operand, bound by memory bandwidth: a second core's bandwidth pays for waking it at a
    // quarter of the usual size. The unblocked paths read both operands in place, so no half of a
    // split copies anything.
    let threshold = Swift.min(m, n) <= 4 ? parallelThreshold / 4 : parallelThreshold
    let useTwo = (threads ?? 2) >= 2 && work >= threshold && Swift.max(m, n) >= 16
    if useTwo && m < 6 && n >= 8 && !transposeB && k >= 64 && alpha != 0 {
      // A short C times a wide B by row updates: halves of B's columns would each read every
      // other stretch of B's rows, halves of its depth read one contiguous half each.
      operands.runByRowUpdatesOnTwoThreads(beta: beta)
    } else if useTwo {
      // Split the longer side of C; each half is an independent product.
      let halves = operands.split(m >= n ? .rows : .columns, multiple: Swift.min(m, n) < 6 ? 8 : nil)
      Parallel.run(2) { index in halves[index].run(beta: beta) }
    } else {
      operands.run(beta: beta)
    }
  }

  /// One product's operands, `C = α·op(A)·op(B) + β·C` once `run(beta:)` is called.
  struct Operands: @unchecked Sendable {
    // @unchecked: the pointers are only read, except `c`, and concurrent parts write disjoint
    // blocks of `c` (see `split`).
    var m, n, k: Int
    var a: UnsafePointer<Double>
    var lda: Int
    var transposeA: Bool
    var b: UnsafePointer<Double>
    var ldb: Int
    var transposeB: Bool
    var c: UnsafeMutablePointer<Double>
    var ldc: Int
    var alpha: Double

    enum Side { case rows, columns }

    /// Two products over disjoint halves of `C`'s rows or columns, the first half rounded up to a
    /// `multiple` (by default the register block's, so that neither half has an extra edge sliver).
    func split(_ side: Side, multiple: Int? = nil) -> [Operands] {
      var first = self, second = self
      switch side {
      case .rows:
        let step = multiple ?? GEMM.rowsPerSliver
        let half = (m / 2 + step - 1) / step * step
        first.m = Swift.min(half, m)
        second.m = m - first.m
        second.a = transposeA ? a + first.m : a + first.m * lda
        second.c = c + first.m * ldc
      case .columns:
        let step = multiple ?? GEMM.columnsPerSliver
        let half = (n / 2 + step - 1) / step * step
        first.n = Swift.min(half, n)
        second.n = n - first.n
        second.b = transposeB ? b + first.n * ldb : b + first.n
        second.c = c + first.n
      }
      return [first, second]
    }

    /// `C = β·C`, writing zeros when `β = 0`.
    func scale(by beta: Double) {
      guard beta != 1, m > 0, n > 0 else { return }
      if beta == 0 && ldc == n {
        // Rows that touch (a whole matrix, or a column vector: one fill, not a call per row).
        return c.update(repeating: 0, count: m * n)
      }
      for i in 0..<m {
        let row = c + i * ldc
        if beta == 0 {
          row.update(repeating: 0, count: n)
        } else {
          for j in 0..<n { row[j] *= beta }
        }
      }
    }

    /// `C = α·op(A)·op(B) + β·C` on the path that suits the shape.
    func run(beta: Double) {
      guard m > 0, n > 0, k > 0, alpha != 0 else { return scale(by: beta) }
      if k == 1 && beta == 0 { return runOuterProduct() }
      let unblocked = m < 6 || m * n * k < 4096
      if n < 8 && transposeA {
        scale(by: beta)
        runByStoredRowsOfA()
      } else if n >= 8 && unblocked && transposeB && k < 4 {
        scale(by: beta)
        runByRowUpdatesOfGatheredB()
      } else if n < 8 || (unblocked && transposeB) {
        // With β = 0 these paths write C outright (0 + the sum, the bits of adding to a zero
        // fill) instead of zero-filling it first.
        if beta != 0 { scale(by: beta) }
        runByDotProducts(overwrite: beta == 0)
      } else if unblocked {
        if beta != 0 { scale(by: beta) }
        runByRowUpdates(overwrite: beta == 0)
      } else {
        // The packed kernel applies β as it first writes each tile, saving a pass over C.
        runPacked(beta: beta)
      }
    }
  }
}
