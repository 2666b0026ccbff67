/// Converting between Python values and arrays.
extension Numpy {
  /// `np.asarray(value)`: an array itself, a Python number as a 0-d array, a (nested) list, tuple
  /// or range as an array whose dtype is the widest of its elements (`bool < int < float`).
  ///
  /// - Throws: `ValueError` for ragged nesting (numpy's "inhomogeneous shape" message),
  ///   `TypeError` for values that are not numbers.
  static func array(_ value: PyValue) throws(PyException) -> NDArray {
    switch value {
    case .native(let object):
      if let array = NDArray.cast(object) { return array }
      if let number = object.floatValue { return NDArray(scalar: number) }
    case .int(let i): return NDArray(scalar: Double(i), dtype: .int64)
    case .float(let d): return NDArray(scalar: d, dtype: .float64)
    case .bool(let b): return NDArray(scalar: b ? 1 : 0, dtype: .bool)
    case .range(let range): return NDArray(shape: [range.count], scalars: (0..<range.count).map { Double(range.element(at: $0)) }, dtype: .int64)
    case .list, .tuple: return try nested(value)
    default: break
    }
    throw PyException(.typeError, "numpy here holds numbers only; cannot make an array from '\(value.typeName)'")
  }

  /// `array(value)` converted to `dtype` when one is given.
  static func array(_ value: PyValue, dtype: DType?) throws(PyException) -> NDArray {
    let result = try array(value)
    guard let dtype, dtype != result.dtype else { return result }
    return result.astype(dtype)
  }

  /// The Python value for an array result: a scalar when it is 0-d, else the array.
  static func wrap(_ array: consuming NDArray) -> PyValue {
    array.ndim == 0 ? scalar(array.first, array.dtype) : .native(array)
  }

  /// A Python number for an element of the given dtype.
  static func scalar(_ value: Double, _ dtype: DType) -> PyValue {
    switch dtype {
    case .float64: return .float(value)
    case .int64: return .int(Int(value))
    case .bool: return .bool(value != 0)
    }
  }

  /// The dtype named by a string, a numpy type (`np.float32`), a dtype object or `float`/`int`/`bool`.
  static func dtype(_ value: PyValue?) throws(PyException) -> DType? {
    guard let value, !value.isNone else { return nil }
    switch value {
    case .str(let name):
      if let type = DType(numpyName: name) { return type }
      throw PyException(.typeError, "data type '\(name)' not understood")
    case .type(let cls):
      if let type = DType(numpyName: cls.name) { return type }
    case .native(let object):
      if let type = object as? NumpyScalarType { return type.dtype }
      if let type = object as? NumpyDTypeObject { return type.dtype }
    default: break
    }
    throw PyException(.typeError, "Cannot interpret '\(value.typeName)' as a data type")
  }

  /// A shape given as an int or a tuple/list of ints.
  static func shape(_ value: PyValue) throws(PyException) -> [Int] {
    if let n = value.asIndex { return [n] }
    let sequence: [PyValue]?
    switch value {
    case .tuple(let items): sequence = items
    case .list(let list): sequence = list.items
    default: sequence = nil
    }
    switch sequence {
    case .some(let items):
      return try [Int](count: items.count) { (shape: UnsafeMutableBufferPointer<Int>) throws(PyException) in
        for (axis, item) in items.enumerated() {
          guard let n = item.asIndex else {
            throw PyException(.typeError, "'\(item.typeName)' object cannot be interpreted as an integer")
          }
          shape[axis] = n
        }
      }
    case .none:
      throw PyException(.typeError, "'\(value.typeName)' object cannot be interpreted as an integer")
    }
  }

  /// An `axis=` argument: nil for None, one int, or a tuple of ints.
  static func axes(_ value: PyValue?) throws(PyException) -> [Int]? {
    guard let value, !value.isNone else { return nil }
    return try shape(value)
  }

  /// A subscript as a list of index components.
  static func index(_ key: PyValue) throws(PyException) -> [NDIndex] {
    if case .tuple(let items) = key {
      var components: [NDIndex] = []
      components.reserveCapacity(items.count)
      for item in items { components.append(try component(item)) }
      return components
    }
    return [try component(key)]
  }

