/// The inner product `Σ xᵢ·yᵢ` summed in the order of the BLAS `ddot` kernel numpy calls on
/// x86-64 (OpenBLAS, Haswell/Zen), so `np.dot(u, v)` and `np.linalg.norm(x)` match numpy bit for
/// bit, not only to rounding.
///
/// The kernel takes the first `n & ~15` elements in blocks of 16 into four 4-lane accumulators
/// with fused multiply-adds, folds each accumulator's high half onto its low half, adds the four
/// pairs as `(a0 + a1) + (a2 + a3)`, then the two lanes; the remaining elements are added one by
/// one (`dot += y[i] * x[i]`, unfused). Checked against numpy 2.4 for every n up to 10 000.
enum InnerProduct {
  static func dot(_ x: UnsafePointer<Double>, _ y: UnsafePointer<Double>, count n: Int) -> Double {
    let blocked = n & ~15
    var dot = 0.0
    if blocked > 0 {
      var a0 = SIMD4<Double>(repeating: 0), a1 = a0, a2 = a0, a3 = a0
      var i = 0
      while i < blocked {
        a0 = a0.addingProduct(load(x + i), load(y + i))
        a1 = a1.addingProduct(load(x + i + 4), load(y + i + 4))
        a2 = a2.addingProduct(load(x + i + 8), load(y + i + 8))
        a3 = a3.addingProduct(load(x + i + 12), load(y + i + 12))
        i += 16
      }
      let h0 = a0.lowHalf + a0.highHalf
      let h1 = a1.lowHalf + a1.highHalf
      let h2 = a2.lowHalf + a2.highHalf
      let h3 = a3.lowHalf + a3.highHalf
      let total = (h0 + h1) + (h2 + h3)
      dot = total[0] + total[1]
    }
    for i in blocked..<max(n, blocked) {
      let product = y[i] * x[i]
      dot += product
    }
    return dot
  }

  /// `dot` of two arrays' elements in row-major order.
  static func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "inner product of \(x.count) and \(y.count) elements")
    return x.withUnsafeBufferPointer { a in
      y.withUnsafeBufferPointer { b in
        guard let p = a.baseAddress, let q = b.baseAddress else { return 0 }
        return dot(p, q, count: x.count)
      }
    }
  }

  @inline(__always) private static func load(_ p: UnsafePointer<Double>) -> SIMD4<Double> {
    SIMD4(p[0], p[1], p[2], p[3])
  }
}
