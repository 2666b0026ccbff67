/// `np.sum`, `np.mean`, `np.max`, ... as functions; `ndarray` methods share these bodies.
extension Numpy {
  static let reductions: [BuiltinFunction] = [
    reduction("sum", .sum, "Sum of the elements over the given axes."),
    reduction("prod", .prod, "Product of the elements over the given axes."),
    reduction("max", .max, "The largest element over the given axes (NaN propagates)."),
    reduction("amax", .max, "The largest element over the given axes (NaN propagates)."),
    reduction("min", .min, "The smallest element over the given axes (NaN propagates)."),
    reduction("amin", .min, "The smallest element over the given axes (NaN propagates)."),
    reduction("all", .all, "Whether every element is true (non-zero)."),
    reduction("any", .any, "Whether any element is true (non-zero)."),
    reduction("nansum", .nansum, "Sum treating NaN as zero."),
    reduction("count_nonzero", .countNonzero, "The number of non-zero elements."),
    statistic("mean", "The arithmetic mean over the given axes: sum / count."),
    statistic("var", "The variance: mean(|x - x.mean()|**2), divided by n - ddof."),
    statistic("std", "The standard deviation: sqrt(var)."),
    argExtreme("argmax", maximum: true),
    argExtreme("argmin", maximum: false),
    cumulative("cumsum", product: false),
    cumulative("cumprod", product: true),
    function("diff", "diff(a, n=1, axis=-1)", "The n-th discrete difference along an axis: a[1:] - a[:-1], n times.") { arguments throws(PyException) in
      try arguments.allowKeywords(["a", "n", "axis"])
      let a = try array(try arguments.required("a", at: 0))
      let order = try arguments.int("n", at: 1, default: 1)
      let axis = try arguments.int("axis", at: 2, default: -1)
      return .native(try run { () throws(NumpyError) in try a.difference(order: order, axis: axis) })
    },
  ]

  private static func reduction(_ name: String, _ kind: NDArray.Reduction, _ doc: String) -> BuiltinFunction {
    function(name, "\(name)(a, axis=None, keepdims=False)", doc) { arguments throws(PyException) in
      try reduce(kind, try array(try arguments.required("a", at: 0)), arguments, offset: 1)
    }
  }

  private static func statistic(_ name: String, _ doc: String) -> BuiltinFunction {
    let signature = name == "mean" ? "mean(a, axis=None, keepdims=False)" : "\(name)(a, axis=None, ddof=0, keepdims=False)"
    return function(name, signature, doc) { arguments throws(PyException) in
      try statistic(name, try array(try arguments.required("a", at: 0)), arguments, offset: 1)
    }
  }

  private static func argExtreme(_ name: String, maximum: Bool) -> BuiltinFunction {
    function(name, "\(name)(a, axis=None, keepdims=False)", "The index of the first \(maximum ? "largest" : "smallest") element, over the flattened array or along an axis.") { arguments throws(PyException) in
      try argExtreme(try array(try arguments.required("a", at: 0)), maximum: maximum, arguments, offset: 1)
    }
  }

  private static func cumulative(_ name: String, product: Bool) -> BuiltinFunction {
    function(name, "\(name)(a, axis=None)", "Running \(product ? "product" : "sum") along an axis (over the flattened array when axis is None).") { arguments throws(PyException) in
      try cumulative(try array(try arguments.required("a", at: 0)), product: product, arguments, offset: 1)
    }
  }

  /// The body of `np.<reduction>(a, ...)` and `a.<reduction>(...)`; arguments after `a` start at `offset`.
  static func reduce(_ kind: NDArray.Reduction, _ a: NDArray, _ arguments: Arguments, offset: Int) throws(PyException) -> PyValue {
    let axes = try axes(arguments.value("axis", at: offset))
    let keepdims = try arguments.bool("keepdims", default: false)
    return wrap(try run { () throws(NumpyError) in try a.reduced(kind, axes: axes, keepdims: keepdims) })
  }

  static func statistic(_ name: String, _ a: NDArray, _ arguments: Arguments, offset: Int) throws(PyException) -> PyValue {
    let axes = try axes(arguments.value("axis", at: offset))
    let keepdims = try arguments.bool("keepdims", default: false)
    let ddof = try arguments.int("ddof", default: 0)
    return wrap(try run { () throws(NumpyError) in
      switch name {
      case "mean": return try a.mean(axes: axes, keepdims: keepdims)
      case "var": return try a.variance(axes: axes, ddof: ddof, keepdims: keepdims)
      default: return try a.standardDeviation(axes: axes, ddof: ddof, keepdims: keepdims)
      }
    })
  }

  static func argExtreme(_ a: NDArray, maximum: Bool, _ arguments: Arguments, offset: Int) throws(PyException) -> PyValue {
    let axis = try arguments.int("axis", at: offset, default: nil)
    let keepdims = try arguments.bool("keepdims", default: false)
    return wrap(try run { () throws(NumpyError) in try a.argExtreme(maximum: maximum, axis: axis, keepdims: keepdims) })
  }

  static func cumulative(_ a: NDArray, product: Bool, _ arguments: Arguments, offset: Int) throws(PyException) -> PyValue {
    let axis = try arguments.int("axis", at: offset, default: nil)
    return .native(try run { () throws(NumpyError) in try a.cumulative(product: product, axis: axis) })
  }
}
