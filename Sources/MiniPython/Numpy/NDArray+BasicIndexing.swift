/// Subscripts of integers and slices as Python writes them (`a[2, 3]`, `a[2]`, `a[:, 1:3]`),
/// resolved from the key itself: an element's storage offset, or a view whose shape and strides
/// are built directly (shared arrays for one or two axes), without an `NDIndex` list or a plan.
extension NDArray {
  /// The storage offset of `a[i]` or `a[i, j, ...]` when the key is one integer per axis (the
  /// element loops of the course's convolutions), without building an index plan.
  func elementOffset(_ key: PyValue) throws(PyException) -> Int? {
    switch key {
    case .int(let i) where ndim == 1:
      return offset + (try checkedIndex(i, axis: 0)) * strides[0]
    case .tuple(let items) where items.count == ndim:
      return try elementOffset(items)
    default:
      return nil
    }
  }

  /// The storage offset of `a[i, j, ...]`, or nil when an item is not an int.
  ///
  /// - Precondition: `items.count == ndim`.
  @inline(__always)
  func elementOffset(_ items: [PyValue]) throws(PyException) -> Int? {
    var position = offset
    for axis in 0..<items.count {
      guard case .int(let i) = items[axis] else { return nil }
      position += (try checkedIndex(i, axis: axis)) * strides[axis]
    }
    return position
  }

  /// The view `a[i]` of an array of two or more axes whose row `i` starts at storage `position`.
  func row(at position: Int) -> NDArray {
    if ndim == 2 {
      let (extent, step) = (shape[1], strides[1])
      return NDArray(
        viewing: self, shape: StridedLayout.vector(extent), strides: StridedLayout.vector(step), offset: position,
        count: extent, isContiguous: extent <= 1 || step == 1)
    }
    let (rowShape, rowStrides) = (Array(shape[1...]), Array(strides[1...]))
    return NDArray(
      viewing: self, shape: rowShape, strides: rowStrides, offset: position, count: count / shape[0],
      isContiguous: isContiguous || StridedLayout.isRowMajor(shape: rowShape, strides: rowStrides))
  }

  /// The view `a[...]` for a key of integers and slices only (the common case), built directly.
  func basicView(_ key: PyValue) throws(PyException) -> NDArray? {
    switch key {
    case .tuple(let parts): return try basicView(parts)
    case .slice, .int: return try basicView(CollectionOfOne(key))  // X[i] of a matrix is a row view
    default: return nil
    }
  }

  /// Whether `key` (integers and slices) selects exactly the view `source` of this array's
  /// storage: what `x[s] += v` writes back after its in-place operator already wrote through the
  /// view `x[s]`. Compares the layout as it is walked, without making the view again.
  func selectsView(_ key: PyValue, _ source: NDArray) throws(PyException) -> Bool {
    guard source.storage === storage else { return false }
    switch key {
    case .tuple(let parts): return try selectsView(parts, source)
    case .slice, .int: return try selectsView(CollectionOfOne(key), source)
    default: return false
    }
  }

  private func selectsView<Items: RandomAccessCollection<PyValue>>(_ items: Items, _ source: NDArray) throws(PyException)
    -> Bool
  where Items.Index == Int {
    guard basicRank(items) == source.ndim else { return false }
    let (shape, strides) = (source.shape, source.strides)
    var (axis, same) = (0, true)
    let position = try basicOffset(items) { extent, stride in
      same = same && shape[axis] == extent && strides[axis] == stride
      axis += 1
    }
    return same && position == source.offset
  }

