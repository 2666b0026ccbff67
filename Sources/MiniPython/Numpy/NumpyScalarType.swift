/// `np.float64`, `np.int64`, `np.float32`, ...: numpy's scalar types, usable as dtypes
/// (`astype(np.float32)`, `dtype=np.int64`) and as converters (`np.float64(3)` is `3.0`).
///
/// The float types map to `float64` and the integer types to `int64` (see `DType`); calling one
/// returns a Python number, or an array converted to the dtype.
final class NumpyScalarType: NativeObject {
  let name: String
  let dtype: DType

  init(_ name: String, _ dtype: DType) {
    self.name = name
    self.dtype = dtype
  }

  /// The module members, by name.
  static var all: [(String, NumpyScalarType)] {
    let table: [(String, DType)] = [
      ("float64", .float64), ("float32", .float64), ("float16", .float64), ("double", .float64),
      ("int64", .int64), ("int32", .int64), ("int16", .int64), ("int8", .int64), ("uint8", .int64),
      ("intp", .int64), ("int_", .int64), ("bool_", .bool),
    ]
    return table.map { ($0.0, NumpyScalarType($0.0, $0.1)) }
  }

  var typeName: String { "type" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String { "<class 'numpy.\(name)'>" }

  func call(_ arguments: Arguments) throws(PyException) -> PyValue? {
    try arguments.expectCount(0...1)
    guard arguments.count == 1 else { return Numpy.scalar(0, dtype) }
    let value = try Numpy.array(arguments[0])
    if value.ndim == 0 { return Numpy.scalar(dtype.cast(value.first), dtype) }
    return .native(value.astype(dtype))
  }

  func binary(_ op: BinaryOperator, _ other: PyValue, reflected: Bool, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    guard op == .equal || op == .notEqual else { return nil }
    let same = (try? Numpy.dtype(other)).flatMap { $0 } == dtype
    return .bool(op == .equal ? same : !same)
  }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    name == "__name__" ? .str(self.name) : nil
  }
}

/// `a.dtype`: prints as `float64`, compares equal to `np.float64`, `'float64'` and `float`.
final class NumpyDTypeObject: NativeObject {
  let dtype: DType

  init(_ dtype: DType) {
    self.dtype = dtype
  }

  var typeName: String { "numpy.dtype" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String { "dtype('\(dtype.name)')" }

  func str(in interpreter: Interpreter) throws(PyException) -> String { dtype.name }

  func attribute(_ name: String, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    switch name {
    case "name": return .str(dtype.name)
    case "kind": return .str(dtype == .float64 ? "f" : dtype == .int64 ? "i" : "b")
    case "itemsize": return .int(dtype == .bool ? 1 : 8)
    default: return nil
    }
  }

  func binary(_ op: BinaryOperator, _ other: PyValue, reflected: Bool, in interpreter: Interpreter) throws(PyException) -> PyValue? {
    guard op == .equal || op == .notEqual else { return nil }
    let same = (try? Numpy.dtype(other)).flatMap { $0 } == dtype
    return .bool(op == .equal ? same : !same)
  }
}

/// `np.c_[...]` and `np.r_[...]`: index-style concatenation. `r_` joins 1-D pieces (a slice
/// `a:b:c` is `arange(a, b, c)`); `c_` joins pieces as columns (1-D pieces become columns).
final class NumpyConcatenator: NativeObject {
  let columns: Bool

  init(columns: Bool) {
    self.columns = columns
  }

  var typeName: String { columns ? "numpy.lib._index_tricks_impl.CClass" : "numpy.lib._index_tricks_impl.RClass" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String { "<numpy \(columns ? "c_" : "r_")>" }

  func item(at key: PyValue, in interpreter: Interpreter) throws(PyException) -> PyValue {
    let parts: [PyValue]
    if case .tuple(let items) = key { parts = items } else { parts = [key] }
    var arrays: [NDArray] = []
    for part in parts {
      if case .slice(let s) = part {
        let start = s.start.isNone ? 0 : try Arguments.real(s.start)
        let stop = try Arguments.real(s.stop)
        let step = s.step.isNone ? 1 : try Arguments.real(s.step)
        let integral = [s.start, s.stop, s.step].allSatisfy { if case .float = $0 { return false } else { return true } }
        arrays.append(try Numpy.run { () throws(NumpyError) in try NDArray.arange(start: start, stop: stop, step: step, dtype: integral ? .int64 : .float64) })
      } else {
        let a = try Numpy.array(part)
        arrays.append(a.ndim == 0 ? a.view(shape: [1], strides: [0], offset: a.offset) : a)
      }
    }
    let columns = self.columns
    return .native(try Numpy.run { () throws(NumpyError) in
      columns ? try NDArray.columnStack(arrays) : try NDArray.concatenate(arrays, axis: 0)
    })
  }
}
