/// Joining and repeating arrays: concatenate, stack, vstack, hstack, tile, repeat, pad.
extension NDArray {
  /// `np.concatenate(arrays, axis)`; the result dtype is the promotion of the inputs'.
  ///
  /// - Throws: `ValueError` with numpy's message when dimensions differ off the joined axis.
  public static func concatenate(_ arrays: [NDArray], axis: Int = 0) throws(NumpyError) -> NDArray {
    guard let first = arrays.first else { throw .value("need at least one array to concatenate") }
    if first.ndim == 0 { throw .value("zero-dimensional arrays cannot be concatenated") }
    guard axis >= -first.ndim && axis < first.ndim else { throw .axis(axis, ndim: first.ndim) }
    let k = axis < 0 ? axis + first.ndim : axis
    for (i, array) in arrays.enumerated() {
      if array.ndim != first.ndim {
        throw .value(
          "all the input arrays must have same number of dimensions, but the array at index 0 has \(first.ndim) dimension(s) and the array at index \(i) has \(array.ndim) dimension(s)"
        )
      }
      for d in 0..<first.ndim where d != k && array.shape[d] != first.shape[d] {
        throw .value(
          "all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(d), the array at index 0 has size \(first.shape[d]) and the array at index \(i) has size \(array.shape[d])"
        )
      }
    }
    var shape = first.shape
    shape[k] = arrays.reduce(0) { $0 + $1.shape[k] }
    let outer = first.shape[..<k].reduce(1, *)
    let parts = arrays.map { ($0.scalars, $0.shape[k...].reduce(1, *)) }
    var out: [Double] = []
    out.reserveCapacity(shape.reduce(1, *))
    for o in 0..<outer {
      for (values, block) in parts { out.append(contentsOf: values[(o * block)..<((o + 1) * block)]) }
    }
    let type = arrays.map(\.dtype).reduce(DType.bool, DType.promoted)
    return NDArray(shape: shape, scalars: out, dtype: type)
  }

  /// `np.stack(arrays, axis)`: joins equal-shaped arrays along a new axis.
  public static func stack(_ arrays: [NDArray], axis: Int = 0) throws(NumpyError) -> NDArray {
    guard let first = arrays.first else { throw .value("need at least one array to stack") }
    if arrays.contains(where: { $0.shape != first.shape }) { throw .value("all input arrays must have the same shape") }
    let expanded = try arrays.map { (a) throws(NumpyError) -> NDArray in try a.expandedDims(axis: axis) }
    return try concatenate(expanded, axis: axis < 0 ? axis + first.ndim + 1 : axis)
  }

  /// `np.vstack`: 1-D arrays become rows, then join along axis 0.
  public static func vstack(_ arrays: [NDArray]) throws(NumpyError) -> NDArray {
    try concatenate(arrays.map { $0.atLeast2D() }, axis: 0)
  }

  /// `np.hstack`: joins along axis 1, or axis 0 for 1-D arrays.
  public static func hstack(_ arrays: [NDArray]) throws(NumpyError) -> NDArray {
    let lifted = arrays.map { $0.ndim == 0 ? $0.view(shape: [1], strides: [0], offset: $0.offset) : $0 }
    return try concatenate(lifted, axis: lifted.first?.ndim == 1 ? 0 : 1)
  }

  /// `np.tile(a, reps)`.
  public func tiled(_ reps: [Int]) throws(NumpyError) -> NDArray {
    let rank = max(ndim, reps.count)
    let base = try reshaped(Array(repeating: 1, count: rank - ndim) + shape)
    let reps = Array(repeating: 1, count: rank - reps.count) + reps
    var target: [Int] = []
    for axis in 0..<rank {
      let (extent, overflow) = base.shape[axis].multipliedReportingOverflow(by: max(reps[axis], 0))
      if overflow { throw ArrayAllocation.tooBig }
      target.append(extent)
    }
    try ArrayAllocation.check(target, dtype: dtype)
    var result = base
    for axis in (0..<rank).reversed() where reps[axis] != 1 {
      result = try NDArray.concatenate(Array(repeating: result, count: max(reps[axis], 0)), axis: axis)
    }
    return result === base ? base.copy() : result
  }

  /// `np.repeat(a, repeats, axis)`: each element (or slice along `axis`) repeated; flattened when
  /// `axis` is nil. `repeats` holds one count, or one per element along the axis.
  public func repeated(_ repeats: [Int], axis: Int? = nil) throws(NumpyError) -> NDArray {
    let source = axis == nil ? flattened() : self
    let k = try source.normalizedAxes([axis ?? 0])[0]
    let length = source.shape[k]
    if repeats.count != 1 && repeats.count != length {
      throw .value("operands could not be broadcast together with shape (\(length),) (\(repeats.count),)")
    }
    let counts = repeats.count == 1 ? Array(repeating: repeats[0], count: length) : repeats
    var shape = source.shape
    var total = 0
    for count in counts {
      let (sum, overflow) = total.addingReportingOverflow(max(count, 0))
      if overflow { throw ArrayAllocation.tooBig }
      total = sum
    }
    shape[k] = total
    try ArrayAllocation.check(shape, dtype: dtype)
    let values = source.scalars
    let inner = source.shape[(k + 1)...].reduce(1, *)
    let outer = source.shape[..<k].reduce(1, *)
    var out: [Double] = []
    for o in 0..<outer {
      for i in 0..<length {
        let start = (o * length + i) * inner
        for _ in 0..<counts[i] { out.append(contentsOf: values[start..<(start + inner)]) }
      }
    }
    return NDArray(shape: shape, scalars: out, dtype: dtype)
  }

  /// `np.pad(a, widths, mode='constant', constant_values=value)`: `widths[i]` is the
  /// (before, after) padding of axis `i`.
  public func padded(_ widths: [(before: Int, after: Int)], value: Double = 0) throws(NumpyError) -> NDArray {
    var newShape: [Int] = []
    for axis in shape.indices {
      let (sum, overflow) = shape[axis].addingReportingOverflow(widths[axis].before)
      let (extent, overflow2) = sum.addingReportingOverflow(widths[axis].after)
      if overflow || overflow2 { throw ArrayAllocation.tooBig }
      newShape.append(extent)
    }
    try ArrayAllocation.check(newShape, dtype: dtype)
    let result = NDArray(shape: newShape, scalars: Array(repeating: dtype.cast(value), count: newShape.reduce(1, *)), dtype: dtype)
    let inner = result.view(
      shape: shape, strides: result.strides,
      offset: shape.indices.reduce(0) { $0 + widths[$1].before * result.strides[$1] })
    inner.assign(rowMajor: scalars)
    return result
  }

  /// This array with at least two axes (a row for 1-D, `[[x]]` for 0-d).
  func atLeast2D() -> NDArray {
    switch ndim {
    case 0: return view(shape: [1, 1], strides: [0, 0], offset: offset)
    case 1: return view(shape: [1, shape[0]], strides: [0, strides[0]], offset: offset)
    default: return self
    }
  }
}
