/// `NDArray` as a Python object: `numpy.ndarray`.
///
/// Attributes `.shape .ndim .size .dtype .T`, the methods of `NDArray+PythonMethods.swift`,
/// operators with broadcasting (`@` is `matmul`; `2 * x` reflects), in-place operators that write
/// through views, subscripts (`NDIndex`), iteration over the first axis, `len`, and `float(x)` /
/// `int(x)` of one-element arrays (as numpy 1.x allowed).
extension NDArray: NativeObject {
  /// `np.ndarray`, for `isinstance(x, np.ndarray)`.
  static let pythonClass = PyClass(builtin: "numpy.ndarray", constructor: nil) { value in
    if case .native(let object) = value { return object is NDArray }
    return false
  }

  public var typeName: String { "numpy.ndarray" }

  public func repr(in interpreter: Interpreter) throws(PyException) -> String {
    represented(options: NumpySession.of(interpreter)?.printOptions ?? NumpyPrintOptions())
  }

  public func str(in interpreter: Interpreter) throws(PyException) -> String {
    formatted(options: NumpySession.of(interpreter)?.printOptions ?? NumpyPrintOptions())
  }

  public func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    switch name {
    case "shape": return .tuple(shapeValues)
    case "T": return .native(transpose)
    case "ndim": return .int(ndim)
    case "size": return .int(count)
    case "dtype": return .native(NumpyDTypeObject(dtype))
    case "itemsize": return .int(dtype == .bool ? 1 : 8)
    case "nbytes": return .int(count * (dtype == .bool ? 1 : 8))
    case "strides": return .tuple(strides.map { .int($0 * (dtype == .bool ? 1 : 8)) })
    default: return method(named: name).map { .builtin($0) }
    }
  }

  public var attributeNames: [String] {
    ["T", "dtype", "itemsize", "nbytes", "ndim", "shape", "size", "strides"] + NDArray.methodNames
  }

  public func item(at key: PyValue, in interpreter: Interpreter) throws(PyException) -> PyValue {
    switch key {
    case .int(let i) where ndim > 0:
      let position = offset + (try checkedIndex(i, axis: 0)) * strides[0]
      if ndim == 1 { return Numpy.scalar(storageAddress[position], dtype) }
      return .native(row(at: position))
    case .tuple(let items):
      if items.count == ndim, let position = try elementOffset(items) {
        return Numpy.scalar(storageAddress[position], dtype)
      }
      if let view = try basicView(items) { return .native(view) }
      if let direct = directIndex(key) { return .native(try Numpy.run { () throws(NumpyError) in try selecting(direct) }) }
    case .slice:
      if let view = try basicView(CollectionOfOne(key)) { return .native(view) }
    case .native(let object):
      if let mask = NDArray.cast(object), selectsByMask(mask) { return .native(selecting(mask: mask)) }
      if let direct = directIndex(key) { return .native(try Numpy.run { () throws(NumpyError) in try selecting(direct) }) }
    default:
      break
    }
    let index = try Numpy.index(key)
    switch try Numpy.run({ () throws(NumpyError) in try subscripted(index) }) {
    case .scalar(let value, let type): return Numpy.scalar(value, type)
    case .array(let array): return .native(array)
    }
  }

  public func setItem(at key: PyValue, to value: PyValue, in interpreter: Interpreter) throws(PyException) {
    if let number = value.asDouble {
      if let position = try elementOffset(key) {
        storage.buffer[position] = dtype.cast(number)
        return
      }
      if NDArray.pythonNumber(value) != nil, case .native(let object) = key, let mask = NDArray.cast(object),
        selectsByMask(mask)
      {
        fill(number, where: mask)
        return
      }
      if let view = try basicView(key) {
        // x[i] = 1 on a matrix, a[:, 0] = 0: the selected elements set in place, without making
        // an array of the number.
        let fill = dtype.cast(number)
        storage.buffer.withUnsafeMutableBufferPointer { buffer in
          view.layout.forEachOffset { buffer[$0] = fill }
        }
        return
      }
    }
    let source = try Numpy.array(value)
    if let direct = directIndex(key),
      try Numpy.run({ () throws(NumpyError) in try assign(source, at: direct) })
    {
      return
    }
    if try selectsView(key, source) { return }  // `x[s] += v` already wrote through the view `x[s]`.
    if let target = try basicView(key) {
      try Numpy.run { () throws(NumpyError) in try target.assign(broadcasting: source) }
      return
    }
    let index = try Numpy.index(key)
    try Numpy.run { () throws(NumpyError) in
      if source.storage === storage, case .array(let target) = try subscripted(index),
        target.offset == source.offset, target.shape == source.shape, target.strides == source.strides
      {
        return
      }
      try assign(source, at: index)
    }
  }

  public func binary(_ op: BinaryOperator, _ other: PyValue, reflected: Bool, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    guard let operation = NDArray.operation(op, dtype: dtype) else { return nil }
    if op != .matrixMultiply, let (value, type) = NDArray.pythonNumber(other) {
      return Numpy.wrap(try Numpy.run { () throws(NumpyError) in
        try NDArray.binary(operation, self, scalar: value, scalarType: type, scalarFirst: reflected)
      })
    }
    guard let operand = NDArray.operand(other) else { return nil }
    let (a, b) = reflected ? (operand, self) : (self, operand)
    let result = try Numpy.run { () throws(NumpyError) in
      op == .matrixMultiply ? try NDArray.matmul(a, b) : try NDArray.binary(operation, a, b)
    }
    return Numpy.wrap(result)
  }

  public func inPlace(_ op: BinaryOperator, _ other: PyValue, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    guard op != .matrixMultiply, let operation = NDArray.operation(op, dtype: dtype) else { return nil }
    if let (value, type) = NDArray.pythonNumber(other) {
      try Numpy.run { () throws(NumpyError) in try applyInPlace(operation, scalar: value, scalarType: type) }
      return .native(self)
    }
    guard let operand = NDArray.operand(other) else { return nil }
    try Numpy.run { () throws(NumpyError) in try applyInPlace(operation, operand) }
    return .native(self)
  }

  public func unary(_ op: UnaryOperator, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    let operation: UnaryOperation
    switch op {
    case .negate: operation = .negative
    case .plus: operation = .positive
    case .invert: operation = .invert
    case .absolute: operation = .absolute
    }
    return Numpy.wrap(try Numpy.run { () throws(NumpyError) in try apply(operation) })
  }

  public func truthValue(in interpreter: Interpreter) throws(PyException) -> Bool {
    if count == 1 { return first != 0 }
    if count == 0 {
      throw PyException(.valueError, "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
    }
    throw PyException(.valueError, "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
  }

  public func length(in interpreter: Interpreter) throws(PyException) -> Int? {
    guard let first = shape.first else { throw PyException(.typeError, "len() of unsized object") }
    return first
  }

  public func makeIterator(in interpreter: Interpreter) throws(PyException) -> PyIterator? {
    guard ndim > 0 else { throw PyException(.typeError, "iteration over a 0-d array") }
    var i = 0
    return PyIterator(typeName: "iterator") { () throws(PyException) -> PyValue? in
      guard i < self.shape[0] else { return nil }
      defer { i += 1 }
      return try self.item(at: .int(i), in: interpreter)
    }
  }

  public func contains(_ value: PyValue, in interpreter: Interpreter) throws(PyException) -> Bool? {
    guard let operand = NDArray.operand(value) else { return false }
    let equal = try Numpy.run { () throws(NumpyError) in try NDArray.binary(.equal, self, operand) }
    return equal.scalars.contains { $0 != 0 }
  }

  public var floatValue: Double? { count == 1 ? readAddress[0] : nil }

  public var indexValue: Int? { count == 1 && dtype != .float64 ? Int(readAddress[0]) : nil }

  public var isHashable: Bool { false }

  /// `a.shape` as Python ints.
  private var shapeValues: [PyValue] {
    // Array literals for the common ranks: their storage type is resolved once, where a generic
    // build (`map`) looks it up on every call.
    switch shape.count {
    case 1: return [.int(shape[0])]
    case 2: return [.int(shape[0]), .int(shape[1])]
    case 3: return [.int(shape[0]), .int(shape[1]), .int(shape[2])]
    case 4: return [.int(shape[0]), .int(shape[1]), .int(shape[2]), .int(shape[3])]
    default: return shape.map { .int($0) }
    }
  }

  /// The ufunc behind a Python operator; `&`, `|`, `^` are logical on booleans.
  private static func operation(_ op: BinaryOperator, dtype: DType) -> BinaryOperation? {
    switch op {
    case .add: return .add
    case .subtract: return .subtract
    case .multiply: return .multiply
    case .trueDivide: return .divide
    case .floorDivide: return .floorDivide
    case .modulo: return .remainder
    case .power: return .power
    case .matrixMultiply: return .multiply
    case .bitAnd: return .bitwiseAnd
    case .bitOr: return .bitwiseOr
    case .bitXor: return .bitwiseXor
    case .equal: return .equal
    case .notEqual: return .notEqual
    case .less: return .less
    case .lessEqual: return .lessEqual
    case .greater: return .greater
    case .greaterEqual: return .greaterEqual
    case .leftShift, .rightShift: return nil
    }
  }

  /// A Python number as a value and the dtype numpy gives it.
  static func pythonNumber(_ value: PyValue) -> (Double, DType)? {
    switch value {
    case .int(let i): return (Double(i), .int64)
    case .float(let d): return (d, .float64)
    case .bool(let b): return (b ? 1 : 0, .bool)
    default: return nil
    }
  }

  /// The other operand as an array, or nil when numpy would not take it (NotImplemented).
  private static func operand(_ value: PyValue) -> NDArray? {
    switch value {
    case .native(let object): return NDArray.cast(object)
    case .int(let i): return NDArray(scalar: Double(i), dtype: .int64)
    case .float(let d): return NDArray(scalar: d, dtype: .float64)
    case .bool(let b): return NDArray(scalar: b ? 1 : 0, dtype: .bool)
    case .list, .tuple: return try? Numpy.array(value)
    default: return nil
    }
  }
}
