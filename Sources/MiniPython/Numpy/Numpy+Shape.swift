/// Shape functions: reshape, ravel, squeeze, expand_dims, transpose, swapaxes, and joining:
/// concatenate, stack, vstack, hstack, append, column_stack, pad, tile, repeat.
extension Numpy {
  static let shape: [BuiltinFunction] = [
    function("reshape", "reshape(a, newshape)", "The elements under a new shape; one extent may be -1.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let newShape = try Numpy.shape(try arguments.required("newshape", at: 1))
      return .native(try run { () throws(NumpyError) in try a.reshaped(newShape) })
    },
    function("ravel", "ravel(a)", "The elements as one axis (a view when possible).") { arguments throws(PyException) in
      .native(try array(try arguments.required("a", at: 0)).raveled())
    },
    function("squeeze", "squeeze(a, axis=None)", "Removes axes of length 1.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let axes = try axes(arguments.value("axis", at: 1))
      return .native(try run { () throws(NumpyError) in try a.squeezed(axes: axes) })
    },
    function("expand_dims", "expand_dims(a, axis)", "Inserts an axis of length 1 at position axis.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let axis = try arguments.int("axis", at: 1)
      return .native(try run { () throws(NumpyError) in try a.expandedDims(axis: axis) })
    },
    function("transpose", "transpose(a, axes=None)", "Permutes the axes (reverses them by default); a view.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let axes = try axes(arguments.value("axes", at: 1))
      return .native(try run { () throws(NumpyError) in try a.transposed(axes: axes) })
    },
    function("swapaxes", "swapaxes(a, axis1, axis2)", "Interchanges two axes; a view.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let (i, j) = (try arguments.int("axis1", at: 1), try arguments.int("axis2", at: 2))
      return .native(try run { () throws(NumpyError) in try a.swappedAxes(i, j) })
    },
    function("concatenate", "concatenate(arrays, axis=0)", "Joins arrays along an existing axis.") { arguments throws(PyException) in
      let arrays = try sequenceOfArrays(try arguments.required("arrays", at: 0), arguments)
      let axis = try arguments.int("axis", at: 1, default: 0)
      return .native(try run { () throws(NumpyError) in try NDArray.concatenate(arrays, axis: axis) })
    },
    function("stack", "stack(arrays, axis=0)", "Joins equal-shaped arrays along a new axis.") { arguments throws(PyException) in
      let arrays = try sequenceOfArrays(try arguments.required("arrays", at: 0), arguments)
      let axis = try arguments.int("axis", at: 1, default: 0)
      return .native(try run { () throws(NumpyError) in try NDArray.stack(arrays, axis: axis) })
    },
    function("vstack", "vstack(tup)", "Stacks arrays as rows (1-D arrays become rows).") { arguments throws(PyException) in
      let arrays = try sequenceOfArrays(try arguments.required("tup", at: 0), arguments)
      return .native(try run { () throws(NumpyError) in try NDArray.vstack(arrays) })
    },
    function("hstack", "hstack(tup)", "Joins arrays along the second axis (the first for 1-D arrays).") { arguments throws(PyException) in
      let arrays = try sequenceOfArrays(try arguments.required("tup", at: 0), arguments)
      return .native(try run { () throws(NumpyError) in try NDArray.hstack(arrays) })
    },
    function("append", "append(arr, values, axis=None)", "arr with values appended: both flattened without axis, joined along axis with one.") { arguments throws(PyException) in
      let a = try array(try arguments.required("arr", at: 0))
      let values = try array(try arguments.required("values", at: 1))
      let axis = try arguments.int("axis", at: 2, default: nil)
      return .native(try run { () throws(NumpyError) in
        guard let axis else { return try NDArray.concatenate([a.raveled(), values.raveled()], axis: 0) }
        return try NDArray.concatenate([a, values], axis: axis)
      })
    },
    function("column_stack", "column_stack(tup)", "Stacks 1-D arrays as columns of a 2-D array.") { arguments throws(PyException) in
      let arrays = try sequenceOfArrays(try arguments.required("tup", at: 0), arguments)
      return .native(try run { () throws(NumpyError) in try NDArray.columnStack(arrays) })
    },
    function("pad", "pad(array, pad_width, mode='constant', constant_values=0)", "Pads with a constant: pad_width is n, (before, after), or one pair per axis.") { arguments throws(PyException) in
      let a = try array(try arguments.required("array", at: 0))
      let widths = try padWidths(try arguments.required("pad_width", at: 1), rank: a.ndim)
      if let mode = try arguments.string("mode", at: 2), mode != "constant" {
        throw PyException(.valueError, "only mode='constant' is supported here, got '\(mode)'")
      }
      let value = try padValue(arguments.value("constant_values"))
      return .native(try run { () throws(NumpyError) in try a.padded(widths, value: value) })
    },
    function("tile", "tile(A, reps)", "Repeats the whole array reps times along each axis.") { arguments throws(PyException) in
      let a = try array(try arguments.required("A", at: 0))
      let reps = try Numpy.shape(try arguments.required("reps", at: 1))
      return .native(try run { () throws(NumpyError) in try a.tiled(reps) })
    },
    function("repeat", "repeat(a, repeats, axis=None)", "Repeats each element (or slice along axis).") { arguments throws(PyException) in
      try repeated(try array(try arguments.required("a", at: 0)), arguments, offset: 1)
    },
    function("atleast_2d", "atleast_2d(a)", "The array with at least two axes.") { arguments throws(PyException) in
      .native(try array(try arguments.required("a", at: 0)).atLeast2D())
    },
    function("shape", "shape(a)", "The shape of an array as a tuple.") { arguments throws(PyException) in
      .tuple(try array(try arguments.required("a", at: 0)).shape.map { .int($0) })
    },
    function("size", "size(a)", "The number of elements.") { arguments throws(PyException) in
      .int(try array(try arguments.required("a", at: 0)).count)
    },
    function("ndim", "ndim(a)", "The number of axes.") { arguments throws(PyException) in
      .int(try array(try arguments.required("a", at: 0)).ndim)
    },
  ]

