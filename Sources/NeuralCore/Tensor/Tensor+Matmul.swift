/// Matrix products, as numpy's `a @ b` (and `np.dot` for operands of rank 1 and 2).
///
/// ```
/// [M, K] @ [K, N] -> [M, N]      c[i, j] = Σₚ a[i, p]·b[p, j]
/// [M, K] @ [K]    -> [M]         matrix-vector
/// [K]    @ [K, N] -> [N]         vector-matrix
/// [K]    @ [K]    -> []          inner product
/// [B…, M, K] @ [B…, K, N] -> [B…, M, N]   a stack of products; batch axes broadcast
/// ```
///
/// A rank-1 operand is read as a row (on the left) or a column (on the right), and that axis is
/// removed from the result. All products run on `GEMM.multiply`.
extension Tensor {
  /// The shape of `a @ b`.
  ///
  /// - Throws: `ShapeError.matmulMismatch(a, b)` when the inner extents differ, or
  ///   `ShapeError.notBroadcastable` when batch axes do not broadcast; `.mismatch` for a rank-0 operand.
  public static func matmulShape(_ a: [Int], _ b: [Int]) throws(ShapeError) -> [Int] {
    guard !a.isEmpty, !b.isEmpty else {
      throw .mismatch("matmul: Input operand \(a.isEmpty ? 0 : 1) does not have enough dimensions")
    }
    let k = a[a.count - 1]
    let bk = b.count == 1 ? b[0] : b[b.count - 2]
    guard k == bk else { throw .matmulMismatch(a, b) }
    let batch = try broadcastShape(Array(a.dropLast(2)), Array(b.dropLast(2)))
    return batch + (a.count >= 2 ? [a[a.count - 2]] : []) + (b.count >= 2 ? [b[b.count - 1]] : [])
  }

  /// `self @ other`; see the table above.
  ///
  /// - Precondition: the shapes fit (`matmulShape(_:_:)` does not throw).
  public func matmul(_ other: Tensor) -> Tensor {
    let shape: [Int]
    do { shape = try Tensor.matmulShape(self.shape, other.shape) } catch { preconditionFailure(error.description) }
    let k = self.shape[rank - 1]
    let m = rank >= 2 ? self.shape[rank - 2] : 1
    let n = other.rank >= 2 ? other.shape[other.rank - 1] : 1
    // A stack on the left times one matrix on the right folds into one product [B·M, K] @ [K, N].
    if other.rank <= 2 {
      let rows = Tensor.count(of: Array(self.shape.dropLast()))
      return Tensor(shape: shape, scalars: Tensor.product(scalars, other.scalars, m: rows, n: n, k: k))
    }
    let batchShape = Array(shape.dropLast((rank >= 2 ? 1 : 0) + 1))
    let aBatch = Array(self.shape.dropLast(2)), bBatch = Array(other.shape.dropLast(2))
    let aStrides = Tensor.broadcastStrides(of: aBatch, to: batchShape)
    let bStrides = Tensor.broadcastStrides(of: bBatch, to: batchShape)
    var offsets = [(Int, Int)]()
    Tensor.forEachOffset(shape: batchShape, strides: aStrides) { _, offset in offsets.append((offset, 0)) }
    var index = 0
    Tensor.forEachOffset(shape: batchShape, strides: bStrides) { _, offset in
      offsets[index].1 = offset
      index += 1
    }
    var result = [Double](repeating: 0, count: Tensor.count(of: shape))
    guard m > 0, n > 0, k > 0 else { return Tensor(shape: shape, scalars: result) }
    scalars.withUnsafeBufferPointer { a in
      other.scalars.withUnsafeBufferPointer { b in
        result.withUnsafeMutableBufferPointer { c in
          for (batch, (aIndex, bIndex)) in offsets.enumerated() {
            GEMM.multiply(
              m: m, n: n, k: k, a: a.baseAddress! + aIndex * m * k, lda: k, transposeA: false,
              b: b.baseAddress! + bIndex * k * n, ldb: n, transposeB: false,
              c: c.baseAddress! + batch * m * n, ldc: n, beta: 1)
          }
        }
      }
    }
    return Tensor(shape: shape, scalars: result)
  }

  /// `op(a) @ op(b)` for matrices, where `op` transposes when asked, without materialising the
  /// transpose: `[M, K] @ [K, N] -> [M, N]` after the transposes (e.g. `dW = xᵀ·dy` is
  /// `matmul(x, dy, transposingA: true)`).
  ///
  /// - Precondition: both operands have rank 2 and their inner extents agree.
  public static func matmul(
    _ a: Tensor, _ b: Tensor, transposingA: Bool = false, transposingB: Bool = false
  ) -> Tensor {
    precondition(a.rank == 2 && b.rank == 2, "matmul(_:_:transposingA:transposingB:) needs matrices, got \(a.shape) and \(b.shape)")
    let (m, k) = transposingA ? (a.shape[1], a.shape[0]) : (a.shape[0], a.shape[1])
    let (bk, n) = transposingB ? (b.shape[1], b.shape[0]) : (b.shape[0], b.shape[1])
    precondition(k == bk, ShapeError.matmulMismatch([m, k], [bk, n]).description)
    guard m > 0, n > 0, k > 0 else { return Tensor(shape: [m, n], scalars: [Double](repeating: 0, count: m * n)) }
    // Written by GEMM with β = 0, never read: no zero-fill pass over a result that may be megabytes.
    let result = [Double](unsafeUninitializedCapacity: m * n) { c, initialized in
      a.scalars.withUnsafeBufferPointer { x in
        b.scalars.withUnsafeBufferPointer { y in
          GEMM.multiply(
            m: m, n: n, k: k, a: x.baseAddress!, lda: a.shape[1], transposeA: transposingA,
            b: y.baseAddress!, ldb: b.shape[1], transposeB: transposingB, c: c.baseAddress!, ldc: n)
        }
      }
      initialized = m * n
    }
    return Tensor(shape: [m, n], scalars: result)
  }

  /// The row-major product of `a` `[m, k]` and `b` `[k, n]`.
  static func product(_ a: [Double], _ b: [Double], m: Int, n: Int, k: Int) -> [Double] {
    guard m > 0, n > 0, k > 0 else { return [Double](repeating: 0, count: m * n) }
    return [Double](unsafeUninitializedCapacity: m * n) { c, initialized in
      a.withUnsafeBufferPointer { x in
        b.withUnsafeBufferPointer { y in
          GEMM.multiply(
            m: m, n: n, k: k, a: x.baseAddress!, lda: k, transposeA: false,
            b: y.baseAddress!, ldb: n, transposeB: false, c: c.baseAddress!, ldc: n)
        }
      }
      initialized = m * n
    }
  }
}
