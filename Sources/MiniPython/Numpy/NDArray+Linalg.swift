/// `np.linalg`: norm, inv, svd, det.
extension NDArray {
  /// The order of a norm: a number, `inf`, or the matrix norms `'fro'` and `'nuc'`.
  public enum NormOrder: Equatable, Sendable {
    case p(Double)
    case frobenius
    case nuclear
  }

  /// `np.linalg.norm(x, ord, axis, keepdims)`.
  ///
  /// Vector norms (1-D input, or an integer `axis`): `ord=None`/2 is `√Σx²`, `inf` is `max|x|`,
  /// `1` is `Σ|x|`, `0` counts non-zeros, `p` is `(Σ|x|ᵖ)^(1/p)`. Matrix norms (2-D input with
  /// `ord`, or two axes): `'fro'` (the default), `'nuc'`, `1`/`-1` (column sums), `inf`/`-inf`
  /// (row sums), `2`/`-2` (extreme singular values).
  public func norm(order: NormOrder? = nil, axes: [Int]? = nil, keepdims: Bool = false) throws(NumpyError) -> NDArray {
    let x = dtype == .float64 ? self : astype(.float64)
    if axes == nil && (order == nil || (order == .frobenius && ndim == 2) || (order == .p(2) && ndim == 1)) {
      let flat = x.scalars
      let total = InnerProduct.dot(flat, flat)
      return NDArray(shape: keepdims ? Array(repeating: 1, count: ndim) : [], scalars: [total.squareRoot()])
    }
    let axes = try normalizedAxes(axes ?? Array(0..<ndim))
    let absolute = try x.apply(.absolute)
    if axes.count == 1 {
      switch order ?? .p(2) {
      case .p(let p) where p == .infinity: return try absolute.reduced(.max, axes: axes, keepdims: keepdims)
      case .p(let p) where p == -.infinity: return try absolute.reduced(.min, axes: axes, keepdims: keepdims)
      case .p(0): return try x.reduced(.countNonzero, axes: axes, keepdims: keepdims).astype(.float64)
      case .p(1): return try absolute.reduced(.sum, axes: axes, keepdims: keepdims)
      case .p(2): return try NDArray.binary(.multiply, x, x).reduced(.sum, axes: axes, keepdims: keepdims).apply(.sqrt)
      case .p(let p):
        let powered = try NDArray.binary(.power, absolute, NDArray(scalar: p)).reduced(.sum, axes: axes, keepdims: keepdims)
        return try NDArray.binary(.power, powered, NDArray(scalar: 1 / p))
      default: throw .value("Invalid norm order '\(order == .nuclear ? "nuc" : "fro")' for vectors")
      }
    }
    guard axes.count == 2 else { throw .value("Improper number of dimensions to norm.") }
    guard ndim == 2 else { throw .value("Improper number of dimensions to norm.") }
    let (rowAxis, columnAxis) = (axes[0], axes[1])
    let value: Double
    switch order ?? .frobenius {
    case .frobenius: value = try NDArray.binary(.multiply, x, x).reduced(.sum).first.squareRoot()
    case .nuclear: value = try singularValues(x).reduce(0, +)
    case .p(let p) where p == 1 || p == -1:
      let sums = try absolute.reduced(.sum, axes: [rowAxis]).scalars
      value = p == 1 ? sums.max() ?? 0 : sums.min() ?? 0
    case .p(let p) where p.isInfinite:
      let sums = try absolute.reduced(.sum, axes: [columnAxis]).scalars
      value = p > 0 ? sums.max() ?? 0 : sums.min() ?? 0
    case .p(let p) where p == 2 || p == -2:
      let s = try singularValues(rowAxis < columnAxis ? x : x.transpose)
      value = p == 2 ? s.max() ?? 0 : s.min() ?? 0
    default: throw .value("Invalid norm order for matrices.")
    }
    return NDArray(shape: keepdims ? [1, 1] : [], scalars: [value])
  }

