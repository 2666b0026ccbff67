/// Least squares and the pseudo-inverse (`np.linalg.lstsq`, `np.linalg.pinv`), through `svd`.
///
/// With the thin SVD `a = U·diag(s)·Vh` of an `(M, N)` matrix, singular values at most
/// `rcond · max(s)` count as zero; the others give the rank `r` and the solution
///
///     x = Vh.T · diag(1/s₁, …, 1/sᵣ, 0, …) · U.T · b
///
/// which is the least-squares solution of smallest norm, as LAPACK's `gelsd` (numpy's) finds it.
extension NDArray {
  /// The result of `np.linalg.lstsq`.
  public struct LeastSquares {
    /// The solution, shape `(N,)` for `b` of shape `(M,)`, else `(N, K)`.
    public var solution: NDArray
    /// `Σ (b - a·x)²` per column of `b`, shape `(1,)` or `(K,)`; empty unless the rank is `N`
    /// and `M > N`.
    public var residuals: NDArray
    /// The number of singular values above the cut-off.
    public var rank: Int
    /// The singular values of `a`, descending, shape `(min(M, N),)`.
    public var singularValues: NDArray
  }

  /// `np.linalg.lstsq(a, b, rcond)`: the `x` minimising `‖b - a·x‖²`, for `a` of shape `(M, N)` and
  /// `b` of shape `(M,)` or `(M, K)`.
  ///
  /// - Parameter rcond: the relative cut-off for small singular values; `nil` is numpy's default
  ///   `eps · max(M, N)`, a negative value means machine precision.
  /// - Throws: `LinAlgError: 1-dimensional array given. Array must be two-dimensional` and
  ///   `LinAlgError: Incompatible dimensions`, numpy's words.
  public static func leastSquares(_ a: NDArray, _ b: NDArray, rcond: Double? = nil) throws(NumpyError) -> LeastSquares {
    let isVector = b.ndim == 1
    for operand in [a, isVector ? b.reshapedAsColumn : b] where operand.ndim != 2 {
      throw NumpyError(.linAlgError, "\(operand.ndim)-dimensional array given. Array must be two-dimensional")
    }
    let (m, n) = (a.shape[0], a.shape[1])
    guard b.shape[0] == m else { throw NumpyError(.linAlgError, "Incompatible dimensions") }
    let k = isVector ? 1 : b.shape[1]
    let epsilon = Double.ulpOfOne
    let cutoff = rcond.map { $0 < 0 ? epsilon : $0 } ?? epsilon * Double(max(m, n))
    let (u, s, vh, rank) = try a.truncatedSVD(cutoff: cutoff)
    let r = s.count
    let (uValues, vValues, bValues, singular) = (u.scalars, vh.scalars, b.astype(.float64).scalars, s.scalars)
    var x = [Double](repeating: 0, count: n * k)
    for i in 0..<rank {
      for column in 0..<k {
        var projection = 0.0
        for row in 0..<m { projection += uValues[row * r + i] * bValues[row * k + column] }
        let coefficient = projection / singular[i]
        for j in 0..<n { x[j * k + column] += vValues[i * n + j] * coefficient }
      }
    }
    var residuals: [Double] = []
    if rank == n && m > n {
      let aValues = a.astype(.float64).scalars
      residuals = (0..<k).map { column in
        (0..<m).reduce(0.0) { sum, row in
          var fitted = 0.0
          for j in 0..<n { fitted += aValues[row * n + j] * x[j * k + column] }
          let difference = bValues[row * k + column] - fitted
          return sum + difference * difference
        }
      }
    }
    return LeastSquares(
      solution: NDArray(shape: isVector ? [n] : [n, k], scalars: x),
      residuals: NDArray(shape: [residuals.count], scalars: residuals),
      rank: rank, singularValues: s)
  }

  /// `np.linalg.pinv(a, rcond)`: the Moore–Penrose pseudo-inverse `Vh.T · diag(1/s) · U.T`, of
  /// shape `(N, M)` for `a` of shape `(M, N)`, singular values at most `rcond · max(s)` dropped.
  ///
  /// - Parameter rcond: numpy's default is `1e-15`.
  /// - Throws: `LinAlgError: 1-dimensional array given. Array must be at least two-dimensional`.
  public func pseudoInverse(rcond: Double = 1e-15) throws(NumpyError) -> NDArray {
    guard ndim >= 2 else {
      throw NumpyError(.linAlgError, "\(ndim)-dimensional array given. Array must be at least two-dimensional")
    }
    guard ndim == 2 else {
      throw .value("pinv here takes one matrix (2-D), not a stack of shape \(NumpyError.tuple(shape))")
    }
    let (m, n) = (shape[0], shape[1])
    if m == 0 || n == 0 { return NDArray(shape: [n, m], scalars: []) }
    let (u, s, vh, rank) = try truncatedSVD(cutoff: rcond)
    let r = s.count
    let (uValues, vValues, singular) = (u.scalars, vh.scalars, s.scalars)
    var result = [Double](repeating: 0, count: n * m)
    for i in 0..<rank {
      let inverse = 1 / singular[i]
      for j in 0..<n {
        let scaled = vValues[i * n + j] * inverse
        if scaled == 0 { continue }
        for row in 0..<m { result[j * m + row] += scaled * uValues[row * r + i] }
      }
    }
    return NDArray(shape: [n, m], scalars: result)
  }

  /// The thin SVD with the number of singular values above `cutoff · max(s)` (they come first).
  private func truncatedSVD(cutoff: Double) throws(NumpyError) -> (u: NDArray, s: NDArray, vh: NDArray, rank: Int) {
    let (u, s, vh) = try svd(fullMatrices: false)
    let singular = s.scalars
    let threshold = cutoff * (singular.first ?? 0)
    return (u, s, vh, singular.prefix { $0 > threshold }.count)
  }

  /// A 1-D array as an `(M, 1)` column; other arrays unchanged (for the dimension check).
  private var reshapedAsColumn: NDArray {
    ndim == 1 ? NDArray(shape: [count, 1], scalars: scalars, dtype: dtype) : self
  }
}
