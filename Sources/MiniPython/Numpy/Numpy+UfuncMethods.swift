/// The methods hanging off numpy's ufuncs: `np.add.at`, `.reduce`, `.accumulate`, `.outer`.
///
/// cs231n's word-embedding backward pass is `np.add.at(dW, x, dout)`: every occurrence of a word
/// adds its gradient, which `dW[x] += dout` would not do for repeated words.
extension Numpy {
  /// The methods of binary ufunc `name`.
  static func ufuncMethods(_ name: String, _ op: BinaryOperation) -> [String: PyValue] {
    [
      "at": method(name, "at", "at(a, indices, b)", "a[indices] = \(name)(a[indices], b), unbuffered: repeated indices apply repeatedly.") { arguments throws(PyException) in
        let (a, index) = try atTarget(arguments)
        guard let b = try arguments.value("b", at: 2) else { throw PyException(.valueError, "second operand needed for ufunc") }
        let values = try array(b)
        try run { () throws(NumpyError) in try a.applyAt(op, index, values) }
        return .none
      },
      "reduce": method(name, "reduce", "reduce(array, axis=0, keepdims=False)", "\(name) folded along an axis (axis=None: over every element).") { arguments throws(PyException) in
        let a = try array(try arguments.required("array", at: 0))
        var axis: Int? = 0
        if try arguments.value("axis", at: 1) != nil { axis = try arguments.int("axis", at: 1, default: nil) }
        let keepdims = try arguments.bool("keepdims", at: 4, default: false)
        return wrap(try run { () throws(NumpyError) in try a.reducedBy(op, axis: axis, keepdims: keepdims) })
      },
      "accumulate": method(name, "accumulate", "accumulate(array, axis=0)", "The running \(name) along an axis: out[i] = \(name)(out[i-1], array[i]).") { arguments throws(PyException) in
        let a = try array(try arguments.required("array", at: 0))
        let axis = try arguments.int("axis", at: 1, default: 0)
        return .native(try run { () throws(NumpyError) in try a.accumulated(op, axis: axis) })
      },
      "outer": method(name, "outer", "outer(A, B)", "\(name)(a, b) for every pair: result[i..., j...] = \(name)(A[i...], B[j...]).") { arguments throws(PyException) in
        try arguments.expectCount(2...2)
        let (a, b) = (try array(arguments[0]), try array(arguments[1]))
        return wrap(try run { () throws(NumpyError) in try NDArray.outer(op, a, b) })
      },
      "nin": .int(2), "nout": .int(1),
    ]
  }

  /// The methods of unary ufunc `name`: `at`, and numpy's refusals of the binary-only methods.
  static func ufuncMethods(_ name: String, _ op: UnaryOperation) -> [String: PyValue] {
    func binaryOnly(_ method: String, _ message: String) -> PyValue {
      self.method(name, method, "\(method)(...)", "Only for binary ufuncs.") { _ throws(PyException) in
        throw PyException(.valueError, message)
      }
    }
    return [
      "at": method(name, "at", "at(a, indices)", "a[indices] = \(name)(a[indices]), once per repeated index.") { arguments throws(PyException) in
        let (a, index) = try atTarget(arguments)
        try run { () throws(NumpyError) in try a.applyAt(op, index) }
        return .none
      },
      "reduce": binaryOnly("reduce", "reduce only supported for binary functions"),
      "accumulate": binaryOnly("accumulate", "accumulate only supported for binary functions"),
      "outer": binaryOnly("outer", "outer product only supported for binary functions"),
      "nin": .int(1), "nout": .int(1),
    ]
  }

  private static func method(
    _ ufunc: String, _ name: String, _ signature: String, _ doc: String,
    _ body: @escaping (Arguments) throws(PyException) -> PyValue
  ) -> PyValue {
    .builtin(BuiltinFunction(name: name, signature: "\(ufunc).\(signature)", doc: doc, body: body))
  }

  /// The array and the index of `ufunc.at(a, indices, ...)`.
  private static func atTarget(_ arguments: Arguments) throws(PyException) -> (NDArray, [NDIndex]) {
    let target = try arguments.required("a", at: 0)
    guard case .native(let object) = target, let a = object as? NDArray else {
      throw PyException(.typeError, "first operand must be array")
    }
    return (a, try index(try arguments.required("indices", at: 1)))
  }
}