  /// `np.linalg.inv(a)`: Gauss–Jordan elimination with partial pivoting.
  ///
  /// - Throws: `LinAlgError: Singular matrix`, or `Last 2 dimensions of the array must be square`.
  public func inverse() throws(NumpyError) -> NDArray {
    guard ndim == 2, shape[0] == shape[1] else {
      throw NumpyError(.linAlgError, ndim < 2 ? "\(ndim)-dimensional array given. Array must be at least two-dimensional" : "Last 2 dimensions of the array must be square")
    }
    let n = shape[0]
    var a = scalars
    var inv = try NDArray.eye(n).scalars
    for column in 0..<n {
      var pivot = column
      for row in column..<n where Swift.abs(a[row * n + column]) > Swift.abs(a[pivot * n + column]) { pivot = row }
      if a[pivot * n + column] == 0 { throw NumpyError(.linAlgError, "Singular matrix") }
      if pivot != column {
        for j in 0..<n {
          a.swapAt(pivot * n + j, column * n + j)
          inv.swapAt(pivot * n + j, column * n + j)
        }
      }
      let scale = 1 / a[column * n + column]
      for j in 0..<n {
        a[column * n + j] *= scale
        inv[column * n + j] *= scale
      }
      for row in 0..<n where row != column {
        let factor = a[row * n + column]
        if factor == 0 { continue }
        for j in 0..<n {
          a[row * n + j] -= factor * a[column * n + j]
          inv[row * n + j] -= factor * inv[column * n + j]
        }
      }
    }
    return NDArray(shape: [n, n], scalars: inv)
  }

  /// `np.linalg.solve(a, b)`: `x` with `a·x = b`, for `b` of shape `(n,)` or `(n, k)`, by
  /// Gaussian elimination with partial pivoting.
  ///
  /// - Throws: `LinAlgError: Singular matrix`, a non-square `a`, or numpy's core-dimension
  ///   `ValueError` when `b` has the wrong length.
  public static func solve(_ a: NDArray, _ b: NDArray) throws(NumpyError) -> NDArray {
    guard a.ndim == 2, a.shape[0] == a.shape[1] else {
      throw NumpyError(.linAlgError, a.ndim < 2 ? "\(a.ndim)-dimensional array given. Array must be at least two-dimensional" : "Last 2 dimensions of the array must be square")
    }
    let n = a.shape[0]
    let isVector = b.ndim == 1
    guard b.ndim == 1 || b.ndim == 2, b.shape[0] == n else {
      let signature = isVector ? "solve1: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m)->(m)" : "solve: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (m,m),(m,n)->(m,n)"
      throw NumpyError(.valueError, "\(signature) (size \(b.shape.first ?? 0) is different from \(n))")
    }
    let k = isVector ? 1 : b.shape[1]
    var m = a.scalars
    var x = b.scalars
    for column in 0..<n {
      var pivot = column
      for row in column..<n where Swift.abs(m[row * n + column]) > Swift.abs(m[pivot * n + column]) { pivot = row }
      if m[pivot * n + column] == 0 { throw NumpyError(.linAlgError, "Singular matrix") }
      if pivot != column {
        for j in 0..<n { m.swapAt(pivot * n + j, column * n + j) }
        for j in 0..<k { x.swapAt(pivot * k + j, column * k + j) }
      }
      for row in (column + 1)..<n {
        let factor = m[row * n + column] / m[column * n + column]
        if factor == 0 { continue }
        for j in column..<n { m[row * n + j] -= factor * m[column * n + j] }
        for j in 0..<k { x[row * k + j] -= factor * x[column * k + j] }
      }
    }
    for row in stride(from: n - 1, through: 0, by: -1) {
      for j in 0..<k {
        var sum = x[row * k + j]
        for p in (row + 1)..<n { sum -= m[row * n + p] * x[p * k + j] }
        x[row * k + j] = sum / m[row * n + row]
      }
    }
    return NDArray(shape: isVector ? [n] : [n, k], scalars: x)
  }

