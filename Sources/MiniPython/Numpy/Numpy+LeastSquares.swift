/// `np.linalg.lstsq` and `np.linalg.pinv`.
extension Numpy {
  static let leastSquaresFunctions: [BuiltinFunction] = [
    function("lstsq", "lstsq(a, b, rcond=None)", "Least-squares solution of a @ x = b: returns (x, residuals, rank, s).\nrcond=None cuts singular values below eps * max(M, N) * s.max().") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let b = try array(try arguments.required("b", at: 1))
      let rcond = try optionalReal(arguments, "rcond", at: 2)
      let fit = try run { () throws(NumpyError) in try NDArray.leastSquares(a, b, rcond: rcond) }
      return .tuple([.native(fit.solution), .native(fit.residuals), .int(fit.rank), .native(fit.singularValues)])
    },
    function("pinv", "pinv(a, rcond=None, hermitian=False, *, rtol=None)", "The Moore-Penrose pseudo-inverse, from the SVD; singular values below rcond * s.max() count as zero\n(rcond defaults to 1e-15; rtol=None means max(M, N) * eps).") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let rcond = try optionalReal(arguments, "rcond", at: 1)
      var cutoff = rcond ?? 1e-15
      if let rtol = try arguments.value("rtol") {
        if rcond != nil { throw PyException(.valueError, "`rtol` and `rcond` can't be both set.") }
        cutoff = rtol.isNone ? Double(a.shape.suffix(2).max() ?? 0) * Double.ulpOfOne : try Arguments.real(rtol)
      }
      return .native(try run { () throws(NumpyError) in try a.pseudoInverse(rcond: cutoff) })
    },
  ]
}
