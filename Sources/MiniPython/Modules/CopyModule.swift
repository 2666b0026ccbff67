/// The `copy` module: `copy` (shallow) and `deepcopy`.
///
/// A host object is copied through its own `copy()` method when it has one (numpy arrays do).
enum CopyModule {
  static func make() -> PyModule {
    PyModule(
      name: "copy", doc: "Shallow and deep copies of objects.",
      functions: [
        BuiltinFunction(name: "copy", signature: "copy(x)", doc: "A shallow copy of x.") {
          arguments throws(PyException) in
          try arguments.expectCount(1...1)
          return try shallow(arguments[0], arguments.interpreter)
        },
        BuiltinFunction(
          name: "deepcopy", signature: "deepcopy(x)",
          doc: "A deep copy of x: containers and objects inside it are copied too."
        ) { arguments throws(PyException) in
          try arguments.expectCount(1...1)
          var memo: [ObjectIdentifier: PyValue] = [:]
          return try deep(arguments[0], &memo, arguments.interpreter)
        },
      ])
  }

  static func shallow(_ value: PyValue, _ interpreter: Interpreter) throws(PyException) -> PyValue {
    switch value {
    case .list(let list): return .list(PyList(list.items))
    case .dict(let dict):
      let copy = PyDict()
      for (key, item) in dict.entries { copy.set(try PyKey(key), item) }
      return .dict(copy)
    case .set(let set):
      let copy = PySet()
      for element in set.elements { copy.insert(try PyKey(element)) }
      return .set(copy)
    case .instance(let object):
      return .instance(PyInstance(cls: object.cls, attributes: object.attributes))
    case .native(let object):
      if let method = try object.attribute("copy", in: interpreter) { return try interpreter.call(method, []) }
      return value
    default: return value
    }
  }

  static func deep(
    _ value: PyValue, _ memo: inout [ObjectIdentifier: PyValue], _ interpreter: Interpreter
  ) throws(PyException) -> PyValue {
    switch value {
    case .list(let list):
      if let done = memo[ObjectIdentifier(list)] { return done }
      let copy = PyList()
      memo[ObjectIdentifier(list)] = .list(copy)
      for item in list.items { copy.items.append(try deep(item, &memo, interpreter)) }
      return .list(copy)
    case .dict(let dict):
      if let done = memo[ObjectIdentifier(dict)] { return done }
      let copy = PyDict()
      memo[ObjectIdentifier(dict)] = .dict(copy)
      for (key, item) in dict.entries {
        copy.set(try PyKey(try deep(key, &memo, interpreter)), try deep(item, &memo, interpreter))
      }
      return .dict(copy)
    case .tuple(let items):
      var copies: [PyValue] = []
      for item in items { copies.append(try deep(item, &memo, interpreter)) }
      return .tuple(copies)
    case .instance(let object):
      if object.cls.isBuiltin { return value }
      if let done = memo[ObjectIdentifier(object)] { return done }
      let copy = PyInstance(cls: object.cls)
      memo[ObjectIdentifier(object)] = .instance(copy)
      for (name, item) in object.attributes { copy.attributes[name] = try deep(item, &memo, interpreter) }
      return .instance(copy)
    case .set, .native:
      return try shallow(value, interpreter)
    default:
      return value
    }
  }
}
