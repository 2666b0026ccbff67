/// Array constructors: array, zeros, ones, full, empty, the `_like` forms, eye, arange, linspace,
/// meshgrid, copy.
extension Numpy {
  static let creation: [BuiltinFunction] = [
    function("array", "array(object, dtype=None)", "An array from a (nested) list, tuple or array; always a copy.") { arguments throws(PyException) in
      let source = try arguments.required("object", at: 0)
      let type = try dtype(arguments.value("dtype", at: 1))
      let result = try array(source, dtype: type)
      if case .native(let object) = source, object === result { return .native(result.copy()) }
      return .native(result)
    },
    function("asarray", "asarray(a, dtype=None)", "The input as an array, without copying an array that already has the dtype.") { arguments throws(PyException) in
      .native(try array(try arguments.required("a", at: 0), dtype: try dtype(arguments.value("dtype", at: 1))))
    },
    filled("zeros", 0, "An array of zeros."),
    filled("ones", 1, "An array of ones."),
    filled("empty", 0, "An uninitialised array (here: zeros)."),
    function("full", "full(shape, fill_value, dtype=None)", "An array filled with fill_value.") { arguments throws(PyException) in
      let fill = try array(try arguments.required("fill_value", at: 1))
      let type = try dtype(arguments.value("dtype", at: 2)) ?? fill.dtype
      let shape = try shape(try arguments.required("shape", at: 0))
      return .native(try run { () throws(NumpyError) in try NDArray.full(shape, fill.first, dtype: type) })
    },
    like("zeros_like", 0, "Zeros with the shape and dtype of a."),
    like("ones_like", 1, "Ones with the shape and dtype of a."),
    like("empty_like", 0, "An array with the shape and dtype of a (here: zeros)."),
    function("full_like", "full_like(a, fill_value, dtype=None)", "fill_value with the shape and dtype of a.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let fill = try arguments.double("fill_value", at: 1)
      let type = try dtype(arguments.value("dtype", at: 2)) ?? a.dtype
      return .native(try run { () throws(NumpyError) in try NDArray.full(a.shape, fill, dtype: type) })
    },
    function("eye", "eye(N, M=None, k=0, dtype=float)", "A matrix with ones on the k-th diagonal.") { arguments throws(PyException) in
      let n = try arguments.int("N", at: 0)
      let m = try arguments.int("M", at: 1, default: nil)
      let k = try arguments.int("k", at: 2, default: 0)
      let type = try dtype(arguments.value("dtype")) ?? .float64
      return .native(try run { () throws(NumpyError) in try NDArray.eye(n, m, k: k, dtype: type) })
    },
    function("identity", "identity(n, dtype=float)", "The n x n identity matrix.") { arguments throws(PyException) in
      let n = try arguments.int("n", at: 0)
      let type = try dtype(arguments.value("dtype", at: 1)) ?? .float64
      return .native(try run { () throws(NumpyError) in try NDArray.eye(n, dtype: type) })
    },
    function("arange", "arange([start,] stop[, step], dtype=None)", "Evenly spaced values in [start, stop): integers when all arguments are.") { arguments throws(PyException) in
      try arguments.expectCount(1...4)
      let parts = arguments.positional.prefix(3)
      var numbers: [Double] = []
      var integral = true
      for part in parts {
        numbers.append(try Arguments.real(part))
        if case .float = part { integral = false }
      }
      let (start, stop, step) = numbers.count == 1 ? (0, numbers[0], 1) : (numbers[0], numbers[1], numbers.count > 2 ? numbers[2] : 1)
      let type = try dtype(arguments.value("dtype", at: 3)) ?? (integral ? .int64 : .float64)
      return .native(try run { () throws(NumpyError) in try NDArray.arange(start: start, stop: stop, step: step, dtype: type) })
    },
    function("linspace", "linspace(start, stop, num=50, endpoint=True)", "num evenly spaced values from start to stop.") { arguments throws(PyException) in
      let start = try arguments.double("start", at: 0)
      let stop = try arguments.double("stop", at: 1)
      let count = try arguments.int("num", at: 2, default: 50)
      let endpoint = try arguments.bool("endpoint", at: 3, default: true)
      return .native(try run { () throws(NumpyError) in try NDArray.linspace(start, stop, count: count, endpoint: endpoint) })
    },
    function("logspace", "logspace(start, stop, num=50, endpoint=True, base=10.0)", "num values base**x for x evenly spaced from start to stop.") { arguments throws(PyException) in
      let start = try arguments.double("start", at: 0)
      let stop = try arguments.double("stop", at: 1)
      let count = try arguments.int("num", at: 2, default: 50)
      let endpoint = try arguments.bool("endpoint", at: 3, default: true)
      let base = try arguments.double("base", at: 4, default: 10)
      let exponents = try run { () throws(NumpyError) in try NDArray.linspace(start, stop, count: count, endpoint: endpoint) }
      return .native(try run { () throws(NumpyError) in try NDArray.binary(.power, NDArray(scalar: base), exponents) })
    },
    function("meshgrid", "meshgrid(x, y)", "Coordinate matrices X[i, j] = x[j], Y[i, j] = y[i] (indexing='xy').") { arguments throws(PyException) in
      try arguments.expectCount(2...2)
      let (xs, ys) = (try array(arguments[0]), try array(arguments[1]))
      let (x, y) = try run { () throws(NumpyError) in try NDArray.meshgrid(xs, ys) }
      return .list(PyList([.native(x), .native(y)]))
    },
    function("copy", "copy(a)", "A copy of the array.") { arguments throws(PyException) in
      .native(try array(try arguments.required("a", at: 0)).copy())
    },
  ]

  /// `np.zeros(shape, dtype)` and its kin; `np.zeros((5, 64))` takes the one-argument entry, with
  /// no argument list.
  private static func filled(_ name: String, _ value: Double, _ doc: String) -> BuiltinFunction {
    BuiltinFunction(
      name: name, signature: "\(name)(shape, dtype=float)", doc: doc,
      unary: { argument, _ throws(PyException) in
        let shape = try shape(argument)
        return .native(try run { () throws(NumpyError) in try NDArray.full(shape, value, dtype: .float64) })
      }
    ) { arguments throws(PyException) in
      let shape = try shape(try arguments.required("shape", at: 0))
      let type = try dtype(arguments.value("dtype", at: 1)) ?? .float64
      return .native(try run { () throws(NumpyError) in try NDArray.full(shape, value, dtype: type) })
    }
  }

  /// `np.zeros_like(a, dtype)` and its kin, with a one-argument entry.
  private static func like(_ name: String, _ value: Double, _ doc: String) -> BuiltinFunction {
    BuiltinFunction(
      name: name, signature: "\(name)(a, dtype=None)", doc: doc,
      unary: { argument, _ throws(PyException) in
        let a = try array(argument)
        return .native(try run { () throws(NumpyError) in try NDArray.full(a.shape, value, dtype: a.dtype) })
      }
    ) { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let type = try dtype(arguments.value("dtype", at: 1)) ?? a.dtype
      return .native(try run { () throws(NumpyError) in try NDArray.full(a.shape, value, dtype: type) })
    }
  }
}
