/// The unblocked path of `GEMM` for a short `C` (fewer than 6 rows) times a wide `op(B)`, such as
/// logistic regression's `w.T @ X`, `[1, 12288] @ [12288, 209]`.
///
/// ```
/// for each block of columns j0 (512 wide):          a block of C's rows stays in L1
///   for each 4 rows p of op(B):                     B[p ..< p+4, j0 ..< j0+512], read once
///     for each row i of C:
///       C[i, j] = (((C[i, j] + x₀·B[p, j]) + x₁·B[p+1, j]) + x₂·B[p+2, j]) + x₃·B[p+3, j]
///       (xₜ = α·op(A)[i, p+t], 8 columns a vector; a zero xₜ is skipped)
/// ```
///
/// `B` is read in place with its leading dimension, so each of two threads can take a block of
/// its columns without copying them. Every element of `C` gets the same chain of products and
/// sums, `p` in order, whatever block or thread it falls in: the chain this path has always used
/// (rounded products, zero `x` skipped), so results do not move by a rounding.
extension GEMM.Operands {
  static let rowUpdateColumns = 512

  /// `C[i, :] += α·Σₚ op(A)[i, p]·B[p, :]` for `B` stored untransposed (`precondition`).
  func runByRowUpdates() {
    precondition(!transposeB, "row updates read B's rows in place; transposeB goes by dot products")
    let width = Self.rowUpdateColumns
    for j0 in stride(from: 0, to: n, by: width) {
      let count = Swift.min(width, n - j0)
      var p = 0
      while p + 4 <= k {
        let rows = b + p * ldb + j0
        for i in 0..<m {
          let x = SIMD4(scaledA(i, p), scaledA(i, p + 1), scaledA(i, p + 2), scaledA(i, p + 3))
          let y = c + i * ldc + j0
          if x[0] != 0 && x[1] != 0 && x[2] != 0 && x[3] != 0 {
            GEMM.addRows(rows, ldb, times: x, rowCount: 4, into: y, count: count)
          } else {
            for t in 0..<4 where x[t] != 0 {
              GEMM.addRows(rows + t * ldb, ldb, times: SIMD4(x[t], 0, 0, 0), rowCount: 1, into: y, count: count)
            }
          }
        }
        p += 4
      }
      while p < k {
        for i in 0..<m {
          let x = SIMD4(scaledA(i, p), 0, 0, 0)
          if x[0] == 0 { continue }
          GEMM.addRows(b + p * ldb + j0, ldb, times: x, rowCount: 1, into: c + i * ldc + j0, count: count)
        }
        p += 1
      }
    }
  }

  /// `α·op(A)[i, p]`.
  @inline(__always)
  private func scaledA(_ i: Int, _ p: Int) -> Double {
    alpha * (transposeA ? a[p * lda + i] : a[i * lda + p])
  }
}

extension GEMM {
  /// `y[j] = (((y[j] + x₀·r₀[j]) + x₁·r₁[j]) + …)` over `rowCount` (1 or 4) rows `rₜ = rows + t·ld`,
  /// each step a rounded product then a rounded sum, for `j` in `0..<count`.
  @inline(__always)
  static func addRows(
    _ rows: UnsafePointer<Double>, _ ld: Int, times x: SIMD4<Double>, rowCount: Int,
    into y: UnsafeMutablePointer<Double>, count: Int
  ) {
    typealias V = SIMD8<Double>
    let r0 = UnsafeRawPointer(rows), r1 = r0 + ld * 8, r2 = r0 + 2 * ld * 8, r3 = r0 + 3 * ld * 8
    let target = UnsafeMutableRawPointer(y)
    let (x0, x1, x2, x3) = (V(repeating: x[0]), V(repeating: x[1]), V(repeating: x[2]), V(repeating: x[3]))
    let whole = count / 8 * 8 * 8
    var o = 0
    if rowCount == 4 {
      while o < whole {
        var v = target.loadUnaligned(fromByteOffset: o, as: V.self)
        v += x0 * r0.loadUnaligned(fromByteOffset: o, as: V.self)
        v += x1 * r1.loadUnaligned(fromByteOffset: o, as: V.self)
        v += x2 * r2.loadUnaligned(fromByteOffset: o, as: V.self)
        v += x3 * r3.loadUnaligned(fromByteOffset: o, as: V.self)
        target.storeBytes(of: v, toByteOffset: o, as: V.self)
        o += 64
      }
      for j in whole / 8..<count {
        var v = y[j]
        v += x[0] * rows[j]
        v += x[1] * rows[ld + j]
        v += x[2] * rows[2 * ld + j]
        v += x[3] * rows[3 * ld + j]
        y[j] = v
      }
    } else {
      while o < whole {
        let v = target.loadUnaligned(fromByteOffset: o, as: V.self)
        target.storeBytes(of: v + x0 * r0.loadUnaligned(fromByteOffset: o, as: V.self), toByteOffset: o, as: V.self)
        o += 64
      }
      for j in whole / 8..<count { y[j] += x[0] * rows[j] }
    }
  }
}
