/// Products (`np.dot`, `np.matmul`, `np.outer`) and the `np.linalg` submodule.
extension Numpy {
  static let products: [BuiltinFunction] = [
    BuiltinFunction(
      name: "dot", signature: "dot(a, b)", doc: "Inner product of vectors, matrix product of matrices: [M, K] . [K, N] -> [M, N].",
      binary: { a, b, _ throws(PyException) in try dot(a, b) }
    ) { arguments throws(PyException) in
      try arguments.expectCount(2...2)
      return try dot(arguments[0], arguments[1])
    },
    BuiltinFunction(
      name: "matmul", signature: "matmul(x1, x2)", doc: "Matrix product, broadcast over leading axes (the @ operator).",
      binary: { a, b, _ throws(PyException) in try matmul(a, b) }
    ) { arguments throws(PyException) in
      try arguments.expectCount(2...2)
      return try matmul(arguments[0], arguments[1])
    },
    function("outer", "outer(a, b)", "Outer product: out[i, j] = a[i] * b[j].") { arguments throws(PyException) in
      try arguments.expectCount(2...2)
      let (a, b) = (try array(arguments[0]), try array(arguments[1]))
      return .native(try run { () throws(NumpyError) in try NDArray.outer(a, b) })
    },
  ]

  private static func dot(_ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
    let (x, y) = (try array(a), try array(b))
    return wrap(try run { () throws(NumpyError) in try NDArray.dot(x, y) })
  }

  private static func matmul(_ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
    let (x, y) = (try array(a), try array(b))
    return wrap(try run { () throws(NumpyError) in try NDArray.matmul(x, y) })
  }

  static func linalgModule() -> PyModule {
    PyModule(
      name: "numpy.linalg", doc: "Linear algebra: norms, inverses, linear systems, singular value decomposition.",
      functions: [
        function("norm", "norm(x, ord=None, axis=None, keepdims=False)", "Vector norms (2, 1, inf, 0, p) and matrix norms ('fro', 'nuc', 1, inf, 2).") { arguments throws(PyException) in
          let x = try array(try arguments.required("x", at: 0))
          let order = try normOrder(arguments.value("ord", at: 1))
          let axes = try axes(arguments.value("axis", at: 2))
          let keepdims = try arguments.bool("keepdims", at: 3, default: false)
          return wrap(try run { () throws(NumpyError) in try x.norm(order: order, axes: axes, keepdims: keepdims) })
        },
        function("inv", "inv(a)", "The inverse of a square matrix.") { arguments throws(PyException) in
          let a = try array(try arguments.required("a", at: 0))
          return .native(try run { () throws(NumpyError) in try a.inverse() })
        },
        function("solve", "solve(a, b)", "x with a @ x = b, for a square a and b of shape (n,) or (n, k).") { arguments throws(PyException) in
          try arguments.expectCount(2...2)
          let (a, b) = (try array(arguments[0]), try array(arguments[1]))
          return .native(try run { () throws(NumpyError) in try NDArray.solve(a, b) })
        },
        function("svd", "svd(a, full_matrices=True)", "U, S, Vh with a = U @ diag(S) @ Vh, S descending.") { arguments throws(PyException) in
          let a = try array(try arguments.required("a", at: 0))
          let full = try arguments.bool("full_matrices", at: 1, default: true)
          let (u, s, vh) = try run { () throws(NumpyError) in try a.svd(fullMatrices: full) }
          return .tuple([.native(u), .native(s), .native(vh)])
        },
      ] + leastSquaresFunctions,
      constants: ["LinAlgError": .type(linAlgErrorClass)])
  }

  private static func normOrder(_ value: PyValue?) throws(PyException) -> NDArray.NormOrder? {
    guard let value, !value.isNone else { return nil }
    switch value {
    case .str("fro"): return .frobenius
    case .str("nuc"): return .nuclear
    default: return .p(try Arguments.real(value))
    }
  }
}
