/// Writing a ufunc's result into a given array, as numpy's `out=` does.
extension NDArray {
  /// Checks that this array can receive the result of ufunc `ufunc` on inputs of the given shapes,
  /// as numpy's `out=` argument, before anything is computed.
  ///
  /// numpy resolves the loop from the inputs; its result type must cast to this array's dtype
  /// under the `same_kind` rule (`bool → int64 → float64`, never back). The inputs are then
  /// broadcast together with this array, and the broadcast shape must be this array's shape:
  ///
  /// ```
  /// inputs (3,) and (),  out (2, 3)  → fine: the result is stretched over the rows
  /// inputs (2, 3) and (), out (3,)   → ValueError: non-broadcastable output operand ...
  /// ```
  ///
  /// - Throws: `_UFuncOutputCastingError` (a `TypeError`), then `ValueError` for the shapes, in
  ///   numpy's order and words.
  public func checkUfuncOutput(_ ufunc: String, resultType: DType, inputShapes: [[Int]]) throws(NumpyError) {
    if DType.promoted(resultType, dtype) != dtype {
      throw .outputCasting(ufunc: ufunc, from: resultType, to: dtype)
    }
    var full = shape
    for input in inputShapes {
      guard let next = try? NDArray.broadcastShape(full, input) else {
        let shapes = (inputShapes + [shape]).map(NumpyError.compact).joined(separator: " ")
        let help = inputShapes.count == 2 ? NDArray.broadcastHelp(inputShapes[0], inputShapes[1]) : nil
        throw .value("operands could not be broadcast together with shapes \(shapes) ", help: help)
      }
      full = next
    }
    if full != shape {
      throw .value(
        "non-broadcastable output operand with shape \(NumpyError.compact(shape)) doesn't match the broadcast shape \(NumpyError.compact(full))"
      )
    }
  }

  /// Writes a ufunc `result` through this array (after `checkUfuncOutput`), stretching it to this
  /// shape and casting it to this dtype; where `mask` is given, only its true elements are written.
  ///
  /// The result is computed before anything is written, so inputs that overlap this array read
  /// their old values, as numpy guarantees (`np.add(a, a[::-1], out=a)`).
  public func storeUfuncResult(_ result: NDArray, where mask: NDArray? = nil) throws(NumpyError) {
    guard let mask else { return try assign(result, at: []) }
    let merged = try NDArray.select(mask, result, self)
    if merged.shape != shape {
      throw .value(
        "non-broadcastable output operand with shape \(NumpyError.compact(shape)) doesn't match the broadcast shape \(NumpyError.compact(merged.shape))"
      )
    }
    try assign(merged, at: [])
  }
}
