/// Splitting arrays and converting flat indices: split, array_split, unravel_index, diag, trace.
extension Numpy {
  static let splitting: [BuiltinFunction] = [
    function("array_split", "array_split(ary, indices_or_sections, axis=0)", "Splits into n nearly equal parts (the first ones one longer), or at the given indices.") { arguments throws(PyException) in
      try split(arguments, requireEqual: false)
    },
    function("split", "split(ary, indices_or_sections, axis=0)", "Splits into n equal parts, or at the given indices.") { arguments throws(PyException) in
      try split(arguments, requireEqual: true)
    },
    function("unravel_index", "unravel_index(indices, shape)", "The multi-index of a flat index into an array of the given shape.") { arguments throws(PyException) in
      let shape = try shape(try arguments.required("shape", at: 1))
      let flat = try array(try arguments.required("indices", at: 0))
      let total = shape.reduce(1, *)
      var coordinates = [[Double]](repeating: [], count: shape.count)
      for value in flat.scalars {
        var rest = Int(value)
        guard rest >= 0 && rest < total else {
          throw PyException(.valueError, "index \(rest) is out of bounds for array with size \(total)")
        }
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
          coordinates[axis].append(Double(rest % shape[axis]))
          rest /= shape[axis]
        }
      }
      return .tuple(coordinates.map { wrap(NDArray(shape: flat.shape, scalars: $0, dtype: .int64)) })
    },
    function("diag", "diag(v, k=0)", "The k-th diagonal of a matrix, or a matrix with v on its k-th diagonal.") { arguments throws(PyException) in
      let v = try array(try arguments.required("v", at: 0))
      let k = try arguments.int("k", at: 1, default: 0)
      if v.ndim == 1 {
        let n = v.count + Swift.abs(k)
        let result = try run { () throws(NumpyError) in try NDArray.full([n, n], 0, dtype: v.dtype) }
        for (i, x) in v.scalars.enumerated() {
          result.storage.buffer[(k >= 0 ? i : i - k) * n + (k >= 0 ? i + k : i)] = x
        }
        return .native(result)
      }
      guard v.ndim == 2 else { throw PyException(.valueError, "Input must be 1- or 2-d.") }
      let values = v.scalars
      let (rows, columns) = (v.shape[0], v.shape[1])
      let diagonal = (0..<rows).compactMap { i -> Double? in
        let j = i + k
        return j >= 0 && j < columns ? values[i * columns + j] : nil
      }
      return .native(NDArray(shape: [diagonal.count], scalars: diagonal, dtype: v.dtype))
    },
    function("trace", "trace(a)", "The sum of the main diagonal.") { arguments throws(PyException) in
      let a = try array(try arguments.required("a", at: 0))
      guard a.ndim == 2 else { throw PyException(.valueError, "diag requires an array of at least two dimensions") }
      let values = a.scalars
      let total = (0..<min(a.shape[0], a.shape[1])).reduce(0.0) { $0 + values[$1 * a.shape[1] + $1] }
      return scalar(total, a.dtype == .float64 ? .float64 : .int64)
    },
  ]

  private static func split(_ arguments: Arguments, requireEqual: Bool) throws(PyException) -> PyValue {
    let a = try array(try arguments.required("ary", at: 0))
    let how = try arguments.required("indices_or_sections", at: 1)
    let axis = try arguments.int("axis", at: 2, default: 0)
    let k = try run { () throws(NumpyError) in try a.normalizedAxes([axis])[0] }
    let length = a.shape[k]
    var bounds: [Int] = [0]
    if let sections = how.asIndex {
      guard sections > 0 else { throw PyException(.valueError, "number sections must be larger than 0.") }
      if requireEqual && length % sections != 0 {
        throw PyException(.valueError, "array split does not result in an equal division")
      }
      let (size, extra) = (length / sections, length % sections)
      for i in 0..<sections { bounds.append(bounds[i] + size + (i < extra ? 1 : 0)) }
    } else {
      bounds += try shape(how).map { Swift.min(Swift.max($0 < 0 ? $0 + length : $0, 0), length) }
      bounds.append(length)
    }
    var parts: [PyValue] = []
    for i in 0..<(bounds.count - 1) {
      var index = [NDIndex](repeating: .all, count: a.ndim)
      index[k] = .slice(start: bounds[i], stop: Swift.max(bounds[i + 1], bounds[i]), step: nil)
      parts.append(.native(try run { () throws(NumpyError) in try a.subscriptedArray(index) }))
    }
    return .list(PyList(parts))
  }
}
