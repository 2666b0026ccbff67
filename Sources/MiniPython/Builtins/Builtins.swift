/// The built-in names every script sees: functions, types and exception classes.
///
/// Built-in types are shared class objects; calling one runs its constructor (`int("3")`), and
/// `isinstance` and `type()` use them.
enum Builtins {
  /// Every built-in name with its value.
  static func table() -> [String: PyValue] {
    var table: [String: PyValue] = [:]
    for function in functions { table[function.name] = .builtin(function) }
    for cls in types { table[cls.name] = .type(cls) }
    for kind in ExceptionKind.allCases { table[kind.rawValue] = .type(kind.cls) }
    table["NotImplemented"] = .type(notImplementedType)
    table["Ellipsis"] = .ellipsis
    return table
  }

  static let functions: [BuiltinFunction] =
    outputFunctions + sequenceFunctions + numericFunctions + introspectionFunctions

  static let notImplementedType = PyClass(builtin: "NotImplementedType", constructor: nil)
  static let object = PyClass(
    builtin: "object",
    constructor: BuiltinFunction(name: "object") { arguments throws(PyException) in
      try arguments.expectCount(0...0)
      return .instance(PyInstance(cls: Builtins.plainObject))
    }, isInstance: { _ in true })
  /// The class of `object()` instances (sentinels).
  static let plainObject = PyClass(name: "object", base: nil)

  static let types: [PyClass] = [
    intType, floatType, boolType, strType, listType, tupleType, dictType, setType, rangeType,
    sliceType, typeType, object, noneType, functionType, moduleType,
  ]

  /// The class of a value, for `type(x)` and `isinstance`.
  static func typeClass(of value: PyValue) -> PyClass {
    switch value {
    case .none: return noneType
    case .bool: return boolType
    case .int: return intType
    case .float: return floatType
    case .str: return strType
    case .tuple: return tupleType
    case .list: return listType
    case .dict: return dictType
    case .set: return setType
    case .range: return rangeType
    case .slice: return sliceType
    case .type: return typeType
    case .instance(let object): return object.cls
    case .module: return moduleType
    case .function: return functionType
    case .builtin: return builtinFunctionType
    case .boundMethod: return methodType
    case .native(let object): return hostType(object.typeName)
    case .iterator(let iterator): return PyClass(builtin: iterator.typeName, constructor: nil)
    case .ellipsis: return PyClass(builtin: "ellipsis", constructor: nil)
    }
  }

  /// A class object standing for a host type name; `isinstance` matches host objects by name.
  static func hostType(_ name: String) -> PyClass {
    PyClass(builtin: name, constructor: nil) { value in
      if case .native(let object) = value { return object.typeName == name }
      return false
    }
  }

  /// `isinstance(value, cls)`.
  static func isInstance(_ value: PyValue, of cls: PyClass) -> Bool {
    if let check = cls.builtinCheck { return check(value) }
    if case .instance(let object) = value { return object.cls.isSubclass(of: cls) }
    return false
  }
}
