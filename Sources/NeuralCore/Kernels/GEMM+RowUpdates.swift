/// The unblocked path of `GEMM` for a short `C` (fewer than 6 rows) times a wide `op(B)`, such as
/// logistic regression's `w.T @ X`, `[1, 12288] @ [12288, 209]`.
///
/// ```
/// for each block of columns j0 (2048/m wide):       C[:, j0 ..< j0+w] stays in L1
///   for each row p of op(B):                        B read once, row after row
///     for each row i of C:
///       C[i, j] = C[i, j] + x·B[p, j]               x = α·op(A)[i, p], skipped when 0
/// ```
///
/// When `B`'s rows are stored one after another (`ldb == n`) this reads `B` as a single
/// sequential stream, which measured faster than reading four rows of it at once (and much
/// faster than copying it). Each element of `C` gets the chain of rounded products and sums this
/// path has always used, so results do not move by a rounding. Two threads split the depth
/// (`runByRowUpdatesOnTwoThreads`), each still reading one contiguous half of `B`.
extension GEMM.Operands {
  /// `C[i, :] += α·Σₚ op(A)[i, p]·B[p, :]` for `B` stored untransposed (`precondition`); with
  /// `overwrite`, C's old values are taken as zeros and not read.
  func runByRowUpdates(overwrite: Bool = false) {
    precondition(!transposeB, "row updates read B's rows in place; transposeB goes by dot products")
    // A B that stays in L1 (the course's [5, 5] @ [5, 64] layers) is read once per row of C,
    // 16 columns of C at a time in registers; a large one is streamed once, row after row.
    if n <= 16 || k * n <= 4096 { return runByRowUpdatesInRegisters(overwrite: overwrite) }
    if overwrite { scale(by: 0) }
    let width = Swift.max(8, 2048 / m / 8 * 8)
    for j0 in stride(from: 0, to: n, by: width) {
      let count = Swift.min(width, n - j0)
      for p in 0..<k {
        let row = b + p * ldb + j0
        for i in 0..<m {
          let x = alpha * (transposeA ? a[p * lda + i] : a[i * lda + p])
          if x == 0 { continue }
          GEMM.addRow(row, times: x, into: c + i * ldc + j0, count: count)
        }
      }
    }
  }

