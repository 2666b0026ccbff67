#if BACKPROP_AVX512
  /// The register block of `GEMM` on AVX-512: a 12x16 tile of `C` in twenty-four 8-wide accumulators.
  ///
  /// ```
  /// for p in 0..<depth:                       a: 12 values of column p of the A sliver
  ///   b0, b1 = B sliver row p (16 values)     B rows are bStride elements apart
  ///   for r in 0..<12: cᵣ₀ += a[r]·b0; cᵣ₁ += a[r]·b1    24 fused multiply-adds of 8 lanes
  /// C[12, 16] = α·c + β·C      (C not read when β = 0)
  /// ```
  ///
  /// Twenty-four accumulators and two `B` vectors use 26 of the 32 `zmm` registers; each `A` value
  /// is broadcast from memory inside the FMA (`vfmadd231pd m64{1to8}`). Chosen at build time by
  /// `BACKPROP_AVX512`, which the manifest defines with `-march=x86-64-v4` (see Package.swift).
  extension GEMM {
    static let rowsPerSliver = 12
    static let columnsPerSliver = 16

    @inline(__always)
    static func microKernel(
      depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
      bStride: Int, c: UnsafeMutablePointer<Double>, ldc: Int, alpha: Double, beta: Double,
      rows: Int, columns: Int, scratch: UnsafeMutablePointer<Double>
    ) {
      typealias V = SIMD8<Double>
      var c0_0 = V(), c0_1 = V()
      var c1_0 = V(), c1_1 = V()
      var c2_0 = V(), c2_1 = V()
      var c3_0 = V(), c3_1 = V()
      var c4_0 = V(), c4_1 = V()
      var c5_0 = V(), c5_1 = V()
      var c6_0 = V(), c6_1 = V()
      var c7_0 = V(), c7_1 = V()
      var c8_0 = V(), c8_1 = V()
      var c9_0 = V(), c9_1 = V()
      var c10_0 = V(), c10_1 = V()
      var c11_0 = V(), c11_1 = V()
      var pa = a
      var pb = UnsafeRawPointer(b)
      let step = bStride * 8
      for _ in 0..<depth {
        let b0 = pb.loadUnaligned(as: V.self)
        let b1 = pb.loadUnaligned(fromByteOffset: 64, as: V.self)
        let a0 = V(repeating: pa[0])
        c0_0 = c0_0.addingProduct(a0, b0)
        c0_1 = c0_1.addingProduct(a0, b1)
        let a1 = V(repeating: pa[1])
        c1_0 = c1_0.addingProduct(a1, b0)
        c1_1 = c1_1.addingProduct(a1, b1)
        let a2 = V(repeating: pa[2])
        c2_0 = c2_0.addingProduct(a2, b0)
        c2_1 = c2_1.addingProduct(a2, b1)
        let a3 = V(repeating: pa[3])
        c3_0 = c3_0.addingProduct(a3, b0)
        c3_1 = c3_1.addingProduct(a3, b1)
        let a4 = V(repeating: pa[4])
        c4_0 = c4_0.addingProduct(a4, b0)
        c4_1 = c4_1.addingProduct(a4, b1)
        let a5 = V(repeating: pa[5])
        c5_0 = c5_0.addingProduct(a5, b0)
        c5_1 = c5_1.addingProduct(a5, b1)
        let a6 = V(repeating: pa[6])
        c6_0 = c6_0.addingProduct(a6, b0)
        c6_1 = c6_1.addingProduct(a6, b1)
        let a7 = V(repeating: pa[7])
        c7_0 = c7_0.addingProduct(a7, b0)
        c7_1 = c7_1.addingProduct(a7, b1)
        let a8 = V(repeating: pa[8])
        c8_0 = c8_0.addingProduct(a8, b0)
        c8_1 = c8_1.addingProduct(a8, b1)
        let a9 = V(repeating: pa[9])
        c9_0 = c9_0.addingProduct(a9, b0)
        c9_1 = c9_1.addingProduct(a9, b1)
        let a10 = V(repeating: pa[10])
        c10_0 = c10_0.addingProduct(a10, b0)
        c10_1 = c10_1.addingProduct(a10, b1)
        let a11 = V(repeating: pa[11])
        c11_0 = c11_0.addingProduct(a11, b0)
        c11_1 = c11_1.addingProduct(a11, b1)
        pa += 12
        pb += step
      }
      let s = V(repeating: alpha)
      // A full tile goes straight into C; an edge tile goes through scratch, then only the
      // rows and columns that exist are written.
      let full = rows == 12 && columns == 16
      let target = full ? c : scratch
      let stride = full ? ldc : 16
      let b = full ? beta : 0
      store(s * c0_0, s * c0_1, to: target + 0 * stride, beta: b)
      store(s * c1_0, s * c1_1, to: target + 1 * stride, beta: b)
      store(s * c2_0, s * c2_1, to: target + 2 * stride, beta: b)
      store(s * c3_0, s * c3_1, to: target + 3 * stride, beta: b)
      store(s * c4_0, s * c4_1, to: target + 4 * stride, beta: b)
      store(s * c5_0, s * c5_1, to: target + 5 * stride, beta: b)
      store(s * c6_0, s * c6_1, to: target + 6 * stride, beta: b)
      store(s * c7_0, s * c7_1, to: target + 7 * stride, beta: b)
      store(s * c8_0, s * c8_1, to: target + 8 * stride, beta: b)
      store(s * c9_0, s * c9_1, to: target + 9 * stride, beta: b)
      store(s * c10_0, s * c10_1, to: target + 10 * stride, beta: b)
      store(s * c11_0, s * c11_1, to: target + 11 * stride, beta: b)
      if full { return }
      for r in 0..<rows {
        for col in 0..<columns {
          let value = scratch[r * 16 + col]
          c[r * ldc + col] = beta == 0 ? value : value + beta * c[r * ldc + col]
        }
      }
    }

    /// `row[0 ..< 16] = low ++ high + β·row` (not reading `row` when `β = 0`).
    @inline(__always)
    static func store(
      _ low: SIMD8<Double>, _ high: SIMD8<Double>, to row: UnsafeMutablePointer<Double>, beta: Double
    ) {
      let raw = UnsafeMutableRawPointer(row)
      if beta == 0 {
        raw.storeBytes(of: low, as: SIMD8<Double>.self)
        raw.storeBytes(of: high, toByteOffset: 64, as: SIMD8<Double>.self)
      } else {
        let b = SIMD8<Double>(repeating: beta)
        let old0 = raw.loadUnaligned(as: SIMD8<Double>.self)
        let old1 = raw.loadUnaligned(fromByteOffset: 64, as: SIMD8<Double>.self)
        raw.storeBytes(of: beta == 1 ? old0 + low : low.addingProduct(b, old0), as: SIMD8<Double>.self)
        raw.storeBytes(
          of: beta == 1 ? old1 + high : high.addingProduct(b, old1), toByteOffset: 64, as: SIMD8<Double>.self)
      }
    }
  }
#endif
