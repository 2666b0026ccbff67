/// The unblocked paths of `GEMM`, for products with a short or narrow side.
///
/// Packing panels costs more than it saves when `C` has fewer than 6 rows or 8 columns, or the
/// whole product is a few thousand multiply-adds (the course's `[4, 2] @ [2, 400]` layers,
/// matrix-vector products). These loops start at once and stream through memory in order.
extension GEMM.Operands {
  /// `C[i, j] += α·Σₚ op(A)[i, p]·op(B)[p, j]` as dot products of contiguous rows and columns.
  ///
  /// Rows of `op(A)` are contiguous unless `A` is transposed, columns of `op(B)` only when `B` is;
  /// other layouts are copied first (`[m, k]` or `[k, n]` elements, no more than `C` needs).
  func runByDotProducts() {
    withContiguous(rowsOfA: true) { rowsOfA in
      withContiguous(rowsOfA: false) { columnsOfB in
        for i in 0..<m {
          let x = rowsOfA + i * k
          for j in 0..<n {
            c[i * ldc + j] += alpha * GEMM.dot(x, columnsOfB + j * k, count: k)
          }
        }
      }
    }
  }

  /// `C[i, :] += α·op(A)[i, p]·op(B)[p, :]` for each `p`: one row update (axpy) at a time.
  func runByRowUpdates() {
    withContiguous(rowsOfB: true) { rowsOfB in
      for i in 0..<m {
        let row = c + i * ldc
        for p in 0..<k {
          let x = alpha * (transposeA ? a[p * lda + i] : a[i * lda + p])
          if x == 0 { continue }
          let source = rowsOfB + p * n
          for j in 0..<n { row[j] += x * source[j] }
        }
      }
    }
  }

  /// Calls `body` with `op(A)` as `[m, k]` row-major (or `op(B)` as `[n, k]`, its columns), copying
  /// only when the stored layout differs.
  private func withContiguous(rowsOfA: Bool, _ body: (UnsafePointer<Double>) -> Void) {
    let (source, ld, transposed, rows) = rowsOfA ? (a, lda, transposeA, m) : (b, ldb, !transposeB, n)
    if !transposed && ld == k { return body(source) }
    let copy = UnsafeMutablePointer<Double>.allocate(capacity: rows * k)
    defer { copy.deallocate() }
    for r in 0..<rows {
      for p in 0..<k { copy[r * k + p] = transposed ? source[p * ld + r] : source[r * ld + p] }
    }
    body(copy)
  }

  /// Calls `body` with `op(B)` as `[k, n]` row-major, copying only when `B` is stored transposed.
  private func withContiguous(rowsOfB: Bool, _ body: (UnsafePointer<Double>) -> Void) {
    if !transposeB && ldb == n { return body(b) }
    let copy = UnsafeMutablePointer<Double>.allocate(capacity: k * n)
    defer { copy.deallocate() }
    for p in 0..<k {
      for j in 0..<n { copy[p * n + j] = transposeB ? b[j * ldb + p] : b[p * ldb + j] }
    }
    body(copy)
  }
}

extension GEMM {
  /// `Σᵢ x[i]·y[i]` with four independent vector accumulators.
  @inline(__always)
  static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count: Int) -> Double {
    var s0 = SIMD4<Double>(), s1 = SIMD4<Double>(), s2 = SIMD4<Double>(), s3 = SIMD4<Double>()
    let (rx, ry) = (UnsafeRawPointer(x), UnsafeRawPointer(y))
    var i = 0
    while i + 16 <= count {
      let o = i * 8
      s0 = s0.addingProduct(rx.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self), ry.loadUnaligned(fromByteOffset: o, as: SIMD4<Double>.self))
      s1 = s1.addingProduct(rx.loadUnaligned(fromByteOffset: o + 32, as: SIMD4<Double>.self), ry.loadUnaligned(fromByteOffset: o + 32, as: SIMD4<Double>.self))
      s2 = s2.addingProduct(rx.loadUnaligned(fromByteOffset: o + 64, as: SIMD4<Double>.self), ry.loadUnaligned(fromByteOffset: o + 64, as: SIMD4<Double>.self))
      s3 = s3.addingProduct(rx.loadUnaligned(fromByteOffset: o + 96, as: SIMD4<Double>.self), ry.loadUnaligned(fromByteOffset: o + 96, as: SIMD4<Double>.self))
      i += 16
    }
    while i + 4 <= count {
      s0 = s0.addingProduct(rx.loadUnaligned(fromByteOffset: i * 8, as: SIMD4<Double>.self), ry.loadUnaligned(fromByteOffset: i * 8, as: SIMD4<Double>.self))
      i += 4
    }
    var total = ((s0 + s1) + (s2 + s3)).sum()
    while i < count {
      total += x[i] * y[i]
      i += 1
    }
    return total
  }
}
