/// Polynomial fitting and evaluation: `np.polyfit`, `np.polyval`, `np.vander`.
extension Numpy {
  static let polynomials: [BuiltinFunction] = [
    function("polyfit", "polyfit(x, y, deg, rcond=None, full=False, w=None, cov=False)", "Least-squares polynomial fit of degree deg: the coefficients, highest power first.\nfull=True also returns (residuals, rank, singular_values, rcond); cov=True the covariance matrix.") { arguments throws(PyException) in
      let x = try array(try arguments.required("x", at: 0))
      let y = try array(try arguments.required("y", at: 1))
      let degree = try polynomialDegree(try arguments.required("deg", at: 2))
      let rcond = try optionalReal(arguments, "rcond", at: 3)
      let full = try arguments.bool("full", at: 4, default: false)
      let weights = try optionalArray(arguments, "w", at: 5)
      let fit = try run { () throws(NumpyError) in try NDArray.polyfit(x, y, degree: degree, rcond: rcond, weights: weights) }
      if full {
        let lstsq = fit.leastSquares
        return .tuple([.native(fit.coefficients), .native(lstsq.residuals), .int(lstsq.rank), .native(lstsq.singularValues), .float(fit.rcond)])
      }
      guard let cov = try arguments.value("cov", at: 6), try arguments.interpreter.truthy(cov) else {
        return .native(fit.coefficients)
      }
      let unscaled: Bool
      if case .str("unscaled") = cov { unscaled = true } else { unscaled = false }
      let covariance = try run { () throws(NumpyError) in try fit.covariance(unscaled: unscaled) }
      return .tuple([.native(fit.coefficients), .native(covariance)])
    },
    function("polyval", "polyval(p, x)", "The polynomial with coefficients p (highest power first) at x, by Horner's rule.") { arguments throws(PyException) in
      let p = try array(try arguments.required("p", at: 0))
      let x = try array(try arguments.required("x", at: 1))
      return wrap(try run { () throws(NumpyError) in try NDArray.polyval(p, x) })
    },
    function("vander", "vander(x, N=None, increasing=False)", "The Vandermonde matrix: columns x**(N-1), ..., x, 1 (reversed when increasing).") { arguments throws(PyException) in
      let x = try array(try arguments.required("x", at: 0))
      let columns = try arguments.int("N", at: 1, default: nil)
      let increasing = try arguments.bool("increasing", at: 2, default: false)
      return .native(try run { () throws(NumpyError) in try NDArray.vander(x, columns: columns, increasing: increasing) })
    },
  ]

  /// `int(deg)` as numpy takes it: an integer, or a float truncated.
  private static func polynomialDegree(_ value: PyValue) throws(PyException) -> Int {
    if let n = value.asIndex { return n }
    if let d = value.asDouble, d.isFinite { return Int(d) }
    if case .str(let text) = value {
      throw PyException(.valueError, "invalid literal for int() with base 10: '\(text)'")
    }
    throw PyException(.typeError, "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
  }
}
