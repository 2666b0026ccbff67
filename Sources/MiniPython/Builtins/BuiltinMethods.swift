/// The methods of built-in types (`list.append`, `dict.items`, `str.split`, ...).
///
/// `call` runs a method directly (the interpreter's fast path for `obj.method(...)`);
/// `method(named:of:)` returns it bound, for `f = obj.method`.
enum BuiltinMethods {
  /// The method names of a value's type, for `dir()` and completion.
  static func names(for value: PyValue) -> [String] {
    switch value {
    case .list: return ListMethods.names
    case .dict: return DictMethods.names
    case .str: return StrMethods.names
    case .set: return SetMethods.names
    case .tuple: return ["count", "index"]
    default: return []
    }
  }

  /// Calls `receiver.name(arguments)`, or returns `nil` if the type has no such method.
  static func call(_ name: String, on receiver: PyValue, _ arguments: Arguments) throws(PyException)
    -> PyValue?
  {
    switch receiver {
    case .list(let list): return try ListMethods.call(name, list, arguments)
    case .dict(let dict): return try DictMethods.call(name, dict, arguments)
    case .str(let s): return try StrMethods.call(name, s, arguments)
    case .set(let set): return try SetMethods.call(name, set, arguments)
    case .tuple(let items):
      switch name {
      case "count":
        try arguments.expectCount(1...1)
        var n = 0
        for item in items where try arguments.interpreter.equals(item, arguments[0]) { n += 1 }
        return .int(n)
      case "index":
        try arguments.expectCount(1...1)
        for (i, item) in items.enumerated() where try arguments.interpreter.equals(item, arguments[0]) {
          return .int(i)
        }
        throw PyException(.valueError, "tuple.index(x): x not in tuple")
      default: return nil
      }
    default: return nil
    }
  }

  /// `receiver.name` as a bound built-in, or `nil`.
  static func method(named name: String, of receiver: PyValue, _ interpreter: Interpreter) -> PyValue? {
    guard names(for: receiver).contains(name) else { return nil }
    return .builtin(
      BuiltinFunction(name: name) { arguments throws(PyException) in
        try call(name, on: receiver, arguments) ?? PyValue.none
      })
  }
}

/// The methods of `list`.
enum ListMethods {
  static let names = [
    "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse", "sort",
  ]

  static func call(_ name: String, _ list: PyList, _ a: Arguments) throws(PyException) -> PyValue? {
    let interpreter = a.interpreter
    switch name {
    case "append":
      try a.expectCount(1...1)
      list.items.append(a[0])
    case "extend":
      try a.expectCount(1...1)
      list.items.append(contentsOf: try interpreter.collect(a[0]))
    case "insert":
      try a.expectCount(2...2)
      let n = list.items.count
      var i = try a.int("index", at: 0)
      if i < 0 { i = max(0, i + n) }
      list.items.insert(a[1], at: min(i, n))
    case "pop":
      try a.expectCount(0...1)
      guard !list.items.isEmpty else { throw PyException(.indexError, "pop from empty list") }
      var i = try a.int("index", at: 0, default: -1)
      if i < 0 { i += list.items.count }
      guard i >= 0 && i < list.items.count else { throw PyException(.indexError, "pop index out of range") }
      return list.items.remove(at: i)
    case "remove":
      try a.expectCount(1...1)
      for (i, item) in list.items.enumerated() where try interpreter.equals(item, a[0]) {
        list.items.remove(at: i)
        return PyValue.none
      }
      throw PyException(.valueError, "list.remove(x): x not in list")
    case "index":
      try a.expectCount(1...3)
      for (i, item) in list.items.enumerated() where try interpreter.equals(item, a[0]) { return .int(i) }
      throw PyException(.valueError, "\(try interpreter.repr(a[0])) is not in list")
    case "count":
      try a.expectCount(1...1)
      var n = 0
      for item in list.items where try interpreter.equals(item, a[0]) { n += 1 }
      return .int(n)
    case "reverse":
      try a.expectCount(0...0)
      list.items.reverse()
    case "sort":
      try a.expectCount(0...0)
      try a.allowKeywords(["key", "reverse"])
      list.items = try Sorting.sorted(
        list.items, key: try a.value("key"), reverse: try a.bool("reverse", default: false),
        interpreter: interpreter)
    case "copy":
      try a.expectCount(0...0)
      return .list(PyList(list.items))
    case "clear":
      try a.expectCount(0...0)
      list.items.removeAll()
    default:
      return nil
    }
    return PyValue.none
  }
}

/// The methods of `set`.
enum SetMethods {
  static let names = [
    "add", "clear", "copy", "difference", "discard", "intersection", "issubset", "issuperset", "pop",
    "remove", "union", "update",
  ]

  static func call(_ name: String, _ set: PySet, _ a: Arguments) throws(PyException) -> PyValue? {
    let interpreter = a.interpreter
    switch name {
    case "add":
      try a.expectCount(1...1)
      set.insert(try PyKey(a[0]))
    case "remove":
      try a.expectCount(1...1)
      if !set.remove(try PyKey(a[0])) { throw PyException(keyError: a[0]) }
    case "discard":
      try a.expectCount(1...1)
      set.remove(try PyKey(a[0]))
    case "pop":
      guard let first = set.elements.first else { throw PyException(keyError: .str("pop from an empty set")) }
      set.remove(try PyKey(first))
      return first
    case "clear":
      for element in set.elements { set.remove(try PyKey(element)) }
    case "copy":
      return try interpreter.binary(.bitOr, .set(set), .set(PySet()))
    case "update":
      for other in a.positional {
        for element in try interpreter.collect(other) { set.insert(try PyKey(element)) }
      }
    case "union", "intersection", "difference":
      var result = PyValue.set(set)
      let op: BinaryOperator = name == "union" ? .bitOr : name == "intersection" ? .bitAnd : .subtract
      for other in a.positional {
        let otherSet = PySet()
        for element in try interpreter.collect(other) { otherSet.insert(try PyKey(element)) }
        result = try interpreter.binary(op, result, .set(otherSet))
      }
      if a.positional.isEmpty { result = try interpreter.binary(.bitOr, result, .set(PySet())) }
      return result
    case "issubset", "issuperset":
      try a.expectCount(1...1)
      let other = try interpreter.collect(a[0])
      let otherSet = PySet()
      for element in other { otherSet.insert(try PyKey(element)) }
      let (small, big) = name == "issubset" ? (set, otherSet) : (otherSet, set)
      for element in small.elements where !big.contains(try PyKey(element)) { return .bool(false) }
      return .bool(true)
    default:
      return nil
    }
    return PyValue.none
  }
}