  /// `np.linalg.svd(a, full_matrices)`: `a = U·diag(S)·Vh`, singular values descending
  /// (one-sided Jacobi). Signs of singular vectors may differ from LAPACK's.
  public func svd(fullMatrices: Bool = true) throws(NumpyError) -> (u: NDArray, s: NDArray, vh: NDArray) {
    guard ndim == 2 else { throw NumpyError(.linAlgError, "\(ndim)-dimensional array given. Array must be at least two-dimensional") }
    let x = dtype == .float64 ? self : astype(.float64)
    if shape[0] < shape[1] {
      let (u, s, vh) = try x.transpose.svd(fullMatrices: fullMatrices)
      return (vh.transpose.copy(), s, u.transpose.copy())
    }
    let (m, n) = (shape[0], shape[1])
    var columns = (0..<n).map { j in (0..<m).map { i in x.scalars[i * n + j] } }
    var v = (0..<n).map { j in (0..<n).map { i in i == j ? 1.0 : 0.0 } }
    JacobiSVD.orthogonalize(&columns, &v)
    let norms = columns.map { $0.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    let order = norms.indices.sorted { norms[$0] > norms[$1] }
    var uColumns = order.map { j in norms[j] > 0 ? columns[j].map { $0 / norms[j] } : [Double](repeating: 0, count: m) }
    uColumns = JacobiSVD.completeBasis(uColumns, dimension: m, count: fullMatrices ? m : n)
    let u = NDArray(shape: [m, uColumns.count], scalars: (0..<m).flatMap { i in uColumns.map { $0[i] } })
    let s = NDArray(shape: [n], scalars: order.map { norms[$0] })
    let vh = NDArray(shape: [n, n], scalars: order.flatMap { v[$0] })
    return (u, s, vh)
  }

  private func singularValues(_ x: NDArray) throws(NumpyError) -> [Double] {
    try x.svd(fullMatrices: false).s.scalars
  }
}

/// One-sided Jacobi rotations for `svd`.
private enum JacobiSVD {
  /// Rotates pairs of columns until all are orthogonal, applying the same rotations to `v`.
  static func orthogonalize(_ columns: inout [[Double]], _ v: inout [[Double]]) {
    let n = columns.count
    for _ in 0..<60 {
      var rotated = false
      for p in 0..<n {
        for q in (p + 1)..<max(n, p + 1) {
          var (alpha, beta, gamma) = (0.0, 0.0, 0.0)
          for i in columns[p].indices {
            alpha += columns[p][i] * columns[p][i]
            beta += columns[q][i] * columns[q][i]
            gamma += columns[p][i] * columns[q][i]
          }
          if gamma == 0 || Swift.abs(gamma) <= 1e-15 * (alpha * beta).squareRoot() { continue }
          rotated = true
          let zeta = (beta - alpha) / (2 * gamma)
          let t = (zeta >= 0 ? 1 : -1) / (Swift.abs(zeta) + (1 + zeta * zeta).squareRoot())
          let c = 1 / (1 + t * t).squareRoot()
          let s = c * t
          rotate(&columns, p, q, c, s)
          rotate(&v, p, q, c, s)
        }
      }
      if !rotated { return }
    }
  }

  private static func rotate(_ vectors: inout [[Double]], _ p: Int, _ q: Int, _ c: Double, _ s: Double) {
    for i in vectors[p].indices {
      let (x, y) = (vectors[p][i], vectors[q][i])
      vectors[p][i] = c * x - s * y
      vectors[q][i] = s * x + c * y
    }
  }

  /// Extends orthonormal vectors (zero vectors are replaced) to `count` of them by Gram–Schmidt
  /// on the standard basis.
  static func completeBasis(_ vectors: [[Double]], dimension m: Int, count: Int) -> [[Double]] {
    var basis: [[Double]] = []
    var candidates = vectors.map { $0 as [Double]? }
    candidates += (0..<m).map { k in (0..<m).map { $0 == k ? 1.0 : 0.0 } }
    for candidate in candidates {
      guard basis.count < count, var w = candidate else { continue }
      for b in basis {
        let projection = zip(w, b).reduce(0) { $0 + $1.0 * $1.1 }
        for i in w.indices { w[i] -= projection * b[i] }
      }
      let length = w.reduce(0) { $0 + $1 * $1 }.squareRoot()
      if length > 1e-10 { basis.append(w.map { $0 / length }) }
    }
    return basis
  }
}