  /// `runByRowUpdates` a block of 4 vectors of a row of C at a time (16 or 32 columns: all of
  /// cs231n's `X[i].dot(W)` with 10 classes, the course's `[5, 5] @ [5, 64]` layers): the block
  /// stays in registers while the k rows of B are added to it, instead of being loaded and stored
  /// once per row of B. The same products and sums in the same order: bit-identical.
  private func runByRowUpdatesInRegisters(overwrite: Bool) {
    #if BACKPROP_AVX512
      typealias V = SIMD8<Double>
    #else
      typealias V = SIMD4<Double>
    #endif
    let lanes = V.scalarCount
    @inline(__always) func x(_ i: Int, _ p: Int) -> Double { alpha * (transposeA ? a[p * lda + i] : a[i * lda + p]) }
    for i in 0..<m {
      let out = c + i * ldc
      var j = 0
      while j + 4 * lanes <= n {
        let target = UnsafeMutableRawPointer(out + j)
        var q0 = overwrite ? V() : target.loadUnaligned(as: V.self)
        var q1 = overwrite ? V() : target.loadUnaligned(fromByteOffset: 8 * lanes, as: V.self)
        var q2 = overwrite ? V() : target.loadUnaligned(fromByteOffset: 16 * lanes, as: V.self)
        var q3 = overwrite ? V() : target.loadUnaligned(fromByteOffset: 24 * lanes, as: V.self)
        for p in 0..<k {
          let xp = x(i, p)
          if xp == 0 { continue }
          let source = UnsafeRawPointer(b + p * ldb + j)
          let v = V(repeating: xp)
          q0 = q0 + v * source.loadUnaligned(as: V.self)
          q1 = q1 + v * source.loadUnaligned(fromByteOffset: 8 * lanes, as: V.self)
          q2 = q2 + v * source.loadUnaligned(fromByteOffset: 16 * lanes, as: V.self)
          q3 = q3 + v * source.loadUnaligned(fromByteOffset: 24 * lanes, as: V.self)
        }
        target.storeBytes(of: q0, as: V.self)
        target.storeBytes(of: q1, toByteOffset: 8 * lanes, as: V.self)
        target.storeBytes(of: q2, toByteOffset: 16 * lanes, as: V.self)
        target.storeBytes(of: q3, toByteOffset: 24 * lanes, as: V.self)
        j += 4 * lanes
      }
      // The last columns (fewer than 4 vectors' worth) in one pass over B's rows: whole vectors,
      // then a partial one whose lanes are gathered (lane arithmetic rounds as scalar arithmetic
      // does, so this is the same chain per element). One pass, not one per column: cs231n's
      // X[i].dot(W) has 10 classes.
      let rest = n - j
      if rest > 0 {
        let vectors = rest / lanes
        let tail = rest - vectors * lanes
        let t = j + vectors * lanes
        let target = UnsafeMutableRawPointer(out + j)
        var q0 = vectors > 0 && !overwrite ? target.loadUnaligned(as: V.self) : V()
        var q1 = vectors > 1 && !overwrite ? target.loadUnaligned(fromByteOffset: 8 * lanes, as: V.self) : V()
        var q2 = vectors > 2 && !overwrite ? target.loadUnaligned(fromByteOffset: 16 * lanes, as: V.self) : V()
        var qt = V()
        if !overwrite { for l in 0..<tail { qt[l] = out[t + l] } }
        for p in 0..<k {
          let xp = x(i, p)
          if xp == 0 { continue }
          let row = b + p * ldb
          let source = UnsafeRawPointer(row + j)
          let v = V(repeating: xp)
          if vectors > 0 { q0 = q0 + v * source.loadUnaligned(as: V.self) }
          if vectors > 1 { q1 = q1 + v * source.loadUnaligned(fromByteOffset: 8 * lanes, as: V.self) }
          if vectors > 2 { q2 = q2 + v * source.loadUnaligned(fromByteOffset: 16 * lanes, as: V.self) }
          if tail > 0 {
            var bt = V()
            for l in 0..<tail { bt[l] = row[t + l] }
            qt = qt + v * bt
          }
        }
        if vectors > 0 { target.storeBytes(of: q0, as: V.self) }
        if vectors > 1 { target.storeBytes(of: q1, toByteOffset: 8 * lanes, as: V.self) }
        if vectors > 2 { target.storeBytes(of: q2, toByteOffset: 16 * lanes, as: V.self) }
        for l in 0..<tail { out[t + l] = qt[l] }
      }
    }
  }

  /// `C = α·op(A)·B + β·C` on two threads, each taking half of the depth `k`: the first
  /// accumulates into `C`, the second into a scratch `[m, n]` that is then added to `C`.
  ///
  /// Each thread streams through one contiguous half of `B`. The result is fixed for two threads
  /// but differs from one thread's by rounding: `(β·C + Σ first half) + Σ second half`.
  func runByRowUpdatesOnTwoThreads(beta: Double) {
    let half = k / 2
    var first = self, second = self
    first.k = half
    second.k = k - half
    second.a = transposeA ? a + half * lda : a + half
    second.b = b + half * ldb
    let scratch = UnsafeMutablePointer<Double>.allocate(capacity: m * n)
    defer { scratch.deallocate() }
    second.c = scratch
    second.ldc = n
    let parts = [first, second]
    Parallel.run(2) { index in
      parts[index].scale(by: index == 0 ? beta : 0)
      parts[index].runByRowUpdates()
    }
    for i in 0..<m {
      GEMM.addRow(scratch + i * n, times: 1, into: c + i * ldc, count: n)
    }
  }
}