  static func repeated(_ a: NDArray, _ arguments: Arguments, offset: Int) throws(PyException) -> PyValue {
    let repeats = try Numpy.shape(try arguments.required("repeats", at: offset))
    let axis = try arguments.int("axis", at: offset + 1, default: nil)
    return .native(try run { () throws(NumpyError) in try a.repeated(repeats, axis: axis) })
  }

  /// The arrays of a list or tuple argument (`np.concatenate([a, b])`).
  static func sequenceOfArrays(_ value: PyValue, _ arguments: Arguments) throws(PyException) -> [NDArray] {
    if case .native(let object) = value, let a = object as? NDArray {
      return try (0..<(a.shape.first ?? 0)).map { (i) throws(PyException) -> NDArray in
        try run { () throws(NumpyError) in try a.subscriptedArray([.integer(i)]) }
      }
    }
    var arrays: [NDArray] = []
    for item in try arguments.interpreter.collect(value) { arrays.append(try array(item)) }
    return arrays
  }

  /// `constant_values`: one number, or (before, after) pairs that must all be equal here.
  private static func padValue(_ value: PyValue?) throws(PyException) -> Double {
    guard let value, !value.isNone else { return 0 }
    let values = try array(value).scalars
    guard let first = values.first, values.allSatisfy({ $0 == first }) else {
      throw PyException(.valueError, "different constant_values per side are not supported here; pass one number")
    }
    return first
  }

  private static func padWidths(_ value: PyValue, rank: Int) throws(PyException) -> [(before: Int, after: Int)] {
    let widths = try array(value)
    let values = widths.scalars.map { Int($0) }
    if widths.count == 1 { return Array(repeating: (values[0], values[0]), count: rank) }
    if widths.ndim == 1 && widths.count == 2 { return Array(repeating: (values[0], values[1]), count: rank) }
    guard widths.shape == [rank, 2] else {
      throw PyException(.valueError, "operands could not be broadcast together with remapped shapes [original->remapped]: \(NumpyError.compact(widths.shape))  and requested shape (\(rank),2)")
    }
    return (0..<rank).map { (values[2 * $0], values[2 * $0 + 1]) }
  }
}
