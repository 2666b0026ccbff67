/// The methods of `numpy.ndarray` (`a.sum(axis=0)`, `a.reshape(-1, 1)`, `a.astype(int)`, ...).
extension NDArray {
  static let methodNames = [
    "all", "any", "argmax", "argmin", "argsort", "astype", "clip", "copy", "cumprod", "cumsum", "dot",
    "fill", "flatten", "item", "max", "mean", "min", "nonzero", "prod", "ravel", "repeat", "reshape",
    "round", "sort", "squeeze", "std", "sum", "swapaxes", "tolist", "transpose", "var",
  ]

  private static let reductionMethods: [String: Reduction] = [
    "sum": .sum, "prod": .prod, "max": .max, "min": .min, "all": .all, "any": .any,
  ]

  /// A method of `ndarray` taking the array first: what `a.name(...)` runs.
  struct UnboundMethod {
    let signature: String
    let body: (NDArray, Arguments) throws(PyException) -> PyValue

    init(_ name: String, _ signature: String, _ body: @escaping (NDArray, Arguments) throws(PyException) -> PyValue) {
      self.signature = signature
      self.body = body
    }
  }

  /// Every method by name, made once: a call site `a.sum(axis=0)` finds its method here without
  /// making a bound method object.
  nonisolated(unsafe) static let methods: [String: UnboundMethod] = Dictionary(
    uniqueKeysWithValues: methodNames.compactMap { name in unboundMethod(name).map { (name, $0) } })

  /// The bound method `name`, or nil when arrays have no such method.
  func method(named name: String) -> BuiltinFunction? {
    guard let method = NDArray.methods[name] else { return nil }
    return BuiltinFunction(name: name, signature: method.signature, doc: "ndarray.\(name): see np.\(name).") {
      arguments throws(PyException) in try method.body(self, arguments)
    }
  }

