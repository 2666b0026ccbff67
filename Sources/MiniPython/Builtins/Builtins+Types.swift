extension Builtins {
  static let noneType = PyClass(builtin: "NoneType", constructor: nil) { $0.isNone }
  static let functionType = PyClass(builtin: "function", constructor: nil) { value in
    if case .function = value { return true }
    return false
  }
  static let builtinFunctionType = PyClass(builtin: "builtin_function_or_method", constructor: nil) { value in
    if case .builtin = value { return true }
    return false
  }
  static let methodType = PyClass(builtin: "method", constructor: nil) { value in
    if case .boundMethod = value { return true }
    return false
  }
  static let moduleType = PyClass(builtin: "module", constructor: nil) { value in
    if case .module = value { return true }
    return false
  }

  static let intType = PyClass(
    builtin: "int",
    constructor: BuiltinFunction(name: "int", signature: "int(x=0, base=10)") {
      arguments throws(PyException) in
      try arguments.expectCount(0...2)
      guard let value = try arguments.value("x", at: 0) else { return .int(0) }
      if let base = try arguments.int("base", at: 1, default: nil) {
        guard case .str(let text) = value else {
          throw PyException(.typeError, "int() can't convert non-string with explicit base")
        }
        return .int(try parseInt(text, base: base))
      }
      return .int(try toInt(value, interpreter: arguments.interpreter))
    }
  ) { value in
    switch value {
    case .int, .bool: return true
    default: return false
    }
  }

  static let floatType = PyClass(
    builtin: "float",
    constructor: BuiltinFunction(
      name: "float", signature: "float(x=0.0)",
      unary: { value, _ throws(PyException) in .float(try toFloat(value)) }
    ) {
      arguments throws(PyException) in
      try arguments.expectCount(0...1)
      guard arguments.count == 1 else { return .float(0) }
      return .float(try toFloat(arguments[0]))
    }
  ) { value in
    if case .float = value { return true }
    return false
  }

  static let boolType = PyClass(
    builtin: "bool", base: intType,
    constructor: BuiltinFunction(name: "bool", signature: "bool(x=False)") {
      arguments throws(PyException) in
      try arguments.expectCount(0...1)
      guard arguments.count == 1 else { return .bool(false) }
      return .bool(try arguments.interpreter.truthy(arguments[0]))
    }
  ) { value in
    if case .bool = value { return true }
    return false
  }

  static let strType = PyClass(
    builtin: "str",
    constructor: BuiltinFunction(
      name: "str", signature: "str(object='')",
      unary: { value, interpreter throws(PyException) in .str(try interpreter.str(value)) }
    ) {
      arguments throws(PyException) in
      try arguments.expectCount(0...1)
      guard arguments.count == 1 else { return .str("") }
      return .str(try arguments.interpreter.str(arguments[0]))
    }
  ) { value in
    if case .str = value { return true }
    return false
  }

  static let listType = PyClass(
    builtin: "list",
    constructor: BuiltinFunction(name: "list", signature: "list(iterable=())") {
      arguments throws(PyException) in
      try arguments.expectCount(0...1)
      guard arguments.count == 1 else { return .list(PyList()) }
      return .list(PyList(try arguments.interpreter.collect(arguments[0])))
    }
  ) { value in
    if case .list = value { return true }
    return false
  }

  static let tupleType = PyClass(
    builtin: "tuple",
    constructor: BuiltinFunction(name: "tuple", signature: "tuple(iterable=())") {
      arguments throws(PyException) in
      try arguments.expectCount(0...1)
      guard arguments.count == 1 else { return .tuple([]) }
      return .tuple(try arguments.interpreter.collect(arguments[0]))
    }
  ) { value in
    if case .tuple = value { return true }
    return false
  }

  static let dictType = PyClass(
    builtin: "dict",
    constructor: BuiltinFunction(name: "dict", signature: "dict(mapping_or_iterable=(), **kwargs)") {
      arguments throws(PyException) in
      try arguments.expectCount(0...1)
      let dict = PyDict()
      if arguments.count == 1 { try DictMethods.update(dict, from: arguments[0], arguments.interpreter) }
      for (name, value) in arguments.keywords { dict.set(name, value) }
      return .dict(dict)
    }
  ) { value in
    if case .dict = value { return true }
    return false
  }

  static let setType = PyClass(
    builtin: "set",
    constructor: BuiltinFunction(name: "set", signature: "set(iterable=())") {
      arguments throws(PyException) in
      try arguments.expectCount(0...1)
      let set = PySet()
      if arguments.count == 1 {
        for item in try arguments.interpreter.collect(arguments[0]) { set.insert(try PyKey(item)) }
      }
      return .set(set)
    }
  ) { value in
    if case .set = value { return true }
    return false
  }

  static let rangeType = PyClass(
    builtin: "range",
    constructor: BuiltinFunction(name: "range", signature: "range(stop) or range(start, stop[, step])") {
      arguments throws(PyException) in
      try arguments.expectCount(1...3)
      var bounds: [Int] = []
      for value in arguments.positional {
        guard let i = value.asIndex else {
          throw PyException(.typeError, "'\(value.typeName)' object cannot be interpreted as an integer")
        }
        bounds.append(i)
      }
      if bounds.count == 1 { return .range(PyRange(start: 0, stop: bounds[0], step: 1)) }
      let step = bounds.count == 3 ? bounds[2] : 1
      if step == 0 { throw PyException(.valueError, "range() arg 3 must not be zero") }
      return .range(PyRange(start: bounds[0], stop: bounds[1], step: step))
    }
  ) { value in
    if case .range = value { return true }
    return false
  }

  static let sliceType = PyClass(
    builtin: "slice",
    constructor: BuiltinFunction(name: "slice", signature: "slice(start, stop[, step])") {
      arguments throws(PyException) in
      try arguments.expectCount(1...3)
      let p = arguments.positional
      if p.count == 1 { return .slice(PySlice(start: .none, stop: p[0], step: .none)) }
      return .slice(PySlice(start: p[0], stop: p[1], step: p.count == 3 ? p[2] : .none))
    }
  ) { value in
    if case .slice = value { return true }
    return false
  }

  static let typeType = PyClass(
    builtin: "type",
    constructor: BuiltinFunction(name: "type", signature: "type(object)") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      return .type(typeClass(of: arguments[0]))
    }
  ) { value in
    if case .type = value { return true }
    return false
  }

  /// `int(x)`: truncates floats, parses strings, converts host scalars.
  static func toInt(_ value: PyValue, interpreter: Interpreter) throws(PyException) -> Int {
    switch value {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .float(let d):
      if d.isNaN { throw PyException(.valueError, "cannot convert float NaN to integer") }
      if d.isInfinite { throw PyException(.overflowError, "cannot convert float infinity to integer") }
      guard let i = Int(exactly: d.rounded(.towardZero)) else {
        throw PyException(.overflowError, "int too large to convert to a 64-bit integer")
      }
      return i
    case .str(let s): return try parseInt(s, base: 10)
    case .native(let object):
      if let i = object.indexValue { return i }
      if let d = object.floatValue { return try toInt(.float(d), interpreter: interpreter) }
    case .instance(let object):
      if let method = object.cls.lookup("__int__") {
        return try toInt(try interpreter.call(method, [value]), interpreter: interpreter)
      }
    default: break
    }
    throw PyException(
      .typeError,
      "int() argument must be a string, a bytes-like object or a real number, not '\(value.typeName)'")
  }

  /// `int("12", base)`, accepting surrounding whitespace, a sign and underscores as Python does.
  static func parseInt(_ text: String, base: Int) throws(PyException) -> Int {
    let trimmed = text.trimmingWhitespace().replacingUnderscores()
    if let i = Int(trimmed, radix: base) { return i }
    throw PyException(.valueError, "invalid literal for int() with base \(base): \(Interpreter.quoted(text))")
  }

  /// `float(x)`: numbers, strings such as `"1e-3"`, `"inf"`, `"nan"`, host scalars.
  static func toFloat(_ value: PyValue) throws(PyException) -> Double {
    switch value {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .str(let s):
      let trimmed = s.trimmingWhitespace().lowercased()
      switch trimmed {
      case "inf", "+inf", "infinity", "+infinity": return .infinity
      case "-inf", "-infinity": return -.infinity
      case "nan", "+nan", "-nan": return .nan
      default:
        if let d = Double(trimmed.replacingUnderscores()) { return d }
      }
      throw PyException(.valueError, "could not convert string to float: \(Interpreter.quoted(s))")
    case .native(let object):
      if let d = object.floatValue { return d }
    default: break
    }
    throw PyException(
      .typeError, "float() argument must be a string or a real number, not '\(value.typeName)'")
  }
}

extension String {
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  func replacingUnderscores() -> String {
    contains("_") ? String(filter { $0 != "_" }) : self
  }
}
