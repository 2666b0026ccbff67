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

  /// Whether `mask` is a boolean array of this array's shape (`dZ[Z <= 0]`), which `selecting(mask:)`
  /// and `fill(_:where:)` take directly, without an index plan.
  func selectsByMask(_ mask: NDArray) -> Bool {
    mask.dtype == .bool && ndim > 0 && mask.shape == shape
  }

  /// `self[mask]` for a mask of this array's shape: the elements where it is true, row-major, as a
  /// new 1-D array of shape `(mask.sum(),)`.
  ///
  /// - Precondition: `selectsByMask(mask)`.
  func selecting(mask: NDArray) -> NDArray {
    precondition(selectsByMask(mask), "mask of shape \(mask.shape) for an array of shape \(shape)")
    if count == 0 { return NDArray(shape: [0], scalars: [], dtype: dtype) }
    let flags = mask.isContiguous ? mask : mask.copy()
    let (n, start, type) = (count, offset, dtype)
    return flags.storage.buffer.withUnsafeBufferPointer { flagStorage in
      let m = flagStorage.baseAddress! + flags.offset
      var selected = 0
      for i in 0..<n { selected &+= m[i] != 0 ? 1 : 0 }
      // One spare slot: the loops below store every element and advance only past the selected
      // ones, without a branch on the mask.
      let values = [Double](unsafeUninitializedCapacity: selected + 1) { out, initialized in
        let to = out.baseAddress!
        var next = 0
        storage.buffer.withUnsafeBufferPointer { source in
          if isContiguous {
            let from = source.baseAddress! + start
            for i in 0..<n {
              to[next] = from[i]
              next &+= m[i] != 0 ? 1 : 0
            }
          } else {
            var i = 0
            layout.forEachOffset { position in
              to[next] = source[position]
              next &+= m[i] != 0 ? 1 : 0
              i &+= 1
            }
          }
        }
        initialized = selected
      }
      return NDArray(shape: StridedLayout.vector(selected), scalars: values, dtype: type)
    }
  }

  /// `self[mask] = value` for a mask of this array's shape: `value` (cast to this dtype) where the
  /// mask is true, through this array's layout.
  ///
  /// - Precondition: `selectsByMask(mask)`.
  func fill(_ value: Double, where mask: NDArray) {
    precondition(selectsByMask(mask), "mask of shape \(mask.shape) for an array of shape \(shape)")
    if count == 0 { return }
    let flags = mask.isContiguous && mask.storage !== storage ? mask : mask.copy()
    let (n, start, v) = (count, offset, dtype.cast(value))
    flags.storage.buffer.withUnsafeBufferPointer { flagStorage in
      let m = flagStorage.baseAddress! + flags.offset
      storage.buffer.withUnsafeMutableBufferPointer { destination in
        if isContiguous {
          let to = destination.baseAddress! + start
          for i in 0..<n { to[i] = m[i] != 0 ? v : to[i] }
        } else {
          var i = 0
          layout.forEachOffset { position in
            if m[i] != 0 { destination[position] = v }
            i &+= 1
          }
        }
      }
    }
  }
}
