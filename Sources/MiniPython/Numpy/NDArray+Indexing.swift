/// Reading and writing through numpy subscripts (`NDIndex`).
extension NDArray {
  /// What a subscript selects: one element (all axes indexed by integers) or an array.
  public enum Selection {
    case scalar(Double, DType)
    /// A view for basic indexing, a new array for advanced indexing.
    case array(NDArray)
  }

  /// `self[index]` as numpy reads it.
  ///
  /// - Throws: `IndexError` for an out-of-bounds index, too many indices, a mask of the wrong
  ///   shape or index arrays that do not broadcast; `ValueError` for a zero slice step.
  public func subscripted(_ index: [NDIndex]) throws(NumpyError) -> Selection {
    let plan = try IndexPlan(self, index)
    if plan.advanced.isEmpty {
      if plan.isElement { return .scalar(storage.buffer[plan.offset], dtype) }
      return .array(view(shape: plan.basicShape, strides: plan.basicStrides, offset: plan.offset))
    }
    let shape = plan.resultShape
    let n = shape.reduce(1, *)
    let out = [Double](unsafeUninitializedCapacity: n) { buffer, initialized in
      storage.buffer.withUnsafeBufferPointer { source in
        if let from = source.baseAddress, let to = buffer.baseAddress { plan.gather(from: from, into: to) }
      }
      initialized = n
    }
    return .array(NDArray(shape: shape, scalars: out, dtype: dtype))
  }

  /// `self[index]` as an array (a 0-d array for a single element).
  public func subscriptedArray(_ index: [NDIndex]) throws(NumpyError) -> NDArray {
    switch try subscripted(index) {
    case .scalar(let value, let type): return NDArray(scalar: value, dtype: type)
    case .array(let array): return array
    }
  }

  /// `self[index] = value`, broadcasting `value` to the selection and casting it to this dtype.
  ///
  /// Writes go to this array's storage, so they show in every view of it. With repeated fancy
  /// indices the last write wins, as in numpy.
  ///
  /// - Throws: the errors of `subscripted`, and `ValueError` when `value` does not broadcast.
  public func assign(_ value: NDArray, at index: [NDIndex]) throws(NumpyError) {
    let plan = try IndexPlan(self, index)
    if plan.advanced.isEmpty {
      return try view(shape: plan.basicShape, strides: plan.basicStrides, offset: plan.offset)
        .assign(broadcasting: value)
    }
    let target = plan.resultShape
    let values: [Double]
    do {
      values = try value.scalars(broadcastTo: target)
    } catch {
      if plan.isSingleMask && value.ndim <= 1 {
        throw .value(
          "NumPy boolean array indexing assignment cannot assign \(value.count) input values to the \(target.reduce(1, *)) output values where the mask is true"
        )
      }
      throw .value(
        "shape mismatch: value array of shape \(NumpyError.compact(value.shape)) could not be broadcast to indexing result of shape \(NumpyError.compact(target))"
      )
    }
    let type = dtype
    values.withUnsafeBufferPointer { source in
      storage.buffer.withUnsafeMutableBufferPointer { destination in
        var next = 0
        plan.forEachOffset { position in
          destination[position] = type.cast(source[next])
          next += 1
        }
      }
    }
  }
}
