/// The register block of `GEMM`: a 6x8 tile of `C` held in twelve 4-wide vector accumulators.
///
/// ```
/// for p in 0..<depth:                       a: 6 values of column p of the A sliver
///   b0, b1 = B sliver row p (8 values)      b: 8 values of row p of the B sliver
///   for r in 0..<6: cᵣ₀ += a[r]·b0; cᵣ₁ += a[r]·b1     12 fused multiply-adds of 4 lanes
/// C[6, 8] += α·c
/// ```
///
/// Twelve accumulators, two `B` vectors and one broadcast `A` value fill 15 of the 16 AVX2
/// registers, so the loop runs from registers at two FMAs per cycle. `addingProduct` compiles to
/// `vfmadd231pd` only when the target has FMA (release builds get x86-64-v3, see Package.swift);
/// without it each lane becomes a call to `fma()`, about 50x slower.
extension GEMM {
  @inline(__always)
  static func microKernel(
    depth: Int, a: UnsafePointer<Double>, b: UnsafePointer<Double>,
    c: UnsafeMutablePointer<Double>, ldc: Int, alpha: Double, rows: Int, columns: Int,
    scratch: inout SIMD64<Double>
  ) {
    typealias V = SIMD4<Double>
    var c00 = V(), c01 = V(), c10 = V(), c11 = V(), c20 = V(), c21 = V()
    var c30 = V(), c31 = V(), c40 = V(), c41 = V(), c50 = V(), c51 = V()
    var pa = a
    var pb = UnsafeRawPointer(b)
    for _ in 0..<depth {
      let b0 = pb.loadUnaligned(as: V.self)
      let b1 = pb.loadUnaligned(fromByteOffset: 32, as: V.self)
      var x = V(repeating: pa[0])
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
      pb += 64
    }
    let s = V(repeating: alpha)
    if rows == 6 && columns == 8 {
      add(s * c00, s * c01, to: c, 0)
      add(s * c10, s * c11, to: c, ldc)
      add(s * c20, s * c21, to: c, 2 * ldc)
      add(s * c30, s * c31, to: c, 3 * ldc)
      add(s * c40, s * c41, to: c, 4 * ldc)
      add(s * c50, s * c51, to: c, 5 * ldc)
      return
    }
    // An edge tile: spill the block, then add only the rows and columns that exist.
    withUnsafeMutableBytes(of: &scratch) { raw in
      raw.storeBytes(of: s * c00, toByteOffset: 0, as: V.self)
      raw.storeBytes(of: s * c01, toByteOffset: 32, as: V.self)
      raw.storeBytes(of: s * c10, toByteOffset: 64, as: V.self)
      raw.storeBytes(of: s * c11, toByteOffset: 96, as: V.self)
      raw.storeBytes(of: s * c20, toByteOffset: 128, as: V.self)
      raw.storeBytes(of: s * c21, toByteOffset: 160, as: V.self)
      raw.storeBytes(of: s * c30, toByteOffset: 192, as: V.self)
      raw.storeBytes(of: s * c31, toByteOffset: 224, as: V.self)
      raw.storeBytes(of: s * c40, toByteOffset: 256, as: V.self)
      raw.storeBytes(of: s * c41, toByteOffset: 288, as: V.self)
      raw.storeBytes(of: s * c50, toByteOffset: 320, as: V.self)
      raw.storeBytes(of: s * c51, toByteOffset: 352, as: V.self)
    }
    for r in 0..<rows {
      for col in 0..<columns { c[r * ldc + col] += scratch[r * 8 + col] }
    }
  }

  @inline(__always)
  private static func add(
    _ low: SIMD4<Double>, _ high: SIMD4<Double>, to c: UnsafeMutablePointer<Double>, _ offset: Int
  ) {
    let row = UnsafeMutableRawPointer(c + offset)
    row.storeBytes(of: row.loadUnaligned(as: SIMD4<Double>.self) + low, as: SIMD4<Double>.self)
    row.storeBytes(
      of: row.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self) + high, toByteOffset: 32,
      as: SIMD4<Double>.self)
  }
}
