import NeuralCore

/// Matrix products: `np.dot`, `np.matmul` (`@`), `np.outer`, on NeuralCore's GEMM.
///
/// `[M, K] @ [K, N] -> [M, N]`. A transposed operand (`W.T`) goes to GEMM as a transpose flag over
/// its storage, not as a copy.
extension NDArray {
  /// `np.dot(a, b)`: the inner product for vectors, the matrix product for matrices, and for N-D
  /// arrays the sum over the last axis of `a` and the second-to-last of `b`.
  ///
  /// - Throws: `ValueError: shapes (4,2) and (4,400) not aligned: 2 (dim 1) != 4 (dim 0)`, with a
  ///   `help:` line when a transpose would make the shapes fit.
  public static func dot(_ a: NDArray, _ b: NDArray) throws(NumpyError) -> NDArray {
    if a.ndim == 0 || b.ndim == 0 { return try binary(.multiply, a, b) }
    let aAxis = a.ndim - 1
    let bAxis = max(b.ndim - 2, 0)
    guard a.shape[aAxis] == b.shape[bAxis] else {
      throw .value(
        "shapes \(NumpyError.compact(a.shape)) and \(NumpyError.compact(b.shape)) not aligned: \(a.shape[aAxis]) (dim \(aAxis)) != \(b.shape[bAxis]) (dim \(bAxis))",
        help: transposeHelp(a.shape, b.shape, call: "np.dot"))
    }
    let k = a.shape[aAxis]
    if a.ndim == 2 && b.ndim == 2 { return matrixResult(a, b) }
    if a.ndim == 1 && b.ndim == 1 {
      let value = InnerProduct.dot(a.scalars, b.scalars)
      let type = DType.promoted(a.dtype, b.dtype)
      return NDArray(scalar: type == .bool ? (value != 0 ? 1 : 0) : value, dtype: type)
    }
    let type = DType.promoted(a.dtype, b.dtype)
    if a.ndim == 1 && b.ndim == 2 {  // X[i].dot(W): a row times a matrix, read in place
      let row = a.view(shape: [1, k], strides: [0, a.strides[0]], offset: a.offset)
      let values = matrixProduct(row, b)
      return NDArray(shape: [b.shape[1]], scalars: type == .bool ? values.map { $0 != 0 ? 1 : 0 } : values, dtype: type)
    }
    if a.ndim == 2 && b.ndim == 1 {  // W.dot(x): a matrix times a column, read in place
      let column = b.view(shape: [k, 1], strides: [b.strides[0], 0], offset: b.offset)
      let values = matrixProduct(a, column)
      return NDArray(shape: [a.shape[0]], scalars: type == .bool ? values.map { $0 != 0 ? 1 : 0 } : values, dtype: type)
    }
    let m = a.count / max(k, 1)
    let left = try a.reshaped([m, k])
    var bOrder = Array(0..<b.ndim)
    if b.ndim >= 2 { bOrder.remove(at: bAxis); bOrder.insert(bAxis, at: 0) }
    let n = b.count / max(k, 1)
    let right = b.ndim == 1 ? try b.reshaped([k, 1]) : try b.transposed(bOrder).reshaped([k, n])
    let product = matrixProduct(left, right)
    let shape = Array(a.shape.dropLast()) + Array(b.shape.enumerated().filter { $0.offset != bAxis }.map(\.element))
    return NDArray(shape: shape, scalars: product, dtype: type)
  }