  private static func component(_ key: PyValue) throws(PyException) -> NDIndex {
    switch key {
    case .int(let i): return .integer(i)
    case .bool(let b): return .integer(b ? 1 : 0)
    case .none: return .newAxis
    case .ellipsis: return .ellipsis
    case .slice(let s):
      func part(_ v: PyValue) throws(PyException) -> Int? {
        if v.isNone { return nil }
        guard let i = v.asIndex else {
          throw PyException(.typeError, "slice indices must be integers or None or have an __index__ method")
        }
        return i
      }
      return .slice(start: try part(s.start), stop: try part(s.stop), step: try part(s.step))
    case .native(let object):
      if let array = object as? NDArray {
        if array.ndim == 0 && array.dtype == .int64 { return .integer(Int(array.first)) }
        return .array(array)
      }
    case .list, .range:
      let array = try array(key)
      return .array(array.count == 0 ? array.astype(.int64) : array)
    default: break
    }
    throw PyException(.indexError, "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
  }

  private static func nested(_ value: PyValue) throws(PyException) -> NDArray {
    if let flat = try flatNumbers(value) { return flat }
    var shape: [Int] = []
    var probe = value
    while true {
      if let items = sequence(probe) {
        shape.append(items.count)
        guard let first = items.first else { break }
        probe = first
      } else if case .native(let object) = probe, let inner = object as? NDArray {
        shape += inner.shape
        break
      } else {
        break
      }
    }
    var values: [Double] = []
    values.reserveCapacity(shape.reduce(1, *))
    var type = DType.bool
    var sawElement = false
    try fill(value, depth: 0, shape: shape, values: &values, type: &type, sawElement: &sawElement)
    return NDArray(shape: shape, scalars: values, dtype: sawElement ? type : .float64)
  }

  /// A list or tuple of Python numbers (`np.array([1.0, 2.0, 3.0])`) as a 1-D array in one pass;
  /// nil when an element is anything else (a nested sequence, an array).
  private static func flatNumbers(_ value: PyValue) throws(PyException) -> NDArray? {
    let items: [PyValue]
    switch value {
    case .list(let list): items = list.items
    case .tuple(let elements): items = elements
    default: return nil
    }
    var type = DType.bool
    var values = [Double]()
    values.reserveCapacity(items.count)
    for item in items {
      switch item {
      case .float(let d):
        values.append(d)
        type = .float64
      case .int(let i):
        values.append(Double(i))
        type = DType.promoted(type, .int64)
      case .bool(let b):
        values.append(b ? 1 : 0)
      default:
        return nil
      }
    }
    return NDArray(shape: StridedLayout.vector(items.count), scalars: values, dtype: items.isEmpty ? .float64 : type)
  }

  private static func fill(
    _ value: PyValue, depth: Int, shape: [Int], values: inout [Double], type: inout DType, sawElement: inout Bool
  ) throws(PyException) {
    if depth < shape.count, let items = sequence(value) {
      guard items.count == shape[depth] else { throw ragged(depth, shape) }
      for item in items { try fill(item, depth: depth + 1, shape: shape, values: &values, type: &type, sawElement: &sawElement) }
      return
    }
    if case .native(let object) = value, let inner = object as? NDArray {
      guard Array(shape[depth...]) == inner.shape else { throw ragged(depth, shape) }
      values += inner.scalars
      type = DType.promoted(type, inner.dtype)
      sawElement = true
      return
    }
    guard depth == shape.count else { throw ragged(depth, shape) }
    switch value {
    case .int(let i): values.append(Double(i)); type = DType.promoted(type, .int64)
    case .float(let d): values.append(d); type = .float64
    case .bool(let b): values.append(b ? 1 : 0)
    default:
      if sequence(value) != nil { throw ragged(depth, shape) }
      throw PyException(.typeError, "numpy here holds numbers only; cannot put '\(value.typeName)' in an array")
    }
    sawElement = true
  }

  private static func sequence(_ value: PyValue) -> [PyValue]? {
    switch value {
    case .list(let list): return list.items
    case .tuple(let items): return items
    case .range(let range): return (0..<range.count).map { .int(range.element(at: $0)) }
    default: return nil
    }
  }

  private static func ragged(_ depth: Int, _ shape: [Int]) -> PyException {
    PyException(
      .valueError,
      "setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(NumpyError.tuple(Array(shape.prefix(depth)))) + inhomogeneous part."
    )
  }
}