extension GEMM {
  /// `y[j] = y[j] + x·r[j]` for `j` in `0..<count`: a rounded product, then a rounded sum.
  @inline(__always)
  static func addRow(
    _ r: UnsafePointer<Double>, times x: Double, into y: UnsafeMutablePointer<Double>, count: Int
  ) {
    // 4-wide: rows of B rarely start on a 64-byte line, and every 8-wide load of such a row
    // straddles two lines (measured 20% slower than 4-wide here).
    typealias V = SIMD4<Double>
    let source = UnsafeRawPointer(r), target = UnsafeMutableRawPointer(y)
    let v = V(repeating: x)
    var o = 0
    let end = count * 8
    while o + 128 <= end {
      let y0 = target.loadUnaligned(fromByteOffset: o, as: V.self) + v * source.loadUnaligned(fromByteOffset: o, as: V.self)
      let y1 = target.loadUnaligned(fromByteOffset: o + 32, as: V.self) + v * source.loadUnaligned(fromByteOffset: o + 32, as: V.self)
      let y2 = target.loadUnaligned(fromByteOffset: o + 64, as: V.self) + v * source.loadUnaligned(fromByteOffset: o + 64, as: V.self)
      let y3 = target.loadUnaligned(fromByteOffset: o + 96, as: V.self) + v * source.loadUnaligned(fromByteOffset: o + 96, as: V.self)
      target.storeBytes(of: y0, toByteOffset: o, as: V.self)
      target.storeBytes(of: y1, toByteOffset: o + 32, as: V.self)
      target.storeBytes(of: y2, toByteOffset: o + 64, as: V.self)
      target.storeBytes(of: y3, toByteOffset: o + 96, as: V.self)
      o += 128
    }
    while o + 32 <= end {
      let y0 = target.loadUnaligned(fromByteOffset: o, as: V.self)
      target.storeBytes(of: y0 + v * source.loadUnaligned(fromByteOffset: o, as: V.self), toByteOffset: o, as: V.self)
      o += 32
    }
    for j in o / 8..<count { y[j] += x * r[j] }
  }

  /// Four `addRow` calls in turn, for the rows `r`, `r + stride`, `r + 2·stride`, `r + 3·stride`
  /// times `x0…x3`: each `y[j]` gets the same rounded products and sums in the same order,
  /// `(((y + x0·r0) + x1·r1) + x2·r2) + x3·r3`, but is loaded and stored once instead of four times.
  @inline(__always)
  static func addFourRows(
    _ r: UnsafePointer<Double>, stride: Int, times x0: Double, _ x1: Double, _ x2: Double, _ x3: Double,
    into y: UnsafeMutablePointer<Double>, count: Int
  ) {
    typealias V = SIMD4<Double>
    let rows = (UnsafeRawPointer(r), UnsafeRawPointer(r + stride), UnsafeRawPointer(r + 2 * stride), UnsafeRawPointer(r + 3 * stride))
    let target = UnsafeMutableRawPointer(y)
    let (v0, v1, v2, v3) = (V(repeating: x0), V(repeating: x1), V(repeating: x2), V(repeating: x3))
    var o = 0
    let end = count * 8
    while o + 32 <= end {
      var sum = target.loadUnaligned(fromByteOffset: o, as: V.self)
      sum = sum + v0 * rows.0.loadUnaligned(fromByteOffset: o, as: V.self)
      sum = sum + v1 * rows.1.loadUnaligned(fromByteOffset: o, as: V.self)
      sum = sum + v2 * rows.2.loadUnaligned(fromByteOffset: o, as: V.self)
      sum = sum + v3 * rows.3.loadUnaligned(fromByteOffset: o, as: V.self)
      target.storeBytes(of: sum, toByteOffset: o, as: V.self)
      o += 32
    }
    for j in o / 8..<count {
      var sum = y[j]
      sum += x0 * r[j]
      sum += x1 * r[stride + j]
      sum += x2 * r[2 * stride + j]
      sum += x3 * r[3 * stride + j]
      y[j] = sum
    }
  }
}
