extension Builtins {
  static let introspectionFunctions: [BuiltinFunction] = [
    BuiltinFunction(
      name: "isinstance", signature: "isinstance(obj, class_or_tuple)",
      doc: "Whether obj is an instance of the class (or of one of the classes in a tuple)."
    ) { arguments throws(PyException) in
      try arguments.expectCount(2...2)
      return .bool(try matches(arguments[0], arguments[1], "isinstance"))
    },
    BuiltinFunction(
      name: "issubclass", signature: "issubclass(cls, class_or_tuple)",
      doc: "Whether cls is a subclass of the class (or of one in a tuple)."
    ) { arguments throws(PyException) in
      try arguments.expectCount(2...2)
      guard case .type(let cls) = arguments[0] else {
        throw PyException(.typeError, "issubclass() arg 1 must be a class")
      }
      let targets: [PyValue]
      if case .tuple(let items) = arguments[1] { targets = items } else { targets = [arguments[1]] }
      for target in targets {
        guard case .type(let other) = target else {
          throw PyException(.typeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
        }
        if cls.isSubclass(of: other) || other === object { return .bool(true) }
      }
      return .bool(false)
    },
    BuiltinFunction(
      name: "getattr", signature: "getattr(obj, name[, default])",
      doc: "The attribute name of obj, or default if it has none."
    ) { arguments throws(PyException) in
      try arguments.expectCount(2...3)
      guard case .str(let name) = arguments[1] else {
        throw PyException(.typeError, "attribute name must be string, not '\(arguments[1].typeName)'")
      }
      do throws(PyException) {
        return try arguments.interpreter.attribute(arguments[0], name)
      } catch where arguments.count == 3 && error.matches(.attributeError) {
        return arguments[2]
      }
    },
    BuiltinFunction(
      name: "setattr", signature: "setattr(obj, name, value)", doc: "Sets obj.name = value."
    ) { arguments throws(PyException) in
      try arguments.expectCount(3...3)
      guard case .str(let name) = arguments[1] else {
        throw PyException(.typeError, "attribute name must be string, not '\(arguments[1].typeName)'")
      }
      try arguments.interpreter.setAttribute(arguments[0], name, arguments[2])
      return .none
    },
    BuiltinFunction(
      name: "hasattr", signature: "hasattr(obj, name)", doc: "Whether obj has an attribute name."
    ) { arguments throws(PyException) in
      try arguments.expectCount(2...2)
      guard case .str(let name) = arguments[1] else {
        throw PyException(.typeError, "attribute name must be string, not '\(arguments[1].typeName)'")
      }
      do throws(PyException) {
        _ = try arguments.interpreter.attribute(arguments[0], name)
        return .bool(true)
      } catch where error.matches(.attributeError) {
        return .bool(false)
      }
    },
    BuiltinFunction(name: "callable", signature: "callable(obj)", doc: "Whether obj can be called.") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      switch arguments[0] {
      case .function, .builtin, .boundMethod, .type: return .bool(true)
      case .instance(let object): return .bool(object.cls.lookup("__call__") != nil)
      default: return .bool(false)
      }
    },
    BuiltinFunction(name: "vars", signature: "vars(obj)", doc: "The attribute dict of obj.") {
      arguments throws(PyException) in
      try arguments.expectCount(1...1)
      let dict = PyDict()
      switch arguments[0] {
      case .instance(let object):
        for (name, value) in object.attributes.sorted(by: { $0.key < $1.key }) { dict.set(name, value) }
      case .module(let module):
        for (name, value) in module.members.sorted(by: { $0.key < $1.key }) { dict.set(name, value) }
      default:
        throw PyException(.typeError, "vars() argument must have __dict__ attribute")
      }
      return .dict(dict)
    },
  ]

  private static func matches(_ value: PyValue, _ target: PyValue, _ name: String) throws(PyException)
    -> Bool
  {
    switch target {
    case .type(let cls): return isInstance(value, of: cls)
    case .tuple(let items):
      for item in items where try matches(value, item, name) { return true }
      return false
    default:
      throw PyException(
        .typeError, "\(name)() arg 2 must be a type, a tuple of types, or a union")
    }
  }
}
