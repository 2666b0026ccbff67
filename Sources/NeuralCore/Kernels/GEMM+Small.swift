/// The unblocked paths of `GEMM`, for products with a short or narrow side.
///
/// Packing panels costs more than it saves when `C` has fewer than 6 rows or 8 columns, or the
/// whole product is a few thousand multiply-adds (the course's `[4, 2] @ [2, 400]` layers,
/// matrix-vector products, logistic regression's `w.T @ X` and `X @ dz.T`). These loops start at
/// once, read the operands where they lie (with their leading dimensions) and stream through
/// memory in order.
///
/// Each element of `C` is computed by the same sequence of operations whichever group of rows or
/// columns it falls in, so splitting a product over threads does not change a single bit of it.
extension GEMM.Operands {
  /// `C[i, j] += α·Σₚ op(A)[i, p]·op(B)[p, j]` as dot products of rows of `op(A)` and columns of
  /// `op(B)`, four at a time (`GEMM.dots`).
  ///
  /// A row of `op(A)` lies in place unless `A` is transposed, a column of `op(B)` only when `B`
  /// is; other layouts are copied first (`[m, k]` or `[k, n]` elements, no more than `C` needs).
  func runByDotProducts() {
    withLines(of: a, ld: lda, inPlace: !transposeA, count: m) { rows, rowStride in
      withLines(of: b, ld: ldb, inPlace: transposeB, count: n) { columns, columnStride in
        if m >= n {
          // Four rows of op(A) against one column of op(B): C[i..<i+4, j].
          var i = 0
          while i < m {
            let count = Swift.min(4, m - i)
            for j in 0..<n {
              let y = columns + j * columnStride
              let s = GEMM.dots(rows + i * rowStride, stride: rowStride, lines: count, with: y, count: k)
              for r in 0..<count { c[(i + r) * ldc + j] += alpha * s[r] }
            }
            i += count
          }
        } else {
          // One row of op(A) against four columns of op(B): C[i, j..<j+4].
          for i in 0..<m {
            let x = rows + i * rowStride
            var j = 0
            while j < n {
              let count = Swift.min(4, n - j)
              let s = GEMM.dots(columns + j * columnStride, stride: columnStride, lines: count, with: x, count: k)
              for r in 0..<count { c[i * ldc + j + r] += alpha * s[r] }
              j += count
            }
          }
        }
      }
    }
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
  /// `Σₚ xᵣ[p]·y[p]` for `lines` (1 to 4) vectors `xᵣ = x + r·stride` against one `y`.
  ///
  /// Each dot product is summed as four 4-wide accumulators `s₀…s₃` over blocks of 16 (held as
  /// two 8-wide halves), a 4-wide tail into `s₀`, `((s₀ + s₁) + (s₂ + s₃)).sum()`, then a scalar
  /// tail: the same order whatever `lines` is, and the order this path has always used, so that
  /// results (and the outputs recorded in lessons) do not move by a rounding.
  @inline(__always)
  static func dots(
    _ x: UnsafePointer<Double>, stride: Int, lines: Int, with y: UnsafePointer<Double>, count: Int
  ) -> SIMD4<Double> {
    typealias V = SIMD8<Double>
    typealias H = SIMD4<Double>
    // Missing lines repeat line 0 and are dropped by the caller.
    let r0 = UnsafeRawPointer(x)
    let r1 = lines > 1 ? r0 + stride * 8 : r0
    let r2 = lines > 2 ? r0 + 2 * stride * 8 : r0
    let r3 = lines > 3 ? r0 + 3 * stride * 8 : r0
    let ry = UnsafeRawPointer(y)
    // uᵣ holds rᵣ's s₀ and s₁, vᵣ its s₂ and s₃.
    var u0 = V(), v0 = V(), u1 = V(), v1 = V(), u2 = V(), v2 = V(), u3 = V(), v3 = V()
    var o = 0
    let end = count * 8
    while o + 128 <= end {
      let y0 = ry.loadUnaligned(fromByteOffset: o, as: V.self)
      let y1 = ry.loadUnaligned(fromByteOffset: o + 64, as: V.self)
      u0 = u0.addingProduct(r0.loadUnaligned(fromByteOffset: o, as: V.self), y0)
      v0 = v0.addingProduct(r0.loadUnaligned(fromByteOffset: o + 64, as: V.self), y1)
      u1 = u1.addingProduct(r1.loadUnaligned(fromByteOffset: o, as: V.self), y0)
      v1 = v1.addingProduct(r1.loadUnaligned(fromByteOffset: o + 64, as: V.self), y1)
      u2 = u2.addingProduct(r2.loadUnaligned(fromByteOffset: o, as: V.self), y0)
      v2 = v2.addingProduct(r2.loadUnaligned(fromByteOffset: o + 64, as: V.self), y1)
      u3 = u3.addingProduct(r3.loadUnaligned(fromByteOffset: o, as: V.self), y0)
      v3 = v3.addingProduct(r3.loadUnaligned(fromByteOffset: o + 64, as: V.self), y1)
      o += 128
    }
    var s0 = (u0.lowHalf, u1.lowHalf, u2.lowHalf, u3.lowHalf)
    while o + 32 <= end {
      let y0 = ry.loadUnaligned(fromByteOffset: o, as: H.self)
      s0.0 = s0.0.addingProduct(r0.loadUnaligned(fromByteOffset: o, as: H.self), y0)
      s0.1 = s0.1.addingProduct(r1.loadUnaligned(fromByteOffset: o, as: H.self), y0)
      s0.2 = s0.2.addingProduct(r2.loadUnaligned(fromByteOffset: o, as: H.self), y0)
      s0.3 = s0.3.addingProduct(r3.loadUnaligned(fromByteOffset: o, as: H.self), y0)
      o += 32
    }
    var s = SIMD4(
      ((s0.0 + u0.highHalf) + (v0.lowHalf + v0.highHalf)).sum(),
      ((s0.1 + u1.highHalf) + (v1.lowHalf + v1.highHalf)).sum(),
      ((s0.2 + u2.highHalf) + (v2.lowHalf + v2.highHalf)).sum(),
      ((s0.3 + u3.highHalf) + (v3.lowHalf + v3.highHalf)).sum())
    for p in o / 8..<count {
      // A product, then a sum: two roundings, as the scalar tail always had.
      let xp = SIMD4(
        r0.load(fromByteOffset: p * 8, as: Double.self), r1.load(fromByteOffset: p * 8, as: Double.self),
        r2.load(fromByteOffset: p * 8, as: Double.self), r3.load(fromByteOffset: p * 8, as: Double.self))
      s += xp * SIMD4(repeating: y[p])
    }
    return s
  }
}
