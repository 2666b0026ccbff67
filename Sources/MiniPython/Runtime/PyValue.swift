/// A Python value as the interpreter sees it.
///
/// Immutable values (`None`, `bool`, `int`, `float`, `str`, `tuple`) are stored inline; mutable
/// containers and objects are final classes, so two names bound to one list share it, as in Python.
/// `int` is 64-bit: arithmetic that overflows raises `OverflowError` instead of wrapping.
/// Host objects (numpy arrays, pyplot figures, Keras layers) plug in as `.native`.
public enum PyValue {
  case none
  case ellipsis
  case bool(Bool)
  case int(Int)
  case float(Double)
  case str(String)
  case tuple([PyValue])
  case list(PyList)
  case dict(PyDict)
  case set(PySet)
  case slice(PySlice)
  case range(PyRange)
  case iterator(PyIterator)
  case function(PyFunction)
  case boundMethod(PyBoundMethod)
  case builtin(BuiltinFunction)
  /// A class: a user class, a built-in type such as `int`, or an exception type.
  case type(PyClass)
  case instance(PyInstance)
  case module(PyModule)
  case native(any NativeObject)
}

extension PyValue {
  /// The Python type name, as error messages print it (`'int'`, `'list'`, `'numpy.ndarray'`).
  public var typeName: String {
    switch self {
    case .none: return "NoneType"
    case .ellipsis: return "ellipsis"
    case .bool: return "bool"
    case .int: return "int"
    case .float: return "float"
    case .str: return "str"
    case .tuple: return "tuple"
    case .list: return "list"
    case .dict: return "dict"
    case .set: return "set"
    case .slice: return "slice"
    case .range: return "range"
    case .iterator(let iterator): return iterator.typeName
    case .function: return "function"
    case .boundMethod: return "method"
    case .builtin: return "builtin_function_or_method"
    case .type: return "type"
    case .instance(let object): return object.cls.name
    case .module: return "module"
    case .native(let object): return object.typeName
    }
  }

  /// Whether this is `None`.
  public var isNone: Bool {
    if case .none = self { return true }
    return false
  }

  /// The value as a Python `int` if it is an `int` or a `bool` (Python's `__index__`).
  public var asIndex: Int? {
    switch self {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .native(let object): return object.indexValue
    default: return nil
    }
  }

  /// The value as a `Double` if it is a real number (`int`, `float`, `bool`, or a numeric host scalar).
  public var asDouble: Double? {
    switch self {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .native(let object): return object.floatValue
    default: return nil
    }
  }

  /// The string if this is a `str`.
  public var asString: String? {
    if case .str(let s) = self { return s }
    return nil
  }

  /// Identity for reference values, equality of payloads for `None`, `bool` and small immutables.
  public func isIdentical(to other: PyValue) -> Bool {
    switch (self, other) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b && a >= -5 && a <= 256
    case (.list(let a), .list(let b)): return a === b
    case (.dict(let a), .dict(let b)): return a === b
    case (.set(let a), .set(let b)): return a === b
    case (.function(let a), .function(let b)): return a === b
    case (.builtin(let a), .builtin(let b)): return a === b
    case (.type(let a), .type(let b)): return a === b
    case (.instance(let a), .instance(let b)): return a === b
    case (.module(let a), .module(let b)): return a === b
    case (.native(let a), .native(let b)): return a === b
    case (.iterator(let a), .iterator(let b)): return a === b
    case (.str(let a), .str(let b)): return a == b
    case (.tuple(let a), .tuple(let b)): return a.isEmpty && b.isEmpty
    default: return false
    }
  }
}
