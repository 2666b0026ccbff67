/// Sorting and counting: sort, argsort, unique, bincount, searchsorted.
extension Numpy {
  static let sorting: [BuiltinFunction] = [
    function("sort", "sort(a, axis=-1)", "A sorted copy (NaN last); axis=None sorts the flattened array.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let axis = try sortAxis(arguments, offset: 1)
      return .native(try run { () throws(NumpyError) in try a.sorted(axis: axis) })
    },
    function("argsort", "argsort(a, axis=-1)", "The indices that sort the array (a stable sort).") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let axis = try sortAxis(arguments, offset: 1)
      return .native(try run { () throws(NumpyError) in try a.argsorted(axis: axis) })
    },
    function("unique", "unique(ar, return_index=False, return_inverse=False, return_counts=False)", "The sorted distinct values, optionally with first indices, inverse indices and counts.") { arguments throws(PyException) in
      let a = try array(try arguments.required("ar", at: 0))
      let result = a.unique()
      var outputs: [PyValue] = [.native(result.values)]
      if try arguments.bool("return_index", at: 1, default: false) { outputs.append(.native(result.firstIndices)) }
      if try arguments.bool("return_inverse", at: 2, default: false) { outputs.append(.native(result.inverse)) }
      if try arguments.bool("return_counts", at: 3, default: false) { outputs.append(.native(result.counts)) }
      return outputs.count == 1 ? outputs[0] : .tuple(outputs)
    },
    function("bincount", "bincount(x, weights=None, minlength=0)", "How often each non-negative integer occurs in x (or the sum of its weights).") { arguments throws(PyException) in
      let x = try array(try arguments.required("x", at: 0))
      let weights = try optionalArray(arguments, "weights", at: 1)
      let minLength = try arguments.int("minlength", at: 2, default: 0)
      return .native(try run { () throws(NumpyError) in try x.bincount(weights: weights, minLength: minLength) })
    },
    function("searchsorted", "searchsorted(a, v, side='left')", "Indices where v would be inserted to keep a sorted.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      let v = try array(try arguments.required("v", at: 1))
      let side = try arguments.string("side", at: 2) ?? "left"
      return wrap(a.searchSorted(v, right: side == "right"))
    },
  ]

  static func sortAxis(_ arguments: Arguments, offset: Int) throws(PyException) -> Int? {
    guard let value = try arguments.value("axis", at: offset) else { return -1 }
    if value.isNone { return nil }
    guard let axis = value.asIndex else { throw PyException(.typeError, "'\(value.typeName)' object cannot be interpreted as an integer") }
    return axis
  }
}
