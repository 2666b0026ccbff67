/// Polynomials as coefficient arrays, highest power first: `vander`, `polyval`, `polyfit`.
extension NDArray {
  /// `np.vander(x, N, increasing)`: the `(len(x), N)` matrix whose columns are powers of `x`,
  /// `x^(N-1), …, x, 1` (or `1, x, …` when `increasing`); `N` defaults to `len(x)`.
  ///
  /// Each power is the previous one times `x`, as numpy computes it (`multiply.accumulate`); the
  /// dtype is `int64` for integer or boolean `x`, else `float64`.
  ///
  /// - Throws: `ValueError: x must be a one-dimensional array or sequence.`
  public static func vander(_ x: NDArray, columns: Int? = nil, increasing: Bool = false) throws(NumpyError) -> NDArray {
    guard x.ndim == 1 else { throw .value("x must be a one-dimensional array or sequence.") }
    let n = columns ?? x.count
    guard n >= 0 else { throw .value("negative dimensions are not allowed") }
    let type: DType = x.dtype == .float64 ? .float64 : .int64
    let values = x.scalars
    var result = [Double](repeating: 0, count: values.count * n)
    for (row, value) in values.enumerated() {
      var power = 1.0
      for k in 0..<n {
        result[row * n + (increasing ? k : n - 1 - k)] = power
        power = type == .int64 ? Double(Int64(power) &* Int64(value)) : power * value
      }
    }
    return NDArray(shape: [values.count, n], scalars: result, dtype: type)
  }

  /// `np.polyval(p, x)`: `p[0]·x^(n-1) + … + p[n-1]` by Horner's rule, `y = y·x + p[i]` from
  /// `y = zeros_like(x)`, element-wise over `x` and with numpy's dtype promotion.
  ///
  /// A 2-D `p` holds one coefficient row per power, and each row is combined element-wise.
  public static func polyval(_ p: NDArray, _ x: NDArray) throws(NumpyError) -> NDArray {
    guard p.ndim >= 1 else { throw .type("iteration over a 0-d array") }
    var y = NDArray(shape: x.shape, scalars: [Double](repeating: 0, count: x.count), dtype: x.dtype)
    let rowShape = Array(p.shape.dropFirst())
    let rowSize = rowShape.reduce(1, *)
    let coefficients = p.scalars
    for i in 0..<p.shape[0] {
      let row = NDArray(shape: rowShape, scalars: Array(coefficients[(i * rowSize)..<((i + 1) * rowSize)]), dtype: p.dtype)
      y = try binary(.add, try binary(.multiply, y, x), row)
    }
    return y
  }

  /// The result of `np.polyfit` with `full=True`.
  public struct PolynomialFit {
    /// Coefficients, highest power first: `(deg + 1,)`, or `(deg + 1, K)` for `K` columns of `y`.
    public var coefficients: NDArray
    /// The least-squares fit of the scaled Vandermonde matrix (residuals, rank, singular values).
    public var leastSquares: LeastSquares
    /// The cut-off used, `len(x) · eps` by default.
    public var rcond: Double
    /// The (weighted) Vandermonde matrix with each column divided by its norm, and those norms.
    var scaledVandermonde: NDArray
    var scale: NDArray

    /// `polyfit(..., cov=True)`'s covariance of the coefficients: `inv(Vᵀ·V) / outer(scale, scale)`
    /// times `residuals / (len(x) - (deg + 1))` (times 1 when `unscaled`), `(deg+1, deg+1)`, or
    /// `(deg+1, deg+1, K)` for `K` columns of `y`.
    ///
    /// - Throws: numpy's `ValueError` when there are too few points to scale it.
    public func covariance(unscaled: Bool) throws(NumpyError) -> NDArray {
      let v = scaledVandermonde
      let base = try NDArray.binary(
        .divide, try NDArray.matmul(v.transpose, v).inverse(), try NDArray.outer(scale, scale))
      let order = scale.count
      let columns = coefficients.ndim == 2 ? coefficients.shape[1] : 0
      let stacked = columns == 0 ? base : NDArray(shape: [order, order, 1], scalars: base.scalars)
      if unscaled { return stacked }
      guard v.shape[0] > order else {
        throw .value("the number of data points must exceed order to scale the covariance matrix")
      }
      let factor = try NDArray.binary(.divide, leastSquares.residuals, NDArray(scalar: Double(v.shape[0] - order)))
      return try NDArray.binary(.multiply, stacked, factor)
    }
  }

  /// `np.polyfit(x, y, deg, rcond, w)`: the degree-`deg` polynomial minimising
  /// `Σ wᵢ²·(yᵢ - p(xᵢ))²`, coefficients highest power first.
  ///
  /// As numpy: the Vandermonde matrix `V` (`len(x)` × `deg + 1`) has each column divided by its
  /// norm before `lstsq(V, y, rcond)`, and the solution is divided by the same norms.
  ///
  /// - Throws: numpy's `ValueError: expected deg >= 0` and its `TypeError`s for the shapes
  ///   (`expected x and y to have same length`, ...).
  public static func polyfit(
    _ x: NDArray, _ y: NDArray, degree: Int, rcond: Double? = nil, weights: NDArray? = nil
  ) throws(NumpyError) -> PolynomialFit {
    let order = degree + 1
    if degree < 0 { throw .value("expected deg >= 0") }
    if x.ndim != 1 { throw .type("expected 1D vector for x") }
    if x.count == 0 { throw .type("expected non-empty vector for x") }
    if y.ndim < 1 || y.ndim > 2 { throw .type("expected 1D or 2D array for y") }
    if x.shape[0] != y.shape[0] { throw .type("expected x and y to have same length") }
    let cutoff = rcond ?? Double(x.count) * Double.ulpOfOne
    var lhs = try vander(x.astype(.float64), columns: order)
    var rhs = y.astype(.float64)
    if let weights {
      let w = weights.astype(.float64)
      if w.ndim != 1 { throw .type("expected a 1-d array for weights") }
      if w.shape[0] != y.shape[0] { throw .type("expected w and y to have the same length") }
      let column = NDArray(shape: [w.count, 1], scalars: w.scalars)
      lhs = try binary(.multiply, lhs, column)
      rhs = try binary(.multiply, rhs, rhs.ndim == 2 ? column : w)
    }
    let scale = try binary(.multiply, lhs, lhs).reduced(.sum, axes: [0]).apply(.sqrt)
    lhs = try binary(.divide, lhs, scale)
    var fit = try leastSquares(lhs, rhs, rcond: cutoff)
    let solution = fit.solution
    let columnScale = solution.ndim == 2 ? NDArray(shape: [order, 1], scalars: scale.scalars) : scale
    let coefficients = try binary(.divide, solution, columnScale)
    fit.solution = coefficients
    return PolynomialFit(
      coefficients: coefficients, leastSquares: fit, rcond: cutoff, scaledVandermonde: lhs, scale: scale)
  }
}
