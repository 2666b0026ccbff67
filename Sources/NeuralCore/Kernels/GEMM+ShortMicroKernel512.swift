#if BACKPROP_AVX512
  /// The AVX-512 register block for a sliver of at most 8 rows: the same loop as `microKernel`
  /// with sixteen accumulators, so that a product with 20 rows (the L-layer net's first layer,
  /// 12 + 8) does not spend a third of its second sliver's multiply-adds on zero padding.
  ///
  /// `a` is a packed 12-row sliver (`a[p·12 + r]`), of which rows 8 to 11 are not read.
  extension GEMM {
    @inline(__always)
    static func shortMicroKernel(
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
        pa += 12
        pb += step
      }
      let s = V(repeating: alpha)
      // A full tile goes straight into C; an edge tile goes through scratch, then only the
      // rows and columns that exist are written.
      let full = rows == 8 && columns == 16
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
      if full { return }
      for r in 0..<rows {
        for col in 0..<columns {
          let value = scratch[r * 16 + col]
          c[r * ldc + col] = beta == 0 ? value : value + beta * c[r * ldc + col]
        }
      }
    }
  }
#endif
