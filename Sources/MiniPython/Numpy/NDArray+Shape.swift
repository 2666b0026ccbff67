/// Shape operations: reshape, ravel, squeeze, expand_dims, transpose, swapaxes.
///
/// Where numpy returns a view these do too (transpose always; reshape and ravel of a contiguous
/// array), so writes through the result reach the original.
extension NDArray {
  /// `a.reshape(shape)`, with one extent allowed to be `-1` (inferred).
  ///
  /// - Throws: `ValueError: cannot reshape array of size 6 into shape (4,5)`.
  public func reshaped(_ newShape: consuming [Int]) throws(NumpyError) -> NDArray {
    var unknown = -1
    var unknowns = 0
    var known = 1
    for (axis, extent) in newShape.enumerated() {
      if extent < 0 {
        unknowns += 1
        unknown = axis
      } else {
        known *= extent
      }
    }
    if unknowns > 1 { throw .value("can only specify one unknown dimension") }
    if unknown >= 0 {
      guard known > 0, count % known == 0 else { throw reshapeError(newShape) }
      newShape[unknown] = count / known
    } else if known != count {
      throw reshapeError(newShape)
    }
    let source = contiguous
    let strides = StridedLayout.rowMajorStrides(newShape)
    return NDArray(
      viewing: source, shape: newShape, strides: strides, offset: source.offset,
      count: count, isContiguous: true)
  }

  private func reshapeError(_ newShape: [Int]) -> NumpyError {
    let described = "(" + newShape.map { $0 < 0 ? "newaxis" : String($0) }.joined(separator: ",") + (newShape.count == 1 ? ",)" : ")")
    return .value("cannot reshape array of size \(count) into shape \(described)")
  }

  /// `a.ravel()`: the elements as one axis (a view when contiguous).
  public func raveled() -> NDArray {
    let source = contiguous
    return NDArray(
      viewing: source, shape: StridedLayout.vector(count), strides: StridedLayout.vector(1), offset: source.offset,
      count: count, isContiguous: true)
  }

  /// `a.flatten()`: a 1-D copy.
  public func flattened() -> NDArray {
    NDArray(shape: [count], scalars: scalars, dtype: dtype)
  }

  /// `np.squeeze(a, axis)`: drops axes of extent 1 (all of them when `axes` is nil).
  public func squeezed(axes: [Int]? = nil) throws(NumpyError) -> NDArray {
    let drop: Set<Int>
    if let axes {
      let checked = try normalizedAxes(axes)
      if checked.contains(where: { shape[$0] != 1 }) {
        throw .value("cannot select an axis to squeeze out which has size not equal to one")
      }
      drop = Set(checked)
    } else {
      drop = Set(shape.indices.filter { shape[$0] == 1 })
    }
    let keep = shape.indices.filter { !drop.contains($0) }
    return view(shape: keep.map { shape[$0] }, strides: keep.map { strides[$0] }, offset: offset)
  }

  /// `np.expand_dims(a, axis)`: a new axis of extent 1 at `axis` of the result.
  public func expandedDims(axis: Int) throws(NumpyError) -> NDArray {
    let rank = ndim + 1
    guard axis >= -rank && axis < rank else { throw .axis(axis, ndim: rank) }
    let k = axis < 0 ? axis + rank : axis
    var newShape = shape
    var newStrides = strides
    newShape.insert(1, at: k)
    newStrides.insert(0, at: k)
    return view(shape: newShape, strides: newStrides, offset: offset)
  }

  /// `a.transpose(axes)`: a view with permuted axes (reversed when `axes` is nil); `a.T`.
  ///
  /// - Throws: `ValueError: axes don't match array`.
  public func transposed(axes: [Int]? = nil) throws(NumpyError) -> NDArray {
    guard let axes else { return transpose }
    guard axes.count == ndim else { throw .value("axes don't match array") }
    let order = try normalizedAxes(axes)
    return transposed(order)
  }

  /// `a.swapaxes(i, j)`.
  public func swappedAxes(_ i: Int, _ j: Int) throws(NumpyError) -> NDArray {
    guard i >= -ndim && i < ndim else { throw NumpyError(.axisError, "axis1: axis \(i) is out of bounds for array of dimension \(ndim)") }
    guard j >= -ndim && j < ndim else { throw NumpyError(.axisError, "axis2: axis \(j) is out of bounds for array of dimension \(ndim)") }
    var order = Array(0..<ndim)
    order.swapAt(i < 0 ? i + ndim : i, j < 0 ? j + ndim : j)
    return transposed(order)
  }

  /// The view with axes in `order` (a valid permutation).
  func transposed(_ order: [Int]) -> NDArray {
    view(shape: order.map { shape[$0] }, strides: order.map { strides[$0] }, offset: offset)
  }

  /// `a.T`: the axes reversed (a vector's or a scalar's own layout, in a new view).
  public var transpose: NDArray {
    switch ndim {
    case 0, 1:
      return NDArray(viewing: self, shape: shape, strides: strides, offset: offset, count: count, isContiguous: isContiguous)
    case 2:
      let (newShape, newStrides) = ([shape[1], shape[0]], [strides[1], strides[0]])
      return NDArray(
        viewing: self, shape: newShape, strides: newStrides, offset: offset, count: count,
        isContiguous: StridedLayout.isRowMajor(shape: newShape, strides: newStrides))
    default:
      return transposed(Array((0..<ndim).reversed()))
    }
  }
}
