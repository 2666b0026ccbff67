/// Set operations on flattened arrays: `intersect1d`, `union1d`, `setdiff1d`, `isin`, `in1d`.
extension Numpy {
  static let setOperations: [BuiltinFunction] = [
    function("intersect1d", "intersect1d(ar1, ar2, assume_unique=False, return_indices=False)", "The sorted values in both arrays; return_indices=True also gives where each first occurs in ar1 and ar2.") { arguments throws(PyException) in
      let (a, b) = (try array(try arguments.required("ar1", at: 0)), try array(try arguments.required("ar2", at: 1)))
      let assumeUnique = try arguments.bool("assume_unique", at: 2, default: false)
      let result = NDArray.intersect1d(a, b, assumeUnique: assumeUnique)
      guard try arguments.bool("return_indices", at: 3, default: false) else { return .native(result.values) }
      return .tuple([.native(result.values), .native(result.indicesInA), .native(result.indicesInB)])
    },
    function("union1d", "union1d(ar1, ar2)", "The sorted distinct values of either array.") { arguments throws(PyException) in
      .native(NDArray.union1d(try array(try arguments.required("ar1", at: 0)), try array(try arguments.required("ar2", at: 1))))
    },
    function("setdiff1d", "setdiff1d(ar1, ar2, assume_unique=False)", "The sorted distinct values of ar1 that are not in ar2.") { arguments throws(PyException) in
      let (a, b) = (try array(try arguments.required("ar1", at: 0)), try array(try arguments.required("ar2", at: 1)))
      return .native(NDArray.setdiff1d(a, b, assumeUnique: try arguments.bool("assume_unique", at: 2, default: false)))
    },
    function("isin", "isin(element, test_elements, assume_unique=False, invert=False)", "Whether each element is in test_elements, as a boolean array of element's shape.") { arguments throws(PyException) in
      let element = try array(try arguments.required("element", at: 0))
      let tests = try array(try arguments.required("test_elements", at: 1))
      return wrap(element.isIn(tests, invert: try arguments.bool("invert", at: 3, default: false)))
    },
    function("in1d", "in1d(ar1, ar2, assume_unique=False, invert=False)", "Whether each element of ar1 (flattened) is in ar2; numpy 2 prefers isin.") { arguments throws(PyException) in
      let a = try array(try arguments.required("ar1", at: 0))
      let tests = try array(try arguments.required("ar2", at: 1))
      let flat = NDArray(shape: [a.count], scalars: a.scalars, dtype: a.dtype)
      return .native(flat.isIn(tests, invert: try arguments.bool("invert", at: 3, default: false)))
    },
  ]
}