  /// `np.matmul(a, b)` / `a @ b`: matrix products broadcast over leading (batch) axes; a 1-D
  /// operand is a row (left) or a column (right) that is dropped from the result.
  public static func matmul(_ a: NDArray, _ b: NDArray) throws(NumpyError) -> NDArray {
    if a.ndim == 2 && b.ndim == 2 && a.shape[1] == b.shape[0] { return matrixResult(a, b) }
    for (i, x) in [a, b].enumerated() where x.ndim == 0 {
      throw .value("matmul: Input operand \(i) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
    }
    let left = a.ndim == 1 ? a.view(shape: [1, a.shape[0]], strides: [0, a.strides[0]], offset: a.offset) : a
    let right = b.ndim == 1 ? b.view(shape: [b.shape[0], 1], strides: [b.strides[0], 0], offset: b.offset) : b
    let k = left.shape[left.ndim - 1]
    guard right.shape[right.ndim - 2] == k else {
      throw .value(
        "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(right.shape[right.ndim - 2]) is different from \(k))",
        help: transposeHelp(a.shape, b.shape, call: "matmul"))
    }
    if a.ndim == 1 && b.ndim == 1 { return try dot(a, b) }
    let m = left.shape[left.ndim - 2]
    let n = right.shape[right.ndim - 1]
    let batch = try broadcastShape(Array(left.shape.dropLast(2)), Array(right.shape.dropLast(2)))
    var shape = batch + [m, n]
    let type = DType.promoted(a.dtype, b.dtype)
    if batch.isEmpty {
      let values = matrixProduct(left, right)
      if a.ndim == 1 { shape.remove(at: shape.count - 2) }
      if b.ndim == 1 { shape.removeLast() }
      return NDArray(shape: shape, scalars: values, dtype: type)
    }
    let lefts = left.broadcast(to: batch + [m, k])
    let rights = right.broadcast(to: batch + [k, n])
    var values: [Double] = []
    values.reserveCapacity(shape.reduce(1, *))
    let batches = batch.reduce(1, *)
    let batchStrides = StridedLayout.rowMajorStrides(batch)
    for t in 0..<batches {
      var leftOffset = lefts.offset
      var rightOffset = rights.offset
      var rest = t
      for axis in batch.indices {
        let i = rest / batchStrides[axis]
        rest %= batchStrides[axis]
        leftOffset += i * lefts.strides[axis]
        rightOffset += i * rights.strides[axis]
      }
      let x = lefts.view(shape: [m, k], strides: Array(lefts.strides.suffix(2)), offset: leftOffset)
      let y = rights.view(shape: [k, n], strides: Array(rights.strides.suffix(2)), offset: rightOffset)
      values.append(contentsOf: matrixProduct(x, y))
    }
    if a.ndim == 1 { shape.remove(at: shape.count - 2) }
    if b.ndim == 1 { shape.removeLast() }
    return NDArray(shape: shape, scalars: values, dtype: type)
  }

  /// `np.outer(a, b)`: `out[i, j] = a[i]·b[j]` over the flattened inputs.
  public static func outer(_ a: NDArray, _ b: NDArray) throws(NumpyError) -> NDArray {
    let x = a.flattened()
    let y = b.flattened()
    return try binary(.multiply, x.reshaped([x.count, 1]), y.reshaped([1, y.count]))
  }

  /// The product of two matrices as a new array.
  private static func matrixResult(_ a: NDArray, _ b: NDArray) -> NDArray {
    let type = DType.promoted(a.dtype, b.dtype)
    let values = matrixProduct(a, b)
    return NDArray(shape: [a.shape[0], b.shape[1]], scalars: type == .bool ? values.map { $0 != 0 ? 1 : 0 } : values, dtype: type)
  }

  /// The row-major product of two matrices `[m, k]` and `[k, n]`, each read in place when its
  /// layout is row-major or transposed row-major.
  static func matrixProduct(_ a: NDArray, _ b: NDArray) -> [Double] {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    if m == 0 || n == 0 { return [] }
    if k == 0 { return [Double](repeating: 0, count: m * n) }
    guard let (leftDim, leftTransposed) = a.gemmLayout, let (rightDim, rightTransposed) = b.gemmLayout else {
      // An operand GEMM cannot read in place is copied first.
      return matrixProduct(a.gemmLayout == nil ? a.copy() : a, b.gemmLayout == nil ? b.copy() : b)
    }
    return [Double](count: m * n) { buffer in
      GEMM.multiply(
        m: m, n: n, k: k, a: a.readAddress, lda: leftDim, transposeA: leftTransposed,
        b: b.readAddress, ldb: rightDim, transposeB: rightTransposed, c: buffer.baseAddress!, ldc: n)
    }
  }

  /// How GEMM reads this matrix in place: its leading dimension and whether it is transposed;
  /// nil when its layout is neither row-major nor transposed row-major (it is copied first).
  private var gemmLayout: (Int, Bool)? {
    let (rows, columns) = (shape[0], shape[1])
    if (columns == 1 || strides[1] == 1) && (rows == 1 || strides[0] >= columns) {
      return (rows == 1 ? columns : strides[0], false)
    }
    if (rows == 1 || strides[0] == 1) && (columns == 1 || strides[1] >= rows) {
      return (columns == 1 ? rows : strides[1], true)
    }
    return nil
  }

  /// A hint when transposing one operand would align the shapes.
  static func transposeHelp(_ a: [Int], _ b: [Int], call: String) -> String? {
    guard a.count == 2, b.count == 2 else { return nil }
    let (x, y) = (NumpyError.tuple(a), NumpyError.tuple(b))
    if a[0] == b[0] { return "the first operand has shape \(x) and the second \(y); did you mean \(call)(A.T, B)?" }
    if a[1] == b[1] { return "the first operand has shape \(x) and the second \(y); did you mean \(call)(A, B.T)?" }
    if a[0] == b[1] { return "the first operand has shape \(x) and the second \(y); did you mean \(call)(B, A)?" }
    return nil
  }
}
