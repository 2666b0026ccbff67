/// Order statistics: `np.median`, `np.percentile`, `np.quantile`.
extension Numpy {
  static let statistics: [BuiltinFunction] = [
    function("median", "median(a, axis=None, keepdims=False)", "The median along an axis (of every element for axis=None); NaN where a lane holds NaN.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let axis = try arguments.int("axis", at: 1, default: nil)
      let keepdims = try arguments.bool("keepdims", at: 4, default: false)
      return wrap(try run { () throws(NumpyError) in try a.median(axis: axis, keepdims: keepdims) })
    },
    function("percentile", "percentile(a, q, axis=None, method='linear', keepdims=False)", "The q-th percentiles (q in [0, 100], a number or a list) along an axis, interpolating linearly.") { arguments throws(PyException) in
      try quantile(arguments, scale: 100, range: "Percentiles must be in the range [0, 100]")
    },
    function("quantile", "quantile(a, q, axis=None, method='linear', keepdims=False)", "The q-th quantiles (q in [0, 1], a number or a list) along an axis, interpolating linearly.") { arguments throws(PyException) in
      try quantile(arguments, scale: 1, range: "Quantiles must be in the range [0, 1]")
    },
  ]

  private static func quantile(_ arguments: Arguments, scale: Double, range: String) throws(PyException) -> PyValue {
    let a = try array(try arguments.required("a", at: 0))
    let given = try array(try arguments.required("q", at: 1))
    let q = NDArray(shape: given.shape, scalars: given.scalars.map { $0 / scale })
    guard q.scalars.allSatisfy({ $0 >= 0 && $0 <= 1 }) else { throw PyException(.valueError, range) }
    let axis = try arguments.int("axis", at: 2, default: nil)
    if let method = try arguments.string("method", at: 5), method != "linear" {
      throw PyException(.valueError, "method='\(method)' is not supported here: Backprop interpolates with numpy's default, 'linear'")
    }
    let keepdims = try arguments.bool("keepdims", at: 6, default: false)
    return wrap(try run { () throws(NumpyError) in try a.quantiles(q, axis: axis, keepdims: keepdims) })
  }
}
