/// General matrix multiply on raw row-major storage: `C = α·op(A)·op(B) + β·C`.
///
/// `op(A)` is `[m, k]` and `op(B)` is `[k, n]`; `C` is `[m, n]`. With `transposeA`, `A` is stored as
/// `[k, m]` and read transposed (likewise `B`, stored `[n, k]`). `lda`, `ldb`, `ldc` are the row
/// strides, in elements, of the stored matrices. With `β = 0`, `C` is written without being read
/// (NaN in `C` does not propagate), as BLAS does.
public enum GEMM {
  /// `C = α·op(A)·op(B) + β·C`; see the type's documentation for the shapes.
  ///
  /// - Precondition: `m, n, k >= 0` and each leading dimension at least its stored row length.
  public static func multiply(
    m: Int, n: Int, k: Int,
    a: UnsafePointer<Double>, lda: Int, transposeA: Bool = false,
    b: UnsafePointer<Double>, ldb: Int, transposeB: Bool = false,
    c: UnsafeMutablePointer<Double>, ldc: Int,
    alpha: Double = 1, beta: Double = 0
  ) {
    precondition(m >= 0 && n >= 0 && k >= 0, "negative GEMM size m \(m) n \(n) k \(k)")
    precondition(lda >= (transposeA ? m : k) && ldb >= (transposeB ? k : n) && ldc >= n, "leading dimension too small")
    guard m > 0, n > 0 else { return }
    for i in 0..<m {
      let row = c + i * ldc
      if beta == 0 {
        row.update(repeating: 0, count: n)
      } else if beta != 1 {
        for j in 0..<n { row[j] *= beta }
      }
      for p in 0..<k {
        let x = alpha * (transposeA ? a[p * lda + i] : a[i * lda + p])
        if transposeB {
          for j in 0..<n { row[j] += x * b[j * ldb + p] }
        } else {
          let bRow = b + p * ldb
          for j in 0..<n { row[j] += x * bRow[j] }
        }
      }
    }
  }
}
