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
    case "shape": return .tuple(shape.map { .int($0) })
    case "ndim": return .int(ndim)
    case "size": return .int(count)
    case "dtype": return .native(NumpyDTypeObject(dtype))
    case "T": return .native(transpose)
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
    if let position = try elementOffset(key) { return Numpy.scalar(storage.buffer[position], dtype) }
    if let view = try basicView(key) { return .native(view) }
    let index = try Numpy.index(key)
    switch try Numpy.run({ () throws(NumpyError) in try subscripted(index) }) {
    case .scalar(let value, let type): return Numpy.scalar(value, type)
    case .array(let array): return .native(array)
    }
  }

  public func setItem(at key: PyValue, to value: PyValue, in interpreter: Interpreter) throws(PyException) {
    if let number = value.asDouble, let position = try elementOffset(key) {
      storage.buffer[position] = dtype.cast(number)
      return
    }
    let source = try Numpy.array(value)
    if let target = try basicView(key) {
      if source.storage === storage, target.offset == source.offset, target.shape == source.shape,
        target.strides == source.strides
      {
        return  // `x[s] += v` already wrote through the view `x[s]`.
      }
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

  public var floatValue: Double? { count == 1 ? storage.buffer[offset] : nil }

  public var indexValue: Int? { count == 1 && dtype != .float64 ? Int(storage.buffer[offset]) : nil }

  public var isHashable: Bool { false }

  /// The storage offset of `a[i]` or `a[i, j, ...]` when the key is one integer per axis (the
  /// element loops of the course's convolutions), without building an index plan.
  private func elementOffset(_ key: PyValue) throws(PyException) -> Int? {
    switch key {
    case .int(let i) where ndim == 1:
      return offset + (try checkedIndex(i, axis: 0)) * strides[0]
    case .tuple(let items) where items.count == ndim:
      var position = offset
      for (axis, item) in items.enumerated() {
        guard case .int(let i) = item else { return nil }
        position += (try checkedIndex(i, axis: axis)) * strides[axis]
      }
      return position
    default:
      return nil
    }
  }

  /// The view `a[...]` for a key of integers and slices only (the common case), built directly.
  private func basicView(_ key: PyValue) throws(PyException) -> NDArray? {
    let items: [PyValue]
    switch key {
    case .tuple(let parts): items = parts
    case .slice, .int: items = [key]  // X[i] of a matrix is a row view
    default: return nil
    }
    guard items.count <= ndim else { return nil }
    var newShape: [Int] = []
    var newStrides: [Int] = []
    newShape.reserveCapacity(ndim)
    newStrides.reserveCapacity(ndim)
    var position = offset
    for (axis, item) in items.enumerated() {
      switch item {
      case .int(let i):
        position += (try checkedIndex(i, axis: axis)) * strides[axis]
      case .slice(let s):
        let (start, _, step, count) = try s.indices(length: shape[axis])
        if count > 0 { position += start * strides[axis] }
        newShape.append(count)
        newStrides.append(strides[axis] * step)
      default:
        return nil
      }
    }
    for axis in items.count..<ndim {
      newShape.append(shape[axis])
      newStrides.append(strides[axis])
    }
    return view(shape: newShape, strides: newStrides, offset: position)
  }

  private func checkedIndex(_ i: Int, axis: Int) throws(PyException) -> Int {
    let size = shape[axis]
    guard i >= -size && i < size else {
      throw PyException(.indexError, "index \(i) is out of bounds for axis \(axis) with size \(size)")
    }
    return i < 0 ? i + size : i
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
