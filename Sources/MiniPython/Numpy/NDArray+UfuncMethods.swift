/// The methods of numpy's binary ufuncs: `np.add.at`, `np.add.reduce`, `np.add.accumulate`,
/// `np.multiply.outer` (and the same for every binary ufunc), and `np.negative.at` for unary ones.
extension NDArray {
  /// `np.<op>.at(a, index, b)`: `a[index] = op(a[index], b)` element by element, *unbuffered*: an
  /// element selected twice is updated twice (`np.add.at(counts, labels, 1)` counts repeats,
  /// where `counts[labels] += 1` would add once).
  ///
  /// `b` is broadcast to the shape of `a[index]`; each result is cast to `a`'s dtype (numpy's
  /// `unsafe` casting here: `np.add.at(ints, i, 0.5)` truncates).
  ///
  /// - Throws: the indexing errors of `a[index]`; `ValueError: array is not broadcastable to
  ///   correct shape`.
  public func applyAt(_ op: BinaryOperation, _ index: [NDIndex], _ b: NDArray) throws(NumpyError) {
    let type = try op.resultType(dtype, b.dtype)
    let places = try selectedPositions(index)
    guard let values = try? b.scalars(broadcastTo: places.shape) else {
      throw .value("array is not broadcastable to correct shape")
    }
    try update(places.scalars) { k, current in
      var (x, y, out) = (current, values[k], 0.0)
      op.evaluate(&x, 1, &y, 1, into: &out, count: 1, type: type)
      return out
    }
  }

  /// `np.<op>.at(a, index)` for a unary ufunc: `a[index] = op(a[index])`, once per selection.
  public func applyAt(_ op: UnaryOperation, _ index: [NDIndex]) throws(NumpyError) {
    _ = try op.resultType(dtype)
    let places = try selectedPositions(index)
    try update(places.scalars) { _, current in
      var (x, out) = (current, 0.0)
      op.evaluate(&x, into: &out, count: 1, type: dtype)
      return out
    }
  }

  /// `np.<op>.outer(a, b)`: `op(a[i..., newaxis...], b[j...])`, of shape `a.shape + b.shape`.
  public static func outer(_ op: BinaryOperation, _ a: NDArray, _ b: NDArray) throws(NumpyError) -> NDArray {
    let column = NDArray(shape: a.shape + Array(repeating: 1, count: b.ndim), scalars: a.scalars, dtype: a.dtype)
    return try binary(op, column, b)
  }

  /// `np.<op>.accumulate(a, axis)`: `out[0] = a[0]`, `out[i] = op(out[i-1], a[i])` along `axis`.
  public func accumulated(_ op: BinaryOperation, axis: Int = 0) throws(NumpyError) -> NDArray {
    let type = try op.resultType(dtype, dtype)
    guard ndim > 0 else { throw .type("cannot accumulate on a scalar") }
    let k = try normalizedAxes([axis])[0]
    let (n, inner) = (shape[k], shape[(k + 1)...].reduce(1, *))
    let outer = shape[..<k].reduce(1, *)
    var values = scalars.map { type.cast($0) }
    for o in 0..<outer {
      for j in 0..<inner {
        for i in 1..<max(n, 1) {
          let (previous, here) = (o * n * inner + (i - 1) * inner + j, o * n * inner + i * inner + j)
          var (x, y, out) = (values[previous], values[here], 0.0)
          op.evaluate(&x, 1, &y, 1, into: &out, count: 1, type: type)
          values[here] = out
        }
      }
    }
    return NDArray(shape: shape, scalars: values, dtype: type)
  }

  /// `np.<op>.reduce(a, axis, keepdims)`: `op` folded along `axis` (all axes, flattened, for
  /// `nil`). `add`, `multiply`, `maximum`, `minimum`, `logical_and` and `logical_or` are `sum`,
  /// `prod`, `max`, `min`, `all` and `any`; other operations fold from the first element.
  public func reducedBy(_ op: BinaryOperation, axis: Int?, keepdims: Bool = false) throws(NumpyError) -> NDArray {
    let known: [BinaryOperation: Reduction] = [
      .add: .sum, .multiply: .prod, .maximum: .max, .minimum: .min, .logicalAnd: .all, .logicalOr: .any,
    ]
    if let reduction = known[op] { return try reduced(reduction, axes: axis.map { [$0] }, keepdims: keepdims) }
    guard let axis else {
      if ndim > 1 {
        throw .value("reduction operation '\(op.ufuncName)' is not reorderable, so at most one axis may be specified")
      }
      let flat = NDArray(shape: [count], scalars: scalars, dtype: dtype)
      let folded = try flat.reducedBy(op, axis: 0)
      return keepdims ? NDArray(shape: shape.map { _ in 1 }, scalars: folded.scalars, dtype: folded.dtype) : folded
    }
    let k = try normalizedAxes([axis])[0]
    guard shape[k] > 0 else {
      throw .value("zero-size array to reduction operation \(op.ufuncName) which has no identity")
    }
    let running = try accumulated(op, axis: k)
    var last = Array(repeating: NDIndex.slice(start: nil, stop: nil, step: nil), count: ndim)
    last[k] = keepdims ? .slice(start: shape[k] - 1, stop: nil, step: nil) : .integer(shape[k] - 1)
    return try running.subscriptedArray(last).copy()
  }

  /// The row-major element numbers of `self[index]`, in selection order, repeats included.
  private func selectedPositions(_ index: [NDIndex]) throws(NumpyError) -> NDArray {
    let numbers = NDArray(shape: shape, scalars: (0..<count).map(Double.init), dtype: .int64)
    return try numbers.subscriptedArray(index)
  }

  /// Rewrites the elements at row-major `positions` one after another with `next(k, current)`
  /// (cast to this dtype), then writes the whole array back through its layout.
  private func update(_ positions: [Double], _ next: (Int, Double) -> Double) throws(NumpyError) {
    var values = scalars
    for (k, position) in positions.enumerated() {
      let p = Int(position)
      values[p] = dtype.cast(next(k, values[p]))
    }
    try assign(NDArray(shape: shape, scalars: values, dtype: dtype), at: [])
  }
}
