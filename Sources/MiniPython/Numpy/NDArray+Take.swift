/// The integer-array subscripts of the course's loops, taken directly instead of through an
/// `IndexPlan`: `X[batch]`, `X[:, permutation]` (one index array after full slices) and
/// `scores[np.arange(N), y]` (one element per row of a matrix). They select what `subscripted`
/// selects, in the same order, with the same bounds errors; any other key takes the plan.
extension NDArray {
  /// An integer-array subscript with a direct path.
  enum DirectIndex {
    /// `a[idx]`, `a[:, idx]`: full slices on the axes before `axis`, then one integer array of
    /// at least one axis; the result has shape `shape[..<axis] + idx.shape + shape[(axis+1)...]`.
    case take(NDArray, axis: Int)
    /// `m[rows, columns]` of a matrix: two integer arrays of one shape, the result of that shape
    /// holding `m[rows[k], columns[k]]`.
    case pairs(NDArray, NDArray)
  }

  /// The direct path for `key`, or nil when the key needs an index plan.
  func directIndex(_ key: PyValue) -> DirectIndex? {
    func integerArray(_ value: PyValue) -> NDArray? {
      guard case .native(let object) = value, let array = NDArray.cast(object), array.dtype == .int64,
        array.ndim > 0
      else { return nil }
      return array
    }
    switch key {
    case .native:
      guard ndim > 0, let indices = integerArray(key) else { return nil }
      return .take(indices, axis: 0)
    case .tuple(let items):
      guard let last = items.last, items.count <= ndim, let indices = integerArray(last) else { return nil }
      if items.count == 2, ndim == 2, let rows = integerArray(items[0]), rows.shape == indices.shape {
        return .pairs(rows, indices)
      }
      for item in items.dropLast() {
        guard case .slice(let s) = item, s.start.isNone, s.stop.isNone, s.step.isNone else { return nil }
      }
      return .take(indices, axis: items.count - 1)
    default:
      return nil
    }
  }

  /// `self[key]` for a direct key.
  ///
  /// - Throws: `IndexError: index 7 is out of bounds for axis 0 with size 5`.
  func selecting(_ index: DirectIndex) throws(NumpyError) -> NDArray {
    switch index {
    case .take(let indices, let axis):
      let (offsets, parts) = try takePlan(indices, axis: axis)
      let (n, run, isContiguous) = (parts.count, parts.innerCount, parts.innerIsContiguous)
      let values = [Double](unsafeUninitializedCapacity: n) { out, initialized in
        if n > 0 {
          storage.buffer.withUnsafeBufferPointer { source in
            var to = out.baseAddress!
            var inner = parts.inner
            parts.forEachRun(offsets) { position in
              if run == 1 {
                to.initialize(to: source[position])
              } else if isContiguous {
                to.initialize(from: source.baseAddress! + position, count: run)
              } else {
                inner.offset = position
                inner.gather(from: source.baseAddress!, into: to)
              }
              to += run
            }
          }
        }
        initialized = n
      }
      return NDArray(shape: parts.resultShape, scalars: values, dtype: dtype)
    case .pairs(let rows, let columns):
      let offsets = try pairOffsets(rows, columns)
      let values = storage.buffer.withUnsafeBufferPointer { source in
        offsets.map { source[$0] }
      }
      return NDArray(shape: rows.shape, scalars: values, dtype: dtype)
    }
  }

  /// `self[key] = value` for a direct key, `value` broadcast to the selection and cast to this
  /// dtype; with repeated indices the last write wins. Returns false, writing nothing, when
  /// `value` does not broadcast (the index plan then raises numpy's error).
  ///
  /// - Throws: the bounds errors of `selecting`.
  func assign(_ value: NDArray, at index: DirectIndex) throws(NumpyError) -> Bool {
    let type = dtype
    switch index {
    case .take(let indices, let axis):
      let (offsets, parts) = try takePlan(indices, axis: axis)
      guard let values = try? value.scalars(broadcastTo: parts.resultShape) else { return false }
      if parts.count == 0 { return true }
      values.withUnsafeBufferPointer { source in
        storage.buffer.withUnsafeMutableBufferPointer { destination in
          var next = 0
          parts.forEachRun(offsets) { position in
            var inner = parts.inner
            inner.offset = position
            inner.forEachOffset { at in
              destination[at] = type.cast(source[next])
              next += 1
            }
          }
        }
      }
    case .pairs(let rows, let columns):
      let offsets = try pairOffsets(rows, columns)
      guard let values = try? value.scalars(broadcastTo: rows.shape) else { return false }
      storage.buffer.withUnsafeMutableBufferPointer { destination in
        for (k, position) in offsets.enumerated() { destination[position] = type.cast(values[k]) }
      }
    }
    return true
  }

  /// The layout of a take: the storage offset each index adds, and the axes around it.
  private func takePlan(_ indices: NDArray, axis: Int) throws(NumpyError) -> ([Int], TakeParts) {
    let offsets = try checkedOffsets(indices, axis: axis)
    let parts = TakeParts(
      outer: StridedLayout(shape: Array(shape[..<axis]), strides: Array(strides[..<axis]), offset: offset),
      inner: StridedLayout(shape: Array(shape[(axis + 1)...]), strides: Array(strides[(axis + 1)...]), offset: 0),
      indexShape: indices.shape, indexCount: offsets.count)
    return (offsets, parts)
  }

  /// The storage offsets (past `offset`) of `self[rows[k], columns[k]]`, row-major.
  private func pairOffsets(_ rows: NDArray, _ columns: NDArray) throws(NumpyError) -> [Int] {
    var offsets = try checkedOffsets(rows, axis: 0)
    let across = try checkedOffsets(columns, axis: 1)
    for k in offsets.indices { offsets[k] += across[k] + offset }
    return offsets
  }

  /// `indices` (row-major) checked against `axis` and turned into storage steps: `i · strides[axis]`,
  /// negative indices counting from the end.
  ///
  /// - Throws: `IndexError: index 7 is out of bounds for axis 0 with size 5`.
  private func checkedOffsets(_ indices: NDArray, axis: Int) throws(NumpyError) -> [Int] {
    let (size, step) = (shape[axis], strides[axis])
    var offsets: [Int] = []
    offsets.reserveCapacity(indices.count)
    for value in indices.scalars {
      let i = Int(value)
      guard i >= -size && i < size else {
        throw .index("index \(i) is out of bounds for axis \(axis) with size \(size)")
      }
      offsets.append((i < 0 ? i + size : i) * step)
    }
    return offsets
  }
}

/// The axes of a take around its index array: the outer axes before it, the inner axes after it.
struct TakeParts {
  var outer: StridedLayout
  var inner: StridedLayout
  var indexShape: [Int]
  var indexCount: Int

  var innerCount: Int { inner.count }
  var count: Int { outer.count * indexCount * inner.count }
  var innerIsContiguous: Bool { StridedLayout.isRowMajor(shape: inner.shape, strides: inner.strides) }
  var resultShape: [Int] { outer.shape + indexShape + inner.shape }

  /// Calls `body` with the storage offset of each inner block, in row-major result order.
  @inline(__always)
  func forEachRun(_ offsets: [Int], _ body: (Int) -> Void) {
    if indexCount == 0 || inner.shape.contains(0) { return }
    outer.forEachOffset { base in
      for step in offsets { body(base + step) }
    }
  }
}