  private static func unboundMethod(_ name: String) -> UnboundMethod? {
    if let kind = NDArray.reductionMethods[name] {
      return UnboundMethod(name, "a.\(name)(axis=None, keepdims=False)") { a, arguments throws(PyException) in
        try Numpy.reduce(kind, a, arguments, offset: 0)
      }
    }
    switch name {
    case "mean", "var", "std":
      return UnboundMethod(name, "a.\(name)(axis=None, keepdims=False)") { a, arguments throws(PyException) in
        try Numpy.statistic(name, a, arguments, offset: 0)
      }
    case "argmax", "argmin":
      return UnboundMethod(name, "a.\(name)(axis=None)") { a, arguments throws(PyException) in
        try Numpy.argExtreme(a, maximum: name == "argmax", arguments, offset: 0)
      }
    case "cumsum", "cumprod":
      return UnboundMethod(name, "a.\(name)(axis=None)") { a, arguments throws(PyException) in
        try Numpy.cumulative(a, product: name == "cumprod", arguments, offset: 0)
      }
    case "reshape":
      return UnboundMethod(name, "a.reshape(shape) or a.reshape(d0, d1, ...)") { a, arguments throws(PyException) in
        let shape = arguments.count == 1 ? try Numpy.shape(arguments[0]) : try Numpy.shape(.tuple(arguments.positional))
        do throws(NumpyError) {
          return .native(try a.reshaped(consume shape))  // resolves -1 in place: no copy of the shape
        } catch {
          throw Numpy.pythonError(error)
        }
      }
    case "transpose":
      return UnboundMethod(name, "a.transpose(*axes)") { a, arguments throws(PyException) in
        let axes: [Int]? = arguments.count == 0 ? nil : arguments.count == 1 ? try Numpy.axes(arguments[0]) : try Numpy.shape(.tuple(arguments.positional))
        return .native(try Numpy.run { () throws(NumpyError) in try a.transposed(axes: axes) })
      }
    case "swapaxes":
      return UnboundMethod(name, "a.swapaxes(axis1, axis2)") { a, arguments throws(PyException) in
        let (i, j) = (try arguments.int("axis1", at: 0), try arguments.int("axis2", at: 1))
        return .native(try Numpy.run { () throws(NumpyError) in try a.swappedAxes(i, j) })
      }
    case "astype":
      return UnboundMethod(name, "a.astype(dtype)") { a, arguments throws(PyException) in
        guard let type = try Numpy.dtype(try arguments.required("dtype", at: 0)) else {
          return .native(a.astype(.float64))
        }
        return .native(a.astype(type))
      }
    case "copy": return UnboundMethod(name, "a.copy()") { a, _ throws(PyException) in .native(a.copy()) }
    case "ravel": return UnboundMethod(name, "a.ravel()") { a, _ throws(PyException) in .native(a.raveled()) }
    case "flatten": return UnboundMethod(name, "a.flatten()") { a, _ throws(PyException) in .native(a.flattened()) }
    case "squeeze":
      return UnboundMethod(name, "a.squeeze(axis=None)") { a, arguments throws(PyException) in
        let axes = try Numpy.axes(arguments.value("axis", at: 0))
        return .native(try Numpy.run { () throws(NumpyError) in try a.squeezed(axes: axes) })
      }
    case "item":
      return UnboundMethod(name, "a.item(*index)") { a, arguments throws(PyException) in
        if arguments.count == 0 {
          guard a.count == 1 else { throw PyException(.valueError, "can only convert an array of size 1 to a Python scalar") }
          return Numpy.scalar(a.first, a.dtype)
        }
        if arguments.count == 1, let flat = arguments[0].asIndex {
          let values = a.scalars
          let k = flat < 0 ? flat + values.count : flat
          guard k >= 0 && k < values.count else { throw PyException(.indexError, "index \(flat) is out of bounds for size \(values.count)") }
          return Numpy.scalar(values[k], a.dtype)
        }
        return try a.item(at: .tuple(arguments.positional), in: arguments.interpreter)
      }
    case "tolist": return UnboundMethod(name, "a.tolist()") { a, _ throws(PyException) in a.pythonList() }
    case "dot":
      return UnboundMethod(name, "a.dot(b)") { a, arguments throws(PyException) in
        let b = try Numpy.array(try arguments.required("b", at: 0))
        return Numpy.wrap(try Numpy.run { () throws(NumpyError) in try NDArray.dot(a, b) })
      }
    case "clip": return UnboundMethod(name, "a.clip(min, max)") { a, arguments throws(PyException) in try Numpy.clip(a, arguments, offset: 0) }
    case "round": return UnboundMethod(name, "a.round(decimals=0)") { a, arguments throws(PyException) in try Numpy.rounded(arguments, receiver: a) }
    case "repeat": return UnboundMethod(name, "a.repeat(repeats, axis=None)") { a, arguments throws(PyException) in try Numpy.repeated(a, arguments, offset: 0) }
    case "nonzero": return UnboundMethod(name, "a.nonzero()") { a, _ throws(PyException) in .tuple(a.nonzero().map { .native($0) }) }
    case "argsort":
      return UnboundMethod(name, "a.argsort(axis=-1)") { a, arguments throws(PyException) in
        let axis = try Numpy.sortAxis(arguments, offset: 0)
        return .native(try Numpy.run { () throws(NumpyError) in try a.argsorted(axis: axis) })
      }
    case "sort":
      return UnboundMethod(name, "a.sort(axis=-1)") { a, arguments throws(PyException) in
        let axis = try Numpy.sortAxis(arguments, offset: 0)
        try Numpy.run { () throws(NumpyError) in try a.assign(try a.sorted(axis: axis).reshaped(a.shape), at: []) }
        return .none
      }
    case "fill":
      return UnboundMethod(name, "a.fill(value)") { a, arguments throws(PyException) in
        let value = try Numpy.array(try arguments.required("value", at: 0))
        try Numpy.run { () throws(NumpyError) in try a.assign(value, at: []) }
        return .none
      }
    default:
      return nil
    }
  }

  /// `a.tolist()`: nested Python lists of Python numbers.
  func pythonList() -> PyValue {
    let values = scalars
    if ndim == 0 { return Numpy.scalar(values[0], dtype) }
    func build(_ axis: Int, _ start: Int) -> PyValue {
      let step = shape[(axis + 1)...].reduce(1, *)
      if axis == ndim - 1 {
        return .list(PyList((0..<shape[axis]).map { Numpy.scalar(values[start + $0], dtype) }))
      }
      return .list(PyList((0..<shape[axis]).map { build(axis + 1, start + $0 * step) }))
    }
    return build(0, 0)
  }
}
