extension Interpreter {
  /// `a == b` as a Swift `Bool` (used by `in`, `list.index`, `dict`): element-wise for
  /// containers, numeric across `int`/`float`/`bool`, `__eq__` on user classes.
  public func equals(_ a: PyValue, _ b: PyValue) throws(PyException) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.str(let x), .str(let y)): return x == y
    case (.none, .none): return true
    case (.tuple(let x), .tuple(let y)): return try sequencesEqual(x, y)
    case (.list(let x), .list(let y)):
      if x === y { return true }
      return try sequencesEqual(x.items, y.items)
    case (.dict(let x), .dict(let y)):
      guard x.count == y.count else { return false }
      for (key, value) in x.entries {
        guard let other = y.get(try PyKey(key)), try equals(value, other) else { return false }
      }
      return true
    case (.set(let x), .set(let y)):
      guard x.count == y.count else { return false }
      for element in x.elements where !y.contains(try PyKey(element)) { return false }
      return true
    case (.range(let x), .range(let y)):
      return x.count == y.count && (x.count == 0 || (x.start == y.start && (x.count == 1 || x.step == y.step)))
    case (.instance, _), (_, .instance), (.native, _), (_, .native):
      return try truthy(try compare(.equal, a, b))
    default:
      if let x = Interpreter.number(a), let y = Interpreter.number(b) { return x == y }
      return a.isIdentical(to: b)
    }
  }

  private func sequencesEqual(_ x: [PyValue], _ y: [PyValue]) throws(PyException) -> Bool {
    guard x.count == y.count else { return false }
    for (p, q) in zip(x, y) where !(p.isIdentical(to: q)) {
      if !(try equals(p, q)) { return false }
    }
    return true
  }

  /// A real number's value for mixed comparisons, or `nil`.
  static func number(_ value: PyValue) -> Double? {
    switch value {
    case .int(let i): return Double(i)
    case .float(let d): return d
    case .bool(let b): return b ? 1 : 0
    default: return nil
    }
  }

  /// `a < b` as a Swift `Bool` (used by `sorted`, `min`, `max`).
  ///
  /// - Throws: `TypeError: '<' not supported between instances of 'str' and 'int'`.
  public func lessThan(_ a: PyValue, _ b: PyValue) throws(PyException) -> Bool {
    switch (a, b) {
    case (.int(let x), .int(let y)): return x < y
    case (.float(let x), .float(let y)): return x < y
    case (.str(let x), .str(let y)): return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
    case (.tuple(let x), .tuple(let y)): return try sequenceLess(x, y)
    case (.list(let x), .list(let y)): return try sequenceLess(x.items, y.items)
    default:
      if let x = Interpreter.number(a), let y = Interpreter.number(b) { return x < y }
      return try truthy(try compare(.less, a, b))
    }
  }

  private func sequenceLess(_ x: [PyValue], _ y: [PyValue]) throws(PyException) -> Bool {
    for (p, q) in zip(x, y) where !(try equals(p, q)) {
      return try lessThan(p, q)
    }
    return x.count < y.count
  }

  /// A rich comparison producing a value (`a < b` may give an array for host objects).
  func compare(_ op: BinaryOperator, _ a: PyValue, _ b: PyValue) throws(PyException) -> PyValue {
    switch (a, b) {
    case (.int(let x), .int(let y)): return .bool(Interpreter.compareOrdered(op, x, y))
    case (.float(let x), .float(let y)): return .bool(Interpreter.compareOrdered(op, x, y))
    case (.int(let x), .float(let y)): return .bool(Interpreter.compareOrdered(op, Double(x), y))
    case (.float(let x), .int(let y)): return .bool(Interpreter.compareOrdered(op, x, Double(y)))
    default: break
    }
    if case .native(let object) = a, let result = try object.binary(op, b, reflected: false, in: self) {
      return result
    }
    if case .native(let object) = b,
      let result = try object.binary(op.swapped, a, reflected: false, in: self)
    {
      return result
    }
    if case .instance(let object) = a, let method = object.cls.lookup("__\(op.dunder)__") {
      let result = try call(method, [a, b])
      if case .type(let cls) = result, cls === Builtins.notImplementedType {} else { return result }
    }
    if case .instance(let object) = b, let method = object.cls.lookup("__\(op.swapped.dunder)__") {
      let result = try call(method, [b, a])
      if case .type(let cls) = result, cls === Builtins.notImplementedType {} else { return result }
    }
    switch op {
    case .equal: return .bool(try equalsWithoutDunders(a, b))
    case .notEqual: return .bool(!(try equalsWithoutDunders(a, b)))
    default:
      if Interpreter.number(a) != nil && Interpreter.number(b) != nil || Interpreter.bothOrderable(a, b) {
        let less = try lessThan(a, b)
        switch op {
        case .less: return .bool(less)
        case .greaterEqual: return .bool(!less)
        case .greater: return .bool(try lessThan(b, a))
        default: return .bool(!(try lessThan(b, a)))
        }
      }
      throw PyException(
        .typeError,
        "'\(op.symbol)' not supported between instances of '\(a.typeName)' and '\(b.typeName)'")
    }
  }

  private func equalsWithoutDunders(_ a: PyValue, _ b: PyValue) throws(PyException) -> Bool {
    switch (a, b) {
    case (.instance, _), (_, .instance), (.native, _), (_, .native): return a.isIdentical(to: b)
    default: return try equals(a, b)
    }
  }

  private static func bothOrderable(_ a: PyValue, _ b: PyValue) -> Bool {
    switch (a, b) {
    case (.str, .str), (.tuple, .tuple), (.list, .list): return true
    default: return false
    }
  }

  @inline(__always)
  static func compareOrdered<T: Comparable>(_ op: BinaryOperator, _ x: T, _ y: T) -> Bool {
    switch op {
    case .equal: return x == y
    case .notEqual: return x != y
    case .less: return x < y
    case .lessEqual: return x <= y
    case .greater: return x > y
    default: return x >= y
    }
  }
}