  /// The view selected by integers and slices, one per leading axis (nil for any other item).
  /// Results of one or two axes take the shared shape and stride arrays where they can.
  func basicView<Items: RandomAccessCollection<PyValue>>(_ items: Items) throws(PyException) -> NDArray?
  where Items.Index == Int {
    guard let rank = basicRank(items) else { return nil }
    // The view's extents and strides are gathered on the stack, then copied into its arrays once.
    return try withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * Swift.max(rank, 1)) {
      (scratch: UnsafeMutableBufferPointer<Int>) throws(PyException) -> NDArray in
      let (extents, steps) = (scratch.baseAddress!, scratch.baseAddress! + rank)
      var axes = 0
      let position = try basicOffset(items) { extent, stride in
        extents[axes] = extent
        steps[axes] = stride
        axes += 1
      }
      switch rank {
      case 0:
        return NDArray(viewing: self, shape: [], strides: [], offset: position, count: 1, isContiguous: true)
      case 1:
        let (extent, step) = (extents[0], steps[0])
        return NDArray(
          viewing: self, shape: StridedLayout.vector(extent), strides: StridedLayout.vector(step), offset: position,
          count: extent, isContiguous: extent <= 1 || step == 1)
      case 2:
        let shape = [extents[0], extents[1]]
        let rowMajor = StridedLayout.rowMajorStrides(shape)
        let strides = steps[1] == 1 && steps[0] == rowMajor[0] ? rowMajor : [steps[0], steps[1]]
        return NDArray(
          viewing: self, shape: shape, strides: strides, offset: position, count: extents[0] * extents[1],
          isContiguous: StridedLayout.isRowMajor(shape: shape, strides: strides))
      default:
        let shape = [Int](count: rank) { $0.baseAddress!.update(from: extents, count: rank) }
        // Unit-step slices of every axis (`a[v0:v1, h0:h1, :]`) keep this array's strides.
        let own = self.strides
        var same = rank == own.count
        for axis in 0..<rank where same { same = steps[axis] == own[axis] }
        let strides = same ? own : [Int](count: rank) { $0.baseAddress!.update(from: steps, count: rank) }
        var count = 1
        for axis in 0..<rank { count &*= extents[axis] }
        return NDArray(
          viewing: self, shape: shape, strides: strides, offset: position, count: count,
          isContiguous: StridedLayout.isRowMajor(shape: shape, strides: strides))
      }
    }
  }

  /// The number of axes of the view `items` select, or nil when an item is not an int or a slice
  /// or there are more items than axes.
  @inline(__always)
  private func basicRank<Items: RandomAccessCollection<PyValue>>(_ items: Items) -> Int? {
    guard items.count <= ndim else { return nil }
    var rank = ndim - items.count
    for item in items {
      switch item {
      case .int: break
      case .slice: rank += 1
      default: return nil
      }
    }
    return rank
  }

  /// Walks a key of integers and slices (checked by `basicRank`): calls `add(extent, stride)` for
  /// each axis of the selected view in order, and returns the view's storage offset.
  ///
  /// - Throws: `IndexError` for an integer out of bounds, `ValueError` for a zero slice step.
  @inline(__always)
  private func basicOffset<Items: RandomAccessCollection<PyValue>>(_ items: Items, _ add: (Int, Int) -> Void)
    throws(PyException) -> Int
  where Items.Index == Int {
    let (shape, strides) = (self.shape, self.strides)
    var position = offset
    for axis in 0..<items.count {
      let item = items.startIndex + axis
      if case .int(let i) = items[item] {
        position += (try checkedIndex(i, axis: axis)) * strides[axis]
      } else if let slice = items[item].unretainedSlice {
        // The key holds the slice throughout: read it without retaining it.
        let (start, _, step, count) = try slice.guaranteed { s throws(PyException) in try s.indices(length: shape[axis]) }
        if count > 0 { position += start * strides[axis] }
        add(count, strides[axis] * step)
      } else {
        preconditionFailure("basicOffset of a key that is not integers and slices")
      }
    }
    for axis in items.count..<shape.count { add(shape[axis], strides[axis]) }
    return position
  }

  func checkedIndex(_ i: Int, axis: Int) throws(PyException) -> Int {
    let size = shape[axis]
    guard i >= -size && i < size else {
      throw PyException(.indexError, "index \(i) is out of bounds for axis \(axis) with size \(size)")
    }
    return i < 0 ? i + size : i
  }
}
