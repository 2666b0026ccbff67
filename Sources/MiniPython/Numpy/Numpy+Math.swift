/// Element-wise functions (numpy's ufuncs) and element-wise selection and comparison.
extension Numpy {
  static let math: [BuiltinFunction] = unaryFunctions + binaryFunctions + selectionFunctions

  private static let unaryFunctions: [BuiltinFunction] = [
    unary("exp", .exp, "e**x element-wise."), unary("expm1", .expm1, "exp(x) - 1, accurate near 0."),
    unary("log", .log, "Natural logarithm element-wise."), unary("log1p", .log1p, "log(1 + x), accurate near 0."),
    unary("log2", .log2, "Base-2 logarithm."), unary("log10", .log10, "Base-10 logarithm."),
    unary("sqrt", .sqrt, "Non-negative square root."), unary("square", .square, "x*x element-wise."),
    unary("abs", .absolute, "Absolute value element-wise."), unary("absolute", .absolute, "Absolute value element-wise."),
    unary("fabs", .absolute, "Absolute value element-wise."), unary("negative", .negative, "-x element-wise."),
    unary("sign", .sign, "-1, 0 or 1 by the sign of x (NaN stays NaN)."),
    unary("sin", .sin, "Sine (radians)."), unary("cos", .cos, "Cosine (radians)."), unary("tan", .tan, "Tangent."),
    unary("tanh", .tanh, "Hyperbolic tangent."), unary("sinh", .sinh, "Hyperbolic sine."), unary("cosh", .cosh, "Hyperbolic cosine."),
    unary("arcsin", .arcsin, "Inverse sine."), unary("arccos", .arccos, "Inverse cosine."), unary("arctan", .arctan, "Inverse tangent."),
    unary("floor", .floor, "Largest integer <= x."), unary("ceil", .ceil, "Smallest integer >= x."),
    unary("trunc", .trunc, "x rounded toward zero."), unary("rint", .rint, "x rounded to the nearest integer, halves to even."),
    unary("isnan", .isnan, "Whether x is NaN."), unary("isinf", .isinf, "Whether x is infinite."),
    unary("isfinite", .isfinite, "Whether x is finite."), unary("logical_not", .logicalNot, "not x element-wise."),
    unary("reciprocal", .reciprocal, "1/x element-wise."),
    function("round", "round(a, decimals=0)", "Rounds to the given number of decimals, halves to even.") { arguments throws(PyException) in
      try rounded(arguments)
    },
    function("around", "around(a, decimals=0)", "Rounds to the given number of decimals, halves to even.") { arguments throws(PyException) in
      try rounded(arguments)
    },
  ]

  private static let binaryFunctions: [BuiltinFunction] = [
    binary("add", .add, "x1 + x2 element-wise, with broadcasting."), binary("subtract", .subtract, "x1 - x2 element-wise."),
    binary("multiply", .multiply, "x1 * x2 element-wise."), binary("divide", .divide, "x1 / x2 element-wise (true division)."),
    binary("true_divide", .divide, "x1 / x2 element-wise."), binary("floor_divide", .floorDivide, "x1 // x2 element-wise."),
    binary("mod", .remainder, "x1 % x2 element-wise (sign of x2)."), binary("remainder", .remainder, "x1 % x2 element-wise."),
    binary("power", .power, "x1 ** x2 element-wise."), binary("maximum", .maximum, "Element-wise maximum (NaN propagates)."),
    binary("minimum", .minimum, "Element-wise minimum (NaN propagates)."), binary("fmax", .fmax, "Element-wise maximum ignoring NaN."),
    binary("fmin", .fmin, "Element-wise minimum ignoring NaN."), binary("arctan2", .arctan2, "Angle of (x2, x1) in radians."),
    binary("hypot", .hypot, "sqrt(x1**2 + x2**2) element-wise."),
    binary("equal", .equal, "x1 == x2 element-wise."), binary("not_equal", .notEqual, "x1 != x2 element-wise."),
    binary("less", .less, "x1 < x2 element-wise."), binary("less_equal", .lessEqual, "x1 <= x2 element-wise."),
    binary("greater", .greater, "x1 > x2 element-wise."), binary("greater_equal", .greaterEqual, "x1 >= x2 element-wise."),
    binary("logical_and", .logicalAnd, "x1 and x2 element-wise."), binary("logical_or", .logicalOr, "x1 or x2 element-wise."),
    binary("logical_xor", .logicalXor, "x1 xor x2 element-wise."), binary("bitwise_and", .bitwiseAnd, "x1 & x2 element-wise."),
    binary("bitwise_or", .bitwiseOr, "x1 | x2 element-wise."), binary("bitwise_xor", .bitwiseXor, "x1 ^ x2 element-wise."),
  ]

