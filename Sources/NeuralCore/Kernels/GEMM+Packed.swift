/// The cache-blocked path of `GEMM`, after Goto and van de Geijn's layering (as in BLIS and OpenBLAS).
///
/// ```
/// for each block of columns jc (nc wide):        B block [kc, nc] packed, lives in L2/L3
///   for each block of depth pc (kc deep):
///     pack op(B)[pc.., jc..] into 8-column slivers
///     for each block of rows ic (mc tall):       A block [mc, kc] packed, lives in L2
///       pack op(A)[ic.., pc..] into 6-row slivers
///       for each sliver of B (8 columns):        one sliver [kc, 8] lives in L1
///         for each sliver of A (6 rows):
///           C[6, 8] += α·A sliver·B sliver       12 vector registers of FMAs (GEMM+MicroKernel)
/// ```
///
/// Packing turns every operand layout (transposed or not, any leading dimension) into the one
/// order the micro-kernel reads sequentially, and pads edge slivers with zeros.
///
/// References: K. Goto and R. van de Geijn, "Anatomy of high-performance matrix multiplication",
/// ACM TOMS 34(3), 2008; F. Van Zee and R. van de Geijn, "BLIS", ACM TOMS 41(3), 2015.
extension GEMM.Operands {
  static let rowsPerSliver = 6
  static let columnsPerSliver = 8
  static let blockDepth = 256
  static let blockRows = 96
  static let blockColumns = 2048

  /// `C += α·op(A)·op(B)` through packed panels.
  func runPacked() {
    let (mr, nr) = (Self.rowsPerSliver, Self.columnsPerSliver)
    let kc = Swift.min(Self.blockDepth, k)
    let nc = Swift.min(Self.blockColumns, (n + nr - 1) / nr * nr)
    let mc = Swift.min(Self.blockRows, (m + mr - 1) / mr * mr)
    let packedB = UnsafeMutableRawPointer.allocate(byteCount: kc * nc * 8, alignment: 64)
      .bindMemory(to: Double.self, capacity: kc * nc)
    let packedA = UnsafeMutableRawPointer.allocate(byteCount: mc * kc * 8, alignment: 64)
      .bindMemory(to: Double.self, capacity: mc * kc)
    defer {
      packedB.deallocate()
      packedA.deallocate()
    }
    var tile = SIMD64<Double>()
    for jc in stride(from: 0, to: n, by: nc) {
      let nb = Swift.min(nc, n - jc)
      for pc in stride(from: 0, to: k, by: kc) {
        let kb = Swift.min(kc, k - pc)
        packB(rows: pc, depth: kb, columns: jc, width: nb, into: packedB)
        for ic in stride(from: 0, to: m, by: mc) {
          let mb = Swift.min(mc, m - ic)
          packA(rows: ic, height: mb, depth: pc, count: kb, into: packedA)
          for jr in stride(from: 0, to: nb, by: nr) {
            for ir in stride(from: 0, to: mb, by: mr) {
              GEMM.microKernel(
                depth: kb, a: packedA + ir * kb, b: packedB + jr * kb,
                c: c + (ic + ir) * ldc + jc + jr, ldc: ldc, alpha: alpha,
                rows: Swift.min(mr, mb - ir), columns: Swift.min(nr, nb - jr), scratch: &tile)
            }
          }
        }
      }
    }
  }

  /// Packs `op(A)[i0 ..< i0+height, p0 ..< p0+count]` as 6-row slivers: `packed[s·6·count + p·6 + r]`.
  private func packA(
    rows i0: Int, height: Int, depth p0: Int, count: Int, into packed: UnsafeMutablePointer<Double>
  ) {
    let mr = Self.rowsPerSliver
    for s in stride(from: 0, to: height, by: mr) {
      let sliver = packed + s * count
      let rows = Swift.min(mr, height - s)
      if transposeA {
        // A is stored [k, m]: the 6 values of one depth are adjacent.
        for p in 0..<count {
          let source = a + (p0 + p) * lda + i0 + s
          for r in 0..<rows { sliver[p * mr + r] = source[r] }
          for r in rows..<mr { sliver[p * mr + r] = 0 }
        }
      } else {
        for r in 0..<mr {
          if r < rows {
            let source = a + (i0 + s + r) * lda + p0
            for p in 0..<count { sliver[p * mr + r] = source[p] }
          } else {
            for p in 0..<count { sliver[p * mr + r] = 0 }
          }
        }
      }
    }
  }

  /// Packs `op(B)[p0 ..< p0+depth, j0 ..< j0+width]` as 8-column slivers: `packed[t·8·depth + p·8 + col]`.
  private func packB(
    rows p0: Int, depth: Int, columns j0: Int, width: Int, into packed: UnsafeMutablePointer<Double>
  ) {
    let nr = Self.columnsPerSliver
    for t in stride(from: 0, to: width, by: nr) {
      let sliver = packed + t * depth
      let columns = Swift.min(nr, width - t)
      if transposeB {
        // B is stored [n, k]: each column of op(B) is a contiguous row of B.
        for col in 0..<nr {
          if col < columns {
            let source = b + (j0 + t + col) * ldb + p0
            for p in 0..<depth { sliver[p * nr + col] = source[p] }
          } else {
            for p in 0..<depth { sliver[p * nr + col] = 0 }
          }
        }
      } else if columns == nr {
        for p in 0..<depth {
          let source = UnsafeRawPointer(b + (p0 + p) * ldb + j0 + t)
          UnsafeMutableRawPointer(sliver + p * nr).storeBytes(
            of: source.loadUnaligned(as: SIMD8<Double>.self), as: SIMD8<Double>.self)
        }
      } else {
        for p in 0..<depth {
          let source = b + (p0 + p) * ldb + j0 + t
          for col in 0..<columns { sliver[p * nr + col] = source[col] }
          for col in columns..<nr { sliver[p * nr + col] = 0 }
        }
      }
    }
  }
}
