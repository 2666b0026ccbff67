/// The cache-blocked path of `GEMM`, after Goto and van de Geijn's layering (as in BLIS and OpenBLAS).
///
/// ```
/// (mr x nr is 6x8 with AVX2, 12x16 with AVX-512; see GEMM+MicroKernel*.swift)
/// for each block of columns jc (nc wide):        B block [kc, nc] packed, lives in L2/L3
///   for each block of depth pc (kc deep):
///     pack op(B)[pc.., jc..] into nr-column slivers
///     for each block of rows ic (mc tall):       A block [mc, kc] packed, lives in L2
///       pack op(A)[ic.., pc..] into mr-row slivers
///       for each sliver of B (nr columns):       one sliver [kc, nr] lives in L1
///         for each sliver of A (mr rows):
///           C[mr, nr] += α·A sliver·B sliver     accumulators in registers
/// ```
///
/// Packing turns every operand layout (transposed or not, any leading dimension) into the one
/// order the micro-kernel reads sequentially, and pads edge slivers with zeros.
///
/// References: K. Goto and R. van de Geijn, "Anatomy of high-performance matrix multiplication",
/// ACM TOMS 34(3), 2008; F. Van Zee and R. van de Geijn, "BLIS", ACM TOMS 41(3), 2015.
extension GEMM.Operands {
  static let blockDepth = 256
  static let blockRows = 96
  static let blockColumns = 2048

  /// `C = α·op(A)·op(B) + β·C` through packed panels; β is applied as the first depth block
  /// writes each tile, so `C` is not read at all when `β = 0`.
  func runPacked(beta: Double) {
    let (mr, nr) = (GEMM.rowsPerSliver, GEMM.columnsPerSliver)
    let kc = Swift.min(Self.blockDepth, k)
    let nc = Swift.min(Self.blockColumns, (n + nr - 1) / nr * nr)
    let mc = Swift.min(Self.blockRows, (m + mr - 1) / mr * mr)
    let count = kc * nc + mc * kc + mr * nr
    Workspace.withBuffer(bytes: count * 8) { raw in
      let packedB = raw.bindMemory(to: Double.self, capacity: count)
      run(beta: beta, packedB: packedB, packedA: packedB + kc * nc, tile: packedB + kc * nc + mc * kc, kc: kc, nc: nc, mc: mc)
    }
  }

  private func run(
    beta: Double, packedB: UnsafeMutablePointer<Double>, packedA: UnsafeMutablePointer<Double>,
    tile: UnsafeMutablePointer<Double>, kc: Int, nc: Int, mc: Int
  ) {
    let (mr, nr) = (GEMM.rowsPerSliver, GEMM.columnsPerSliver)
    for jc in stride(from: 0, to: n, by: nc) {
      let nb = Swift.min(nc, n - jc)
      for pc in stride(from: 0, to: k, by: kc) {
        let kb = Swift.min(kc, k - pc)
        let blockBeta = pc == 0 ? beta : 1
        packB(rows: pc, depth: kb, columns: jc, width: nb, into: packedB)
        for ic in stride(from: 0, to: m, by: mc) {
          let mb = Swift.min(mc, m - ic)
          packA(rows: ic, height: mb, depth: pc, count: kb, into: packedA)
          for jr in stride(from: 0, to: nb, by: nr) {
            for ir in stride(from: 0, to: mb, by: mr) {
              let rows = Swift.min(mr, mb - ir)
              #if BACKPROP_AVX512
                if rows <= 8 {
                  GEMM.shortMicroKernel(
                    depth: kb, a: packedA + ir * kb, b: packedB + jr * kb, bStride: nr,
                    c: c + (ic + ir) * ldc + jc + jr, ldc: ldc, alpha: alpha, beta: blockBeta,
                    rows: rows, columns: Swift.min(nr, nb - jr), scratch: tile)
                  continue
                }
              #endif
              GEMM.microKernel(
                depth: kb, a: packedA + ir * kb, b: packedB + jr * kb, bStride: nr,
                c: c + (ic + ir) * ldc + jc + jr, ldc: ldc, alpha: alpha, beta: blockBeta,
                rows: rows, columns: Swift.min(nr, nb - jr), scratch: tile)
            }
          }
        }
      }
    }
  }

