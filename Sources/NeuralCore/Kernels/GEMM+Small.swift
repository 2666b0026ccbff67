/// The unblocked paths of `GEMM`, for products with a short or narrow side.
///
/// Packing panels costs more than it saves when `C` has fewer than 6 rows or 8 columns, or the
/// whole product is a few thousand multiply-adds (the course's `[4, 2] @ [2, 400]` layers,
/// matrix-vector products, logistic regression's `w.T @ X` and `X @ dz.T`). These loops start at
/// once, read the operands where they lie (with their leading dimensions) and stream through
/// memory in order.
///
/// Each element of `C` is computed by the same sequence of operations as before these paths read
/// operands in place, so results (and outputs recorded in lessons) do not move by a rounding.
extension GEMM.Operands {
  /// `C[i, j] += α·Σₚ op(A)[i, p]·op(B)[p, j]` as dot products of rows of `op(A)` and columns of
  /// `op(B)` (`GEMM.dot`), one at a time: a single sequential stream through memory measured
  /// faster here than four rows interleaved.
  ///
  /// A row of `op(A)` lies in place unless `A` is transposed, a column of `op(B)` only when `B`
  /// is; other layouts are copied first (`[m, k]` or `[k, n]` elements, no more than `C` needs).
  func runByDotProducts(overwrite: Bool = false) {
    withLines(of: a, ld: lda, inPlace: !transposeA, count: m) { rows, rowStride in
      withLines(of: b, ld: ldb, inPlace: transposeB, count: n) { columns, columnStride in
        var i = 0
        // Short dot products wait on their own additions: four rows at a time keep the adder
        // busy (the same operations per row, so the same bits as one row at a time).
        while k <= GEMM.interleavedDepth && i + 4 <= m {
          let x = rows + i * rowStride
          for j in 0..<n {
            let sums = GEMM.fourDots(x, stride: rowStride, columns + j * columnStride, count: k)
            for r in 0..<4 {
              let sum = alpha * sums[r]
              c[(i + r) * ldc + j] = (overwrite ? 0 : c[(i + r) * ldc + j]) + sum
            }
          }
          i += 4
        }
        while i < m {
          let x = rows + i * rowStride
          for j in 0..<n {
            let sum = alpha * GEMM.dot(x, columns + j * columnStride, count: k)
            c[i * ldc + j] = (overwrite ? 0 : c[i * ldc + j]) + sum
          }
          i += 1
        }
      }
    }
  }

  /// `C = α·op(A)·op(B)` for a depth of 1 (an outer product: the RNN's `np.dot(da, x.T)`),
  /// written in one pass instead of zero-filling C and then adding to it. Each element is
  /// `0 + x·b` (+0 where `x` is 0), the bits the row updates give.
  func runOuterProduct() {
    precondition(k == 1, "an outer product has depth 1")
    for i in 0..<m {
      let x = alpha * a[transposeA ? i : i * lda]
      let row = c + i * ldc
      if x == 0 {
        row.update(repeating: 0, count: n)
      } else if transposeB {
        for j in 0..<n { row[j] = 0 + x * b[j * ldb] }
      } else {
        for j in 0..<n { row[j] = 0 + x * b[j] }
      }
    }
  }

  /// `C[:, j] += α·Σₚ op(B)[p, j]·A[p, :]` for a transposed `A` (stored `[k, m]`) and a narrow
  /// `C` (`n < 8`): the RNN's `Waa.T @ da`, backprop's `W.T @ dz` for one example. Each stored
  /// row of `A` is added whole, in order, to a column of `C`, as BLAS's `gemv` does for a
  /// transposed matrix, instead of gathering `A`'s columns into a copy for dot products (a strided
  /// pass over all of `A` on every call).
  func runByStoredRowsOfA() {
    precondition(transposeA, "runByStoredRowsOfA reads A's stored rows as op(A)'s columns")
    let column = ldc == 1 ? nil : UnsafeMutablePointer<Double>.allocate(capacity: m)
    defer { column?.deallocate() }
    for j in 0..<n {
      let y = column ?? c + j
      column?.update(repeating: 0, count: m)
      @inline(__always) func x(_ p: Int) -> Double { alpha * (transposeB ? b[j * ldb + p] : b[p * ldb + j]) }
      var p = 0
      while p + 4 <= k {
        GEMM.addFourRows(a + p * lda, stride: lda, times: x(p), x(p + 1), x(p + 2), x(p + 3), into: y, count: m)
        p += 4
      }
      while p < k {
        GEMM.addRow(a + p * lda, times: x(p), into: y, count: m)
        p += 1
      }
      if let column {
        for i in 0..<m { c[i * ldc + j] += column[i] }
      }
    }
  }

