/// Comprehensions: `[e for x in xs if c]`, `{k: v for ...}`, `{e for ...}` and generator
/// expressions, with their loop variables in hidden slots of the enclosing frame.
extension Compiler {
  /// List, set and dict comprehensions; a generator expression is evaluated eagerly into an
  /// iterator over its values (the subset has no lazy generators).
  func compileComprehension(_ c: Expression.Comprehension) throws(SyntaxError) -> Evaluator {
    let firstIterable = try compile(c.clauses[0].iterable)
    scope.hidden.append([:])
    defer { scope.hidden.removeLast() }
    var clauses: [(iterable: Evaluator?, store: Store, conditions: [(Frame) throws(PyException) -> Bool])] = []
    for (index, clause) in c.clauses.enumerated() {
      let iterable = index == 0 ? nil : try compile(clause.iterable)
      bindHidden(clause.target)
      let store = try compileStore(clause.target)
      var conditions: [(Frame) throws(PyException) -> Bool] = []
      for condition in clause.conditions { conditions.append(try compileCondition(condition)) }
      clauses.append((iterable, store, conditions))
    }
    let element = try compile(c.element)
    let value = try c.value.map { (v: Expression) throws(SyntaxError) in try compile(v) }
    let kind = c.kind
    if kind == .list, clauses.count == 1 {
      return Compiler.listComprehension(firstIterable, clauses[0].store, clauses[0].conditions, element)
    }
    return { f throws(PyException) in
      var results: [PyValue] = []
      let dict = kind == .dict ? PyDict() : nil
      let interpreter = f.interpreter
      func run(_ depth: Int, _ source: PyValue) throws(PyException) {
        let clause = clauses[depth]
        let iterator = try interpreter.iterate(source)
        outer: while let item = try iterator.next() {
          try clause.store(f, item)
          for condition in clause.conditions where !(try condition(f)) { continue outer }
          if depth + 1 < clauses.count {
            try run(depth + 1, try clauses[depth + 1].iterable!(f))  // clauses after the first have one
          } else if let dict, let value {
            dict.set(try PyKey(try element(f)), try value(f))
          } else {
            results.append(try element(f))
          }
        }
      }
      try run(0, try firstIterable(f))
      switch kind {
      case .list: return .list(PyList(results))
      case .dict: return .dict(dict!)  // made above for dict comprehensions
      case .set:
        let set = PySet()
        for result in results { set.insert(try PyKey(result)) }
        return .set(set)
      case .generator: return .iterator(PyIterator(typeName: "generator", values: results))
      }
    }
  }

  /// `[e for x in xs if c]`, the common shape: a list or range is walked by position (a list's
  /// length is read at each step, so appending while iterating behaves as in Python) and the
  /// result is sized up front.
  private static func listComprehension(
    _ iterable: @escaping Evaluator, _ store: @escaping Store,
    _ conditions: [(Frame) throws(PyException) -> Bool], _ element: @escaping Evaluator
  ) -> Evaluator {
    let condition = conditions.count == 1 ? conditions[0] : nil
    let hasConditions = !conditions.isEmpty
    return { f throws(PyException) in
      func keeps(_ f: Frame) throws(PyException) -> Bool {
        if !hasConditions { return true }
        if let condition { return try condition(f) }
        for test in conditions where !(try test(f)) { return false }
        return true
      }
      var results: [PyValue] = []
      switch try iterable(f) {
      case .list(let list):
        results.reserveCapacity(list.items.count)
        var position = 0
        while position < list.items.count {
          try store(f, list.items[position])
          position += 1
          if try keeps(f) { results.append(try element(f)) }
        }
      case .range(let range):
        let count = range.count
        results.reserveCapacity(count)
        for position in 0..<count {
          try store(f, .int(range.element(at: position)))
          if try keeps(f) { results.append(try element(f)) }
        }
      case let source:
        let iterator = try f.interpreter.iterate(source)
        while let item = try iterator.next() {
          try store(f, item)
          if try keeps(f) { results.append(try element(f)) }
        }
      }
      return .list(PyList(results))
    }
  }

  private func bindHidden(_ target: Expression) {
    switch target {
    case .name(let name, _): scope.hidden[scope.hidden.count - 1][name] = scope.newSlot()
    case .tuple(let items, _), .list(let items, _): for item in items { bindHidden(item) }
    case .starred(let inner, _): bindHidden(inner)
    default: break
    }
  }}
