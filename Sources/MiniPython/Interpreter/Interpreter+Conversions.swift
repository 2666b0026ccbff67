extension Interpreter {
  /// `repr(value)`, calling `__repr__` on user classes and `repr` on host objects.
  public func repr(_ value: PyValue) throws(PyException) -> String {
    var visiting: Set<ObjectIdentifier> = []
    return try repr(value, visiting: &visiting)
  }

  /// `str(value)`: the text `print` writes.
  public func str(_ value: PyValue) throws(PyException) -> String {
    switch value {
    case .str(let s): return s
    case .int(let i): return String(i)
    case .instance(let object):
      if let method = object.cls.lookup("__str__") { return try stringResult(method, value, "__str__") }
      if object.cls.isSubclass(of: ExceptionKind.baseException.cls) && object.cls.lookup("__repr__") == nil {
        return try exceptionMessage(object)
      }
      return try repr(value)
    case .native(let object): return try object.str(in: self)
    default: return try repr(value)
    }
  }

  /// `str(e)` for an exception: its single argument, `''`, or the repr of its arguments.
  func exceptionMessage(_ object: PyInstance) throws(PyException) -> String {
    guard case .tuple(let args)? = object.attribute("args") else { return "" }
    switch args.count {
    case 0: return ""
    case 1:
      if object.cls.isSubclass(of: ExceptionKind.keyError.cls) { return try repr(args[0]) }
      return try str(args[0])
    default: return try repr(.tuple(args))
    }
  }

  private func stringResult(_ method: PyValue, _ receiver: PyValue, _ name: String) throws(PyException)
    -> String
  {
    let result = try call(method, [receiver])
    guard case .str(let s) = result else {
      throw PyException(.typeError, "\(name) returned non-string (type \(result.typeName))")
    }
    return s
  }

  private func repr(_ value: PyValue, visiting: inout Set<ObjectIdentifier>) throws(PyException)
    -> String
  {
    switch value {
    case .none: return "None"
    case .ellipsis: return "Ellipsis"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .float(let d): return PythonFloat.repr(d)
    case .str(let s): return Interpreter.quoted(s)
    case .tuple(let items):
      if items.count == 1 { return "(" + (try repr(items[0], visiting: &visiting)) + ",)" }
      return "(" + (try joined(items, &visiting)) + ")"
    case .list(let list):
      let id = ObjectIdentifier(list)
      if visiting.contains(id) { return "[...]" }
      visiting.insert(id)
      defer { visiting.remove(id) }
      return "[" + (try joined(list.items, &visiting)) + "]"
    case .dict(let dict):
      let id = ObjectIdentifier(dict)
      if visiting.contains(id) { return "{...}" }
      visiting.insert(id)
      defer { visiting.remove(id) }
      var parts: [String] = []
      for (key, item) in dict.entries {
        parts.append((try repr(key, visiting: &visiting)) + ": " + (try repr(item, visiting: &visiting)))
      }
      return "{" + parts.joined(separator: ", ") + "}"
    case .set(let set):
      if set.count == 0 { return "set()" }
      return "{" + (try joined(set.elements, &visiting)) + "}"
    case .slice(let slice):
      return "slice(\(try repr(slice.start)), \(try repr(slice.stop)), \(try repr(slice.step)))"
    case .range(let range):
      return range.step == 1
        ? "range(\(range.start), \(range.stop))" : "range(\(range.start), \(range.stop), \(range.step))"
    case .iterator(let iterator): return "<\(iterator.typeName) object at \(Interpreter.address(iterator))>"
    case .function(let function):
      return "<function \(function.code.qualifiedName) at \(Interpreter.address(function))>"
    case .boundMethod(let method):
      let name: String
      switch method.function {
      case .function(let f): name = f.code.qualifiedName
      case .builtin(let b): name = b.name
      default: name = "?"
      }
      return "<bound method \(name) of \(try repr(method.receiver, visiting: &visiting))>"
    case .builtin(let builtin): return "<built-in function \(builtin.name)>"
    case .type(let cls):
      return cls.isBuiltin ? "<class '\(cls.name)'>" : "<class '__main__.\(cls.name)'>"
    case .instance(let object):
      if let method = object.cls.lookup("__repr__") { return try stringResult(method, value, "__repr__") }
      if object.cls.isSubclass(of: ExceptionKind.baseException.cls) {
        guard case .tuple(let args)? = object.attribute("args") else { return object.cls.name + "()" }
        if args.count == 1 { return object.cls.name + "(" + (try repr(args[0], visiting: &visiting)) + ")" }
        return object.cls.name + "(" + (try joined(args, &visiting)) + ")"
      }
      return "<__main__.\(object.cls.name) object at \(Interpreter.address(object))>"
    case .module(let module): return "<module '\(module.name)'>"
    case .native(let object): return try object.repr(in: self)
    }
  }

  private func joined(_ items: [PyValue], _ visiting: inout Set<ObjectIdentifier>) throws(PyException)
    -> String
  {
    var parts: [String] = []
    parts.reserveCapacity(items.count)
    for item in items { parts.append(try repr(item, visiting: &visiting)) }
    return parts.joined(separator: ", ")
  }

  /// An object's address as CPython prints it (`0x7f3a…`), stable for the object's lifetime.
  static func address(_ object: AnyObject) -> String {
    "0x" + String(UInt(bitPattern: ObjectIdentifier(object).hashValue), radix: 16)
  }

  /// A string literal as Python's `repr` writes it: single quotes unless the text has `'` and no `"`.
  static func quoted(_ s: String) -> String {
    let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if Character(scalar) == quote {
          out += "\\" + String(quote)
        } else if scalar.value < 0x20 || scalar.value == 0x7f {
          let hex = String(scalar.value, radix: 16)
          out += "\\x" + (hex.count < 2 ? "0" : "") + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out.append(quote)
    return out
  }

  /// Python truthiness: `bool(value)`.
  public func truthy(_ value: PyValue) throws(PyException) -> Bool {
    switch value {
    case .none: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .float(let d): return d != 0
    case .str(let s): return !s.isEmpty
    case .tuple(let items): return !items.isEmpty
    case .list(let list): return !list.items.isEmpty
    case .dict(let dict): return dict.count > 0
    case .set(let set): return set.count > 0
    case .range(let range): return range.count > 0
    case .instance(let object):
      if let method = object.cls.lookup("__bool__") { return try truthy(try call(method, [value])) }
      if let method = object.cls.lookup("__len__") { return try truthy(try call(method, [value])) }
      return true
    case .native(let object): return try object.truthValue(in: self)
    default: return true
    }
  }
}
