#if !BACKPROP_AVX512
  /// The register block of `GEMM`: a 6x8 tile of `C` held in twelve 4-wide vector accumulators.
  ///
  /// ```
  /// for p in 0..<depth:                       a: 6 values of column p of the A sliver
  ///   b0, b1 = B sliver row p (8 values)      B rows are bStride elements apart
  ///   for r in 0..<6: cᵣ₀ += a[r]·b0; cᵣ₁ += a[r]·b1     12 fused multiply-adds of 4 lanes
  /// C[6, 8] = α·c + β·C        (C not read when β = 0)
  /// ```
  ///
  /// Twelve accumulators, two `B` vectors and one broadcast `A` value fill 15 of the 16 AVX2
  /// registers, so the loop runs from registers at two FMAs per cycle. `addingProduct` compiles to
  /// `vfmadd231pd` only when the target has FMA (release builds get x86-64-v3, see Package.swift);
  /// without it each lane becomes a call to `fma()`, about 50x slower. Machines with AVX-512 use
  /// the 12x16 kernel of `GEMM+MicroKernel512.swift` instead.
  extension GEMM {
    static let rowsPerSliver = 6
    static let columnsPerSliver = 8

    @inline(__always)
    static func microKernel(
      depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
      bStride: Int, c: UnsafeMutablePointer<Double>, ldc: Int, alpha: Double, beta: Double,
      rows: Int, columns: Int, scratch: UnsafeMutablePointer<Double>
    ) {
      typealias V = SIMD4<Double>
      var c00 = V(), c01 = V()
      var c10 = V(), c11 = V()
      var c20 = V(), c21 = V()
      var c30 = V(), c31 = V()
      var c40 = V(), c41 = V()
      var c50 = V(), c51 = V()
      var pa = a
      var pb = UnsafeRawPointer(b)
      let step = bStride * 8
      for _ in 0..<depth {
        let b0 = pb.loadUnaligned(as: V.self)
        let b1 = pb.loadUnaligned(fromByteOffset: 32, as: V.self)
        var x: V
        x = V(repeating: pa[0])
        c00 = c00.addingProduct(x, b0)
        c01 = c01.addingProduct(x, b1)
        x = V(repeating: pa[1])
        c10 = c10.addingProduct(x, b0)
        c11 = c11.addingProduct(x, b1)
        x = V(repeating: pa[2])
        c20 = c20.addingProduct(x, b0)
        c21 = c21.addingProduct(x, b1)
        x = V(repeating: pa[3])
        c30 = c30.addingProduct(x, b0)
        c31 = c31.addingProduct(x, b1)
        x = V(repeating: pa[4])
        c40 = c40.addingProduct(x, b0)
        c41 = c41.addingProduct(x, b1)
        x = V(repeating: pa[5])
        c50 = c50.addingProduct(x, b0)
        c51 = c51.addingProduct(x, b1)
        pa += 6
        pb += step
      }
      let s = V(repeating: alpha)
      // A full tile goes straight into C; an edge tile goes through scratch, then only the
      // rows and columns that exist are written.
      let full = rows == 6 && columns == 8
      let target = full ? c : scratch
      let stride = full ? ldc : 8
      let b = full ? beta : 0
      store(s * c00, s * c01, to: target + 0 * stride, beta: b)
      store(s * c10, s * c11, to: target + 1 * stride, beta: b)
      store(s * c20, s * c21, to: target + 2 * stride, beta: b)
      store(s * c30, s * c31, to: target + 3 * stride, beta: b)
      store(s * c40, s * c41, to: target + 4 * stride, beta: b)
      store(s * c50, s * c51, to: target + 5 * stride, beta: b)
      if full { return }
      for r in 0..<rows {
        for col in 0..<columns {
          let value = scratch[r * 8 + col]
          c[r * ldc + col] = beta == 0 ? value : value + beta * c[r * ldc + col]
        }
      }
    }

    /// `row[0 ..< 8] = low ++ high + β·row` (not reading `row` when `β = 0`).
    @inline(__always)
    private static func store(
      _ low: SIMD4<Double>, _ high: SIMD4<Double>, to row: UnsafeMutablePointer<Double>, beta: Double
    ) {
      let raw = UnsafeMutableRawPointer(row)
      if beta == 0 {
        raw.storeBytes(of: low, as: SIMD4<Double>.self)
        raw.storeBytes(of: high, toByteOffset: 32, as: SIMD4<Double>.self)
      } else {
        let b = SIMD4<Double>(repeating: beta)
        let old0 = raw.loadUnaligned(as: SIMD4<Double>.self)
        let old1 = raw.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
        raw.storeBytes(of: beta == 1 ? old0 + low : low.addingProduct(b, old0), as: SIMD4<Double>.self)
        raw.storeBytes(
          of: beta == 1 ? old1 + high : high.addingProduct(b, old1), toByteOffset: 32, as: SIMD4<Double>.self)
      }
    }
  }
#endif