  /// `runByRowUpdates` for a transposed `B` of fewer than 4 rows (`op(B)` is `[k, n]`, stored as
  /// `[n, k]`): the course's `W1 @ X` where `X` is a transposed view of two features. Dot products
  /// of length 2 cost a call per element of `C`; the k rows of `op(B)` are gathered once (k·n
  /// elements) and added to C's rows instead. Under 4 terms a dot product is the same chain of
  /// rounded products and sums as row updates, so the bits do not change.
  func runByRowUpdatesOfGatheredB() {
    precondition(transposeB && k < 4, "gathers the rows of a short transposed B")
    let rows = UnsafeMutablePointer<Double>.allocate(capacity: k * n)
    defer { rows.deallocate() }
    for j in 0..<n {
      let column = b + j * ldb
      for p in 0..<k { rows[p * n + j] = column[p] }
    }
    var gathered = self
    gathered.b = UnsafePointer(rows)
    gathered.ldb = n
    gathered.transposeB = false
    gathered.runByRowUpdates()
  }

  /// Calls `body` with `count` lines of `k` contiguous elements and their stride: the stored
  /// rows (`ld` apart) when `inPlace`, else a copy of the columns.
  private func withLines(
    of source: UnsafePointer<Double>, ld: Int, inPlace: Bool, count: Int,
    _ body: (UnsafePointer<Double>, Int) -> Void
  ) {
    if inPlace { return body(source, ld) }
    let copy = UnsafeMutablePointer<Double>.allocate(capacity: count * k)
    defer { copy.deallocate() }
    for p in 0..<k {
      let row = source + p * ld
      for r in 0..<count { copy[r * k + p] = row[r] }
    }
    body(copy, k)
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

  /// The longest dot products `runByDotProducts` computes four at a time (measured: a gemv of
  /// depth 27 or 50 runs about twice as fast; a long single stream was faster on its own).
  static let interleavedDepth = 128

  /// `dot(x + r·stride, y, count)` for the four rows `r` in 0..<4, each with exactly the
  /// operations of `dot` (the same accumulators, order and tail), interleaved.
  @inline(__always)
  static func fourDots(_ x: UnsafePointer<Double>, stride: Int, _ y: UnsafePointer<Double>, count: Int) -> SIMD4<Double> {
    typealias V = SIMD4<Double>
    var (a0, a1, a2, a3) = (V(), V(), V(), V())
    var (b0, b1, b2, b3) = (V(), V(), V(), V())
    var (c0, c1, c2, c3) = (V(), V(), V(), V())
    var (d0, d1, d2, d3) = (V(), V(), V(), V())
    let ry = UnsafeRawPointer(y)
    let (ra, rb, rc, rd) = (UnsafeRawPointer(x), UnsafeRawPointer(x + stride), UnsafeRawPointer(x + 2 * stride), UnsafeRawPointer(x + 3 * stride))
    // One vector of y times the same vector of each row, into the accumulators `dot` uses for it.
    @inline(__always) func add(_ o: Int, _ y: V, _ a: inout V, _ b: inout V, _ c: inout V, _ d: inout V) {
      a = a.addingProduct(ra.loadUnaligned(fromByteOffset: o, as: V.self), y)
      b = b.addingProduct(rb.loadUnaligned(fromByteOffset: o, as: V.self), y)
      c = c.addingProduct(rc.loadUnaligned(fromByteOffset: o, as: V.self), y)
      d = d.addingProduct(rd.loadUnaligned(fromByteOffset: o, as: V.self), y)
    }
    var i = 0
    while i + 16 <= count {
      let o = i * 8
      add(o, ry.loadUnaligned(fromByteOffset: o, as: V.self), &a0, &b0, &c0, &d0)
      add(o + 32, ry.loadUnaligned(fromByteOffset: o + 32, as: V.self), &a1, &b1, &c1, &d1)
      add(o + 64, ry.loadUnaligned(fromByteOffset: o + 64, as: V.self), &a2, &b2, &c2, &d2)
      add(o + 96, ry.loadUnaligned(fromByteOffset: o + 96, as: V.self), &a3, &b3, &c3, &d3)
      i += 16
    }
    while i + 4 <= count {
      add(i * 8, ry.loadUnaligned(fromByteOffset: i * 8, as: V.self), &a0, &b0, &c0, &d0)
      i += 4
    }
    var totals = V(
      ((a0 + a1) + (a2 + a3)).sum(), ((b0 + b1) + (b2 + b3)).sum(),
      ((c0 + c1) + (c2 + c3)).sum(), ((d0 + d1) + (d2 + d3)).sum())
    while i < count {
      totals[0] += x[i] * y[i]
      totals[1] += x[stride + i] * y[i]
      totals[2] += x[2 * stride + i] * y[i]
      totals[3] += x[3 * stride + i] * y[i]
      i += 1
    }
    return totals
  }
}
