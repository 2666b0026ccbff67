extension Compiler {
  /// Compiles a block into one executor: a balanced tree of two-statement closures, built
  /// without storing closures in arrays (a closure taken out of an array is called through a
  /// reabstraction thunk that costs two reference-count operations per call).
  func compileBlock(_ statements: [Statement]) throws(SyntaxError) -> Executor {
    try compileBlock(statements[...])
  }

  private func compileBlock(_ statements: ArraySlice<Statement>) throws(SyntaxError) -> Executor {
    switch statements.count {
    case 0: return { _ throws(PyException) in .normal }
    case 1: return try compile(statements[statements.startIndex])
    default:
      let middle = statements.startIndex + statements.count / 2
      let first = try compileBlock(statements[..<middle])
      let second = try compileBlock(statements[middle...])
      return { f throws(PyException) in
        let flow = try first(f)
        if case .normal = flow { return try second(f) }
        return flow
      }
    }
  }

  func compile(_ statement: Statement) throws(SyntaxError) -> Executor {
    let line = statement.location.line
    switch statement {
    case .expression(let expression, _):
      let value = try compile(expression)
      return { f throws(PyException) in
        f.line = line
        _ = try value(f)
        return .normal
      }
    case .assign(let targets, let value, _):
      if let parallel = try compileParallelAssign(targets, value, line: line) { return parallel }
      let evaluate = try compile(value)
      if targets.count == 1, case .name(let name, _) = targets[0], case .slot(let slot) = scope.resolve(name, globals: globals) {
        return { f throws(PyException) in
          f.line = line
          f.slots[slot] = try evaluate(f)
          return .normal
        }
      }
      if targets.count == 1 {
        let store = try compileStore(targets[0])
        return { f throws(PyException) in
          f.line = line
          try store(f, try evaluate(f))
          return .normal
        }
      }
      var stores: [Store] = []
      for target in targets { stores.append(try compileStore(target)) }
      return { f throws(PyException) in
        f.line = line
        let result = try evaluate(f)
        for store in stores { try store(f, result) }
        return .normal
      }
    case .augmentedAssign(let target, let op, let value, _):
      return try compileAugmented(target, op, value, line)
    case .ifElse(let test, let body, let orElse, _):
      let condition = try compileCondition(test)
      let then = try compileBlock(body)
      let otherwise = try compileBlock(orElse)
      return { f throws(PyException) in
        f.line = line
        return try condition(f) ? try then(f) : try otherwise(f)
      }
    case .whileLoop(let test, let body, let orElse, _):
      let condition = try compileCondition(test)
      scope.loopDepth += 1
      let loop = try compileBlock(body)
      scope.loopDepth -= 1
      let otherwise = try compileBlock(orElse)
      return { f throws(PyException) in
        let interpreter = f.interpreter
        while true {
          f.line = line
          guard try condition(f) else { break }
          try interpreter.checkInterrupt()
          switch try loop(f) {
          case .breakLoop: return .normal
          case .returned: return .returned
          default: continue
          }
        }
        return try otherwise(f)
      }
    case .forLoop(let target, let iterable, let body, let orElse, _):
      return try compileFor(target, iterable, body, orElse, line)
    case .function(let definition, let location):
      return try compileDef(definition, location)
    case .classDefinition(let definition, let location):
      return try compileClass(definition, location)
    case .returnValue(let value, let location):
      guard scope.kind == .function else {
        throw SyntaxError(message: "'return' outside function", location: location)
      }
      guard let value else {
        return { f throws(PyException) in
          f.line = line
          f.returnValue = .none
          return .returned
        }
      }
      let evaluate = try compile(value)
      return { f throws(PyException) in
        f.line = line
        f.returnValue = try evaluate(f)
        return .returned
      }
    case .pass:
      return { _ throws(PyException) in .normal }
    case .breakLoop(let location):
      guard scope.loopDepth > 0 else { throw SyntaxError(message: "'break' outside loop", location: location) }
      return { _ throws(PyException) in .breakLoop }
    case .continueLoop(let location):
      guard scope.loopDepth > 0 else {
        throw SyntaxError(message: "'continue' not properly in loop", location: location)
      }
      return { _ throws(PyException) in .continueLoop }
    case .delete(let targets, _):
      var deletes: [Evaluator] = []
      for target in targets { deletes.append(try compileDelete(target)) }
      return { f throws(PyException) in
        f.line = line
        for delete in deletes { _ = try delete(f) }
        return .normal
      }
    case .global(let names, let location):
      if scope.kind == .function {
        for name in names where scope.slots[name] != nil && !scope.declaredGlobals.contains(name) {
          throw SyntaxError(message: "name '\(name)' is assigned to before global declaration", location: location)
        }
      }
      return { _ throws(PyException) in .normal }
    case .nonlocal(_, let location):
      if scope.kind == .module {
        throw SyntaxError(message: "nonlocal declaration not allowed at module level", location: location)
      }
      return { _ throws(PyException) in .normal }
    case .assert(let test, let message, _):
      let condition = try compileCondition(test)
      let text = try message.map { (m: Expression) throws(SyntaxError) in try compile(m) }
      return { f throws(PyException) in
        f.line = line
        if try condition(f) { return .normal }
        guard let text else { throw PyException(.assertionError, "") }
        let detail = try text(f)
        let instance = PyInstance(cls: ExceptionKind.assertionError.cls, attributes: ["args": .tuple([detail])])
        throw PyException(instance: instance)
      }
    case .raise(let value, let cause, _):
      return try compileRaise(value, cause, line)
    case .tryExcept(let body, let handlers, let orElse, let finally, _):
      return try compileTry(body, handlers, orElse, finally, line)
    case .with(let items, let body, _):
      return try compileWith(items, body, line)
    case .importModules(let modules, _):
      return try compileImport(modules, line)
    case .importFrom(let module, let names, _):
      return try compileImportFrom(module, names, line)
    }
  }

  /// A condition as a Swift `Bool`, with fast paths for comparisons of numbers.
  func compileCondition(_ test: Expression) throws(SyntaxError) -> (Frame) throws(PyException) -> Bool {
    let value = try compile(test)
    return { f throws(PyException) in
      switch try value(f) {
      case .bool(let b): return b
      case .int(let i): return i != 0
      case .none: return false
      case let other: return try f.interpreter.truthy(other)
      }
    }
  }

  private func compileFor(
    _ target: Expression, _ iterable: Expression, _ body: [Statement], _ orElse: [Statement], _ line: Int
  ) throws(SyntaxError) -> Executor {
    let source = try compileLoopSource(iterable)
    let store = try compileStore(target)
    var slot: Int? = nil
    if case .name(let name, _) = target, case .slot(let s) = scope.resolve(name, globals: globals) { slot = s }
    scope.loopDepth += 1
    let loop = try compileBlock(body)
    scope.loopDepth -= 1
    let otherwise = try compileBlock(orElse)
    return { f throws(PyException) in
      f.line = line
      let interpreter = f.interpreter
      let sequence = try source(f)
      func step(_ value: PyValue) throws(PyException) -> Flow {
        try interpreter.checkInterrupt()
        if let slot { f.slots[slot] = value } else { try store(f, value) }
        return try loop(f)
      }
      switch sequence {
      case .range(let range):
        let count = range.count
        var k = 0
        while k < count {
          switch try step(.int(range.start &+ k &* range.step)) {
          case .breakLoop: return .normal
          case .returned: return .returned
          default: k += 1
          }
        }
      case .list(let list):
        var k = 0
        while k < list.items.count {
          switch try step(list.items[k]) {
          case .breakLoop: return .normal
          case .returned: return .returned
          default: k += 1
          }
        }
      case .tuple(let items):
        for item in items {
          switch try step(item) {
          case .breakLoop: return .normal
          case .returned: return .returned
          default: continue
          }
        }
      default:
        let iterator = try interpreter.iterate(sequence)
        while true {
          f.line = line  // an error raised by the iterator points at the `for` line
          guard let item = try iterator.next() else { break }
          switch try step(item) {
          case .breakLoop: return .normal
          case .returned: return .returned
          default: continue
          }
        }
      }
      return try otherwise(f)
    }
  }

  /// The iterable of a `for` loop; `range(...)` with plain arguments is evaluated without making
  /// a range object or an argument list, unless the script has rebound the name `range`.
  private func compileLoopSource(_ iterable: Expression) throws(SyntaxError) -> Evaluator {
    guard case .call(.name("range", _), let arguments, _) = iterable, (1...3).contains(arguments.count),
      case .global(let slot) = scope.resolve("range", globals: globals)
    else { return try compile(iterable) }
    var bounds: [Expression] = []
    for argument in arguments {
      guard case .positional(let e) = argument else { return try compile(iterable) }
      bounds.append(e)
    }
    let general = try compile(iterable)
    let count = bounds.count
    let unused: Evaluator = { _ throws(PyException) in .int(1) }
    let b0 = try compile(bounds[0])
    let b1 = count > 1 ? try compile(bounds[1]) : unused
    let b2 = count > 2 ? try compile(bounds[2]) : unused
    return { f throws(PyException) in
      if f.globals.values[slot] != nil { return try general(f) }
      let first = try b0(f)
      let second = try b1(f)
      let third = try b2(f)
      guard case .int(let x) = first, case .int(let y) = second, case .int(let z) = third, z != 0 else {
        return try general(f)
      }
      return count == 1 ? .range(PyRange(start: 0, stop: x, step: 1)) : .range(PyRange(start: x, stop: y, step: z))
    }
  }
}