  private static let selectionFunctions: [BuiltinFunction] = [
    function("where", "where(condition, x, y)", "x where condition holds, else y (broadcast together); where(condition) gives the indices of true elements.") { arguments throws(PyException) in
      let condition = try array(try arguments.required("condition", at: 0))
      if arguments.count == 1 { return .tuple(condition.nonzero().map { .native($0) }) }
      let x = try array(try arguments.required("x", at: 1))
      let y = try array(try arguments.required("y", at: 2))
      return wrap(try run { () throws(NumpyError) in try NDArray.select(condition, x, y) })
    },
    function("nonzero", "nonzero(a)", "The indices of the non-zero elements, one array per axis.") { arguments throws(PyException) in
      .tuple(try array(try arguments.required("a", at: 0)).nonzero().map { .native($0) })
    },
    function("flatnonzero", "flatnonzero(a)", "The indices of the non-zero elements of a flattened: np.flatnonzero(y_train == c).") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      return .native(NDArray(shape: [a.count], scalars: a.scalars, dtype: a.dtype).nonzero()[0])
    },
    function("clip", "clip(a, a_min, a_max, out=None)", "Limits the values to [a_min, a_max]; either bound may be None; out receives the result in place.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      // Number bounds (clip(gradient, -5, 5, out=gradient)): one pass, no temporaries.
      if let low = try numberBound(arguments, "a_min", at: 1), let high = try numberBound(arguments, "a_max", at: 2),
        low != nil || high != nil,
        let result = a.clipped(low: low, high: high, into: try optionalArray(arguments, "out"))
      {
        return .native(result)
      }
      let result = try clip(a, arguments, offset: 1)
      guard let out = try optionalArray(arguments, "out") else { return result }
      let values = try array(result)
      try run { () throws(NumpyError) in try out.assign(values, at: []) }
      return .native(out)
    },
    function("nan_to_num", "nan_to_num(x, nan=0.0, posinf=None, neginf=None)", "Replaces NaN by nan and infinities by the largest finite values.") { arguments throws(PyException) in
      let x = try array(try arguments.required("x", at: 0))
      let positive = try optionalReal(arguments, "posinf")
      let negative = try optionalReal(arguments, "neginf")
      return wrap(x.nanToNum(nan: try arguments.double("nan", default: 0), positiveInfinity: positive, negativeInfinity: negative))
    },
    function("isclose", "isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)", "Whether |a - b| <= atol + rtol * |b| element-wise.") { arguments throws(PyException) in
      let (a, b, rtol, atol, equalNaN) = try closeness(arguments)
      return wrap(try run { () throws(NumpyError) in try NDArray.isClose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN) })
    },
    function("allclose", "allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)", "Whether isclose holds for every element.") { arguments throws(PyException) in
      let (a, b, rtol, atol, equalNaN) = try closeness(arguments)
      return .bool(try run { () throws(NumpyError) in try NDArray.allClose(a, b, rtol: rtol, atol: atol, equalNaN: equalNaN) })
    },
    function("array_equal", "array_equal(a1, a2)", "Whether the arrays have the same shape and elements.") { arguments throws(PyException) in
      .bool(NDArray.arrayEqual(try array(try arguments.required("a1", at: 0)), try array(try arguments.required("a2", at: 1))))
    },
  ]

  private static func unary(_ name: String, _ op: UnaryOperation, _ doc: String) -> BuiltinFunction {
    let one: (PyValue, Interpreter) throws(PyException) -> PyValue = { x, interpreter throws(PyException) in
      if case .native(let object) = x, let array = NDArray.cast(object) {
        return wrap(try run { () throws(NumpyError) in try array.apply(op) })
      }
      if let (number, type) = NDArray.pythonNumber(x) {
        // np.log(0.5), np.sqrt(2 / n): the 0-d array's element, computed without making the array.
        let resultType = try run { () throws(NumpyError) in try op.resultType(type) }
        var (input, output) = (number, 0.0)
        op.evaluate(&input, into: &output, count: 1, type: type)
        return scalar(output, resultType)
      }
      let value = try array(x)
      return wrap(try run { () throws(NumpyError) in try value.apply(op) })
    }
    return BuiltinFunction(
      name: name, signature: "\(name)(x, /, out=None, *, where=True)", doc: doc, unary: one, attributes: ufuncMethods(name, op)
    ) { arguments throws(PyException) in
      if arguments.keywords.isEmpty && arguments.count == 1, case .native(let object) = arguments[0],
        let x = NDArray.cast(object)
      {
        return wrap(try run { () throws(NumpyError) in try x.apply(op) })  // np.exp(z): nothing else to parse
      }
      try checkUfuncArity(arguments, name, inputs: 1)
      let x = try array(arguments[0])
      return try callUfunc(
        ufuncName(name), arguments, inputs: [x], resultType: { () throws(NumpyError) in try op.resultType(x.dtype) },
        compute: { () throws(NumpyError) in try x.apply(op) })
    }
  }

  private static func binary(_ name: String, _ op: BinaryOperation, _ doc: String) -> BuiltinFunction {
    let two: (PyValue, PyValue, Interpreter) throws(PyException) -> PyValue = { a, b, _ throws(PyException) in
      if let result = try plainBinary(op, a, b) { return result }
      let (x, y) = (try array(a), try array(b))
      return wrap(try run { () throws(NumpyError) in try NDArray.binary(op, x, y) })
    }
    return BuiltinFunction(
      name: name, signature: "\(name)(x1, x2, /, out=None, *, where=True)", doc: doc, binary: two, attributes: ufuncMethods(name, op)
    ) { arguments throws(PyException) in
      if arguments.keywords.isEmpty && arguments.count == 2, let result = try plainBinary(op, arguments[0], arguments[1]) {
        return result
      }
      try checkUfuncArity(arguments, name, inputs: 2)
      let (x, y) = (try array(arguments[0]), try array(arguments[1]))
      return try callUfunc(
        op.ufuncName, arguments, inputs: [x, y], resultType: { () throws(NumpyError) in try op.resultType(x.dtype, y.dtype) },
        inPlace: { out throws(NumpyError) in
          guard out === x else { return false }
          try out.applyInPlace(op, y)
          return true
        },
        compute: { () throws(NumpyError) in try NDArray.binary(op, x, y) })
    }
  }

  /// `np.multiply(a, b)` with an array and an array or a Python number, as the operator computes
  /// it (no 0-d array for the number); nil for other operands.
  private static func plainBinary(_ op: BinaryOperation, _ first: PyValue, _ second: PyValue) throws(PyException) -> PyValue? {
    if case .native(let object) = first, let x = NDArray.cast(object) {
      if case .native(let other) = second, let y = NDArray.cast(other) {
        return wrap(try run { () throws(NumpyError) in try NDArray.binary(op, x, y) })
      }
      guard let (value, type) = NDArray.pythonNumber(second) else { return nil }
      return wrap(try run { () throws(NumpyError) in try NDArray.binary(op, x, scalar: value, scalarType: type) })
    }
    if let (x, xType) = NDArray.pythonNumber(first), let (y, yType) = NDArray.pythonNumber(second) {
      // np.power(0.9, t), np.maximum(0, 2.5): the 0-d result's element, computed without arrays.
      return try run { () throws(NumpyError) -> PyValue in
        let type = try op.resultType(xType, yType)
        if op == .power && type == .int64 && y < 0 { throw .value("Integers to negative integer powers are not allowed.") }
        var (a, b, out) = (x, y, 0.0)
        op.evaluate(&a, 0, &b, 0, into: &out, count: 1, type: type)
        return scalar(out, type)
      }
    }
    guard case .native(let object) = second, let y = NDArray.cast(object), let (value, type) = NDArray.pythonNumber(first)
    else { return nil }
    return wrap(try run { () throws(NumpyError) in
      try NDArray.binary(op, y, scalar: value, scalarType: type, scalarFirst: true)
    })
  }

  static func clip(_ a: NDArray, _ arguments: Arguments, offset: Int) throws(PyException) -> PyValue {
    let low = try optionalArray(arguments, "a_min", at: offset)
    let high = try optionalArray(arguments, "a_max", at: offset + 1)
    return wrap(try run { () throws(NumpyError) in try a.clipped(low: low, high: high) })
  }

  /// `np.round(a, decimals)`: `rint(a·10ᵈ) / 10ᵈ` as numpy computes it (halves to even).
  static func rounded(_ arguments: Arguments, receiver: NDArray? = nil) throws(PyException) -> PyValue {
    let offset = receiver == nil ? 1 : 0
    let a: NDArray
    if let receiver { a = receiver } else { a = try array(try arguments.required("a", at: 0)) }
    let decimals = try arguments.int("decimals", at: offset, default: 0)
    if decimals == 0 || a.dtype != .float64 {
      return wrap(try run { () throws(NumpyError) in try a.apply(.rint) })
    }
    let scale = NumpyLibm.pow(10, Double(Swift.abs(decimals)))
    let values = a.scalars.map { decimals > 0 ? ($0 * scale).rounded(.toNearestOrEven) / scale : ($0 / scale).rounded(.toNearestOrEven) * scale }
    return wrap(NDArray(shape: a.shape, scalars: values, dtype: a.dtype))
  }

  /// A clip bound: `.some(nil)` for an absent or None bound, `.some(x)` for a Python number, nil
  /// for anything else (an array: the general path).
  private static func numberBound(_ arguments: Arguments, _ name: String, at position: Int) throws(PyException)
    -> Double??
  {
    switch try arguments.value(name, at: position) {
    case nil, .none?: return .some(nil)
    case .int(let i)?: return .some(Double(i))
    case .float(let x)?: return .some(x)
    default: return nil
    }
  }

  /// A real-number keyword argument that may be absent or None.
  static func optionalReal(_ arguments: Arguments, _ name: String, at position: Int? = nil) throws(PyException) -> Double? {
    guard let value = try arguments.value(name, at: position), !value.isNone else { return nil }
    return try Arguments.real(value)
  }

  /// An array argument that may be absent or None.
  static func optionalArray(_ arguments: Arguments, _ name: String, at position: Int? = nil) throws(PyException) -> NDArray? {
    guard let value = try arguments.value(name, at: position), !value.isNone else { return nil }
    return try array(value)
  }

  private static func closeness(_ arguments: Arguments) throws(PyException) -> (NDArray, NDArray, Double, Double, Bool) {
    (
      try array(try arguments.required("a", at: 0)), try array(try arguments.required("b", at: 1)),
      try arguments.double("rtol", at: 2, default: 1e-5), try arguments.double("atol", at: 3, default: 1e-8),
      try arguments.bool("equal_nan", default: false)
    )
  }
}
