/// Order statistics: `np.median`, `np.percentile`, `np.quantile`.
extension Numpy {
  static let statistics: [BuiltinFunction] = [
    histogram,
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

extension Numpy {
  /// `np.histogram(a, bins=10, range=None, density=None, weights=None)`.
  static let histogram = function("histogram", "histogram(a, bins=10, range=None, density=None, weights=None)", "(counts, bin_edges): how many values fall in each bin (bins: a count or the edges);\nthe last bin includes its right edge. density=True divides by the total and the bin widths.") { arguments throws(PyException) in
    let a = try array(try arguments.required("a", at: 0))
    var bins = NDArray.HistogramBins.count(10)
    if let value = try arguments.value("bins", at: 1), !value.isNone {
      if let n = value.asIndex {
        bins = .count(n)
      } else if case .str(let name) = value {
        throw PyException(.valueError, "bins='\(name)' is not supported here: give a number of bins or their edges")
      } else {
        bins = .edges(try array(value))
      }
    }
    var range: (low: Double, high: Double)? = nil
    if let value = try arguments.value("range", at: 2), !value.isNone {
      let bounds = try array(value).scalars
      guard bounds.count == 2 else { throw PyException(.valueError, "too many values to unpack (expected 2)") }
      range = (bounds[0], bounds[1])
    }
    let density = try arguments.value("density", at: 3).map { v throws(PyException) in try arguments.interpreter.truthy(v) } ?? false
    let weights = try optionalArray(arguments, "weights", at: 4)
    let (counts, edges) = try run { () throws(NumpyError) in
      try NDArray.histogram(a, bins: bins, range: range, density: density, weights: weights)
    }
    return .tuple([.native(counts), .native(edges)])
  }
}
