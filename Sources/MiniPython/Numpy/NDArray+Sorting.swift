/// Sorting and counting: sort, argsort, unique, bincount, searchsorted.
///
/// Sorts are stable (numpy's default quicksort is not, so argsort of tied values may order them
/// differently from numpy on arrays longer than 16); NaN sorts last, as in numpy.
extension NDArray {
  /// `np.sort(a, axis)`: sorted copies of the lanes along `axis` (the flattened array when nil).
  public func sorted(axis: Int? = -1) throws(NumpyError) -> NDArray {
    try alongAxis(axis) { lane in lane.sorted(by: NDArray.ascending) }
  }

  /// `np.argsort(a, axis)`: the indices that sort each lane.
  public func argsorted(axis: Int? = -1) throws(NumpyError) -> NDArray {
    let result = try alongAxis(axis) { lane in
      lane.indices.sorted { i, j in
        NDArray.ascending(lane[i], lane[j]) || (!NDArray.ascending(lane[j], lane[i]) && i < j)
      }.map { Double($0 - lane.startIndex) }
    }
    return NDArray(storage: result.storage, dtype: .int64, shape: result.shape, strides: result.strides, offset: 0)
  }

  /// `np.unique(a)`: the sorted distinct values, with each one's count and the inverse indices.
  public func unique() -> (values: NDArray, counts: NDArray, inverse: NDArray, firstIndices: NDArray) {
    let flat = scalars
    let order = flat.indices.sorted { NDArray.ascending(flat[$0], flat[$1]) || (flat[$0] == flat[$1] && $0 < $1) }
    var values: [Double] = []
    var counts: [Double] = []
    var firsts: [Double] = []
    var inverse = [Double](repeating: 0, count: flat.count)
    for i in order {
      if let last = values.last, last == flat[i] || (last.isNaN && flat[i].isNaN) {
        counts[counts.count - 1] += 1
      } else {
        values.append(flat[i])
        counts.append(1)
        firsts.append(Double(i))
      }
      inverse[i] = Double(values.count - 1)
    }
    return (
      NDArray(shape: [values.count], scalars: values, dtype: dtype),
      NDArray(shape: [counts.count], scalars: counts, dtype: .int64),
      NDArray(shape: [inverse.count], scalars: inverse, dtype: .int64),
      NDArray(shape: [firsts.count], scalars: firsts, dtype: .int64)
    )
  }

  /// `np.bincount(x, weights, minlength)`: how often each non-negative integer occurs (or the sum
  /// of its weights).
  public func bincount(weights: NDArray? = nil, minLength: Int = 0) throws(NumpyError) -> NDArray {
    if ndim != 1 { throw .value("object too deep for desired array") }
    if dtype == .float64 { throw .type("Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'") }
    let values = scalars
    if values.contains(where: { $0 < 0 }) { throw .value("'list' argument must have no negative elements") }
    let w = weights?.scalars
    if let w, w.count != values.count { throw .value("The weights and list don't have the same length.") }
    let length = max(Int(values.max() ?? -1) + 1, minLength)
    var out = [Double](repeating: 0, count: length)
    for (i, v) in values.enumerated() { out[Int(v)] += w?[i] ?? 1 }
    return NDArray(shape: [length], scalars: out, dtype: weights == nil ? .int64 : .float64)
  }

  /// `np.searchsorted(a, v, side)`: where each `v` would go in the sorted `a` to keep it sorted.
  public func searchSorted(_ v: NDArray, right: Bool = false) -> NDArray {
    let sortedValues = scalars
    let positions = v.scalars.map { x -> Double in
      var (low, high) = (0, sortedValues.count)
      while low < high {
        let mid = (low + high) / 2
        if right ? !(x < sortedValues[mid]) : sortedValues[mid] < x { low = mid + 1 } else { high = mid }
      }
      return Double(low)
    }
    return NDArray(shape: v.shape, scalars: positions, dtype: .int64)
  }

  /// Applies `body` to each lane along `axis` (the flattened array when nil) and reassembles.
  private func alongAxis(_ axis: Int?, _ body: (ArraySlice<Double>) -> [Double]) throws(NumpyError) -> NDArray {
    guard let axis else {
      return NDArray(shape: [count], scalars: body(scalars[...]), dtype: dtype)
    }
    if ndim == 0 { throw .axis(axis, ndim: 0) }
    let k = try normalizedAxes([axis])[0]
    var order = Array(0..<ndim)
    order.remove(at: k)
    order.append(k)
    let moved = transposed(order)
    let values = moved.scalars
    let length = shape[k]
    var out: [Double] = []
    out.reserveCapacity(values.count)
    var start = 0
    while start < values.count {
      out.append(contentsOf: body(values[start..<(start + length)]))
      start += length
    }
    var inverse = [Int](repeating: 0, count: ndim)
    for (position, axis) in order.enumerated() { inverse[axis] = position }
    return NDArray(shape: moved.shape, scalars: out, dtype: dtype).transposed(inverse).copy()
  }

  /// numpy's sort order: NaN after everything.
  static func ascending(_ x: Double, _ y: Double) -> Bool {
    if x.isNaN { return false }
    if y.isNaN { return true }
    return x < y
  }
}