  /// Packs `op(A)[i0 ..< i0+height, p0 ..< p0+count]` as `mr`-row slivers: `packed[s·mr·count + p·mr + r]`.
  private func packA(
    rows i0: Int, height: Int, depth p0: Int, count: Int, into packed: UnsafeMutablePointer<Double>
  ) {
    let mr = GEMM.rowsPerSliver
    for s in stride(from: 0, to: height, by: mr) {
      let sliver = packed + s * count
      let rows = Swift.min(mr, height - s)
      if transposeA {
        // A is stored [k, m]: the mr values of one depth are adjacent.
        for p in 0..<count {
          let source = a + (p0 + p) * lda + i0 + s
          for r in 0..<rows { sliver[p * mr + r] = source[r] }
          for r in rows..<mr { sliver[p * mr + r] = 0 }
        }
      } else if rows == mr {
        packRowsTransposing(from: a + (i0 + s) * lda + p0, count: count, into: sliver)
      } else {
        for p in 0..<count {
          let source = a + (i0 + s) * lda + p0 + p
          for r in 0..<mr { sliver[p * mr + r] = r < rows ? source[r * lda] : 0 }
        }
      }
    }
  }

  /// Writes `mr` rows of `A` (`lda` apart, `count` long) depth by depth, as 4x4 blocks transposed
  /// in registers (four 4-wide loads, four 4-wide stores); leftover rows and depths one by one.
  private func packRowsTransposing(
    from source: UnsafePointer<Double>, count: Int, into sliver: UnsafeMutablePointer<Double>
  ) {
    typealias V = SIMD4<Double>
    let mr = GEMM.rowsPerSliver
    let whole = count / 4 * 4
    let target = UnsafeMutableRawPointer(sliver)
    let grouped = mr / 4 * 4
    for g in stride(from: 0, to: grouped, by: 4) {
      let r0 = UnsafeRawPointer(source + g * lda), r1 = UnsafeRawPointer(source + (g + 1) * lda)
      let r2 = UnsafeRawPointer(source + (g + 2) * lda), r3 = UnsafeRawPointer(source + (g + 3) * lda)
      for p in stride(from: 0, to: whole, by: 4) {
        let x0 = r0.loadUnaligned(fromByteOffset: p * 8, as: V.self)
        let x1 = r1.loadUnaligned(fromByteOffset: p * 8, as: V.self)
        let x2 = r2.loadUnaligned(fromByteOffset: p * 8, as: V.self)
        let x3 = r3.loadUnaligned(fromByteOffset: p * 8, as: V.self)
        let offset = (p * mr + g) * 8
        target.storeBytes(of: V(x0[0], x1[0], x2[0], x3[0]), toByteOffset: offset, as: V.self)
        target.storeBytes(of: V(x0[1], x1[1], x2[1], x3[1]), toByteOffset: offset + mr * 8, as: V.self)
        target.storeBytes(of: V(x0[2], x1[2], x2[2], x3[2]), toByteOffset: offset + mr * 16, as: V.self)
        target.storeBytes(of: V(x0[3], x1[3], x2[3], x3[3]), toByteOffset: offset + mr * 24, as: V.self)
      }
    }
    for r in grouped..<mr {
      for p in 0..<whole { sliver[p * mr + r] = source[r * lda + p] }
    }
    for p in whole..<count {
      for r in 0..<mr { sliver[p * mr + r] = source[r * lda + p] }
    }
  }

  /// Packs `op(B)[p0 ..< p0+depth, j0 ..< j0+width]` as `nr`-column slivers: `packed[t·nr·depth + p·nr + col]`.
  private func packB(
    rows p0: Int, depth: Int, columns j0: Int, width: Int, into packed: UnsafeMutablePointer<Double>
  ) {
    let nr = GEMM.columnsPerSliver
    if transposeB {
      // B is stored [n, k]: each column of op(B) is a contiguous row of B.
      for t in stride(from: 0, to: width, by: nr) {
        let sliver = packed + t * depth
        for col in 0..<nr {
          if t + col < width {
            let source = b + (j0 + t + col) * ldb + p0
            for p in 0..<depth { sliver[p * nr + col] = source[p] }
          } else {
            for p in 0..<depth { sliver[p * nr + col] = 0 }
          }
        }
      }
      return
    }
    // Row by row, so that B is read in storage order and the prefetcher can follow.
    let full = width / nr * nr
    let remainder = width - full
    if remainder > 0 { (packed + full * depth).update(repeating: 0, count: depth * nr) }
    for p in 0..<depth {
      let source = UnsafeRawPointer(b + (p0 + p) * ldb + j0)
      for t in stride(from: 0, to: full, by: nr) {
        let target = UnsafeMutableRawPointer(packed + t * depth + p * nr)
        for chunk in stride(from: 0, to: nr * 8, by: 64) {
          target.storeBytes(
            of: source.loadUnaligned(fromByteOffset: t * 8 + chunk, as: SIMD8<Double>.self),
            toByteOffset: chunk, as: SIMD8<Double>.self)
        }
      }
      let target = packed + full * depth + p * nr
      let row = b + (p0 + p) * ldb + j0 + full
      for col in 0..<remainder { target[col] = row[col] }
    }
  }
}
