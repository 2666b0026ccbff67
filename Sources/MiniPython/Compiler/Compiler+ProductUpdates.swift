/// `G += np.dot(a, b)` where the product is an outer product (`dWaa += np.dot(daraw, a_prev.T)`
/// in the RNN's backward step, `dW[:, j] += ...`-style accumulations): the gradient is updated
/// in place, `G[i, j] = G[i, j] + (0 + a[i]·b[j])`, without making the product array. Those are
/// the operations the product (`0 + a·b`, as GEMM writes an outer product) and the in-place sum
/// perform, in the same order, so the bits are the same.
///
/// Python's order is kept: the target, then `np.dot`, `a` and `b` are evaluated; anything else
/// (another function bound to `np.dot`, a depth other than 1, other dtypes or shapes, a target
/// sharing memory with an operand) takes the ordinary product and `+=`.
extension Compiler {
  /// For `target += value`: how to combine the target's current value with `value`, when `value`
  /// is `np.dot(a, b)`; nil for any other statement.
  func compileProductUpdate(_ op: BinaryOperator, _ value: Expression) throws(SyntaxError)
    -> ((Frame, PyValue) throws(PyException) -> PyValue)?
  {
    guard op == .add, case .call(.attribute(let module, "dot", _), let arguments, _) = value, arguments.count == 2,
      case .positional(let first) = arguments[0], case .positional(let second) = arguments[1]
    else { return nil }
    let callee = try compile(.attribute(module, "dot", value.location))
    let (left, right) = (try compile(first), try compile(second))
    return { f, current throws(PyException) in
      let function = try callee(f)
      let (a, b) = (try left(f), try right(f))
      if case .builtin(let builtin) = function, builtin === Compiler.numpyDot(f),
        Compiler.addOuterProduct(a, b, into: current)
      {
        return current
      }
      return try f.interpreter.inPlace(op, current, try f.interpreter.call(function, [a, b], keywords: []))
    }
  }

  /// numpy's own `dot`, for comparing identities.
  private static func numpyDot(_ f: Frame) -> BuiltinFunction? {
    guard case .builtin(let dot)? = f.interpreter.modules["numpy"]?.members["dot"] else { return nil }
    return dot
  }

  /// `g += x @ y` for float64 matrices `x` of shape `[m, 1]` and `y` of shape `[1, n]`, and `g` a
  /// contiguous `[m, n]` float64 array in other memory; false (nothing written) otherwise.
  static func addOuterProduct(_ a: PyValue, _ b: PyValue, into current: PyValue) -> Bool {
    guard case .native(let first) = a, let x = NDArray.cast(first), case .native(let second) = b,
      let y = NDArray.cast(second), case .native(let target) = current, let g = NDArray.cast(target)
    else { return false }
    return addOuterProduct(x, y, into: g)
  }

  /// `addOuterProduct` on the arrays themselves.
  static func addOuterProduct(_ x: NDArray, _ y: NDArray, into g: NDArray) -> Bool {
    guard x.ndim == 2, y.ndim == 2, g.ndim == 2, x.shape[1] == 1, y.shape[0] == 1,
      x.dtype == .float64, y.dtype == .float64, g.dtype == .float64, g.isContiguous,
      g.shape[0] == x.shape[0], g.shape[1] == y.shape[1], g.storage !== x.storage, g.storage !== y.storage
    else { return false }
    let (m, n) = (g.shape[0], g.shape[1])
    if m == 0 || n == 0 { return true }  // nothing to add, and no element to address
    let (a, aStep, b, bStep) = (x.readAddress, x.strides[0], y.readAddress, y.strides[1])
    let start = g.offset
    g.storage.buffer.withUnsafeMutableBufferPointer { buffer in
      let rows = buffer.baseAddress! + start
      for i in 0..<m {
        let (row, factor) = (rows + i * n, a[i * aStep])
        if bStep == 1 {
          for j in 0..<n { row[j] = row[j] + (0 + factor * b[j]) }
        } else {
          for j in 0..<n { row[j] = row[j] + (0 + factor * b[j * bStep]) }
        }
      }
    }
    return true
  }
}
