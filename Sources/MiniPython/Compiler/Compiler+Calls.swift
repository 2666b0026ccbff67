/// Evaluated call arguments.
typealias EvaluatedArguments = (positional: [PyValue], keywords: [(name: String, value: PyValue)])

extension Compiler {
  func compileCall(
    _ callee: Expression, _ arguments: [Expression.Argument], _ location: SourceLocation, fusing: Bool = true
  ) throws(SyntaxError) -> Evaluator {
    if case .name("super", _) = callee, scope.resolve("super", globals: globals).isGlobal {
      return try compileSuper(arguments)
    }
    if fusing, let fused = try compileFused(.call(callee, arguments, location), plain: { () throws(SyntaxError) in
      try compileCall(callee, arguments, location, fusing: false)
    }) {
      return fused
    }
    var expressions: [Expression] = []
    var isSimple = true
    for argument in arguments {
      if case .positional(let e) = argument { expressions.append(e) } else { isSimple = false }
    }
    if case .attribute(let object, let name, _) = callee {
      let evaluateAll = try compileArguments(arguments)
      return try compileMethodCall(object, name, isSimple ? expressions : nil, evaluateAll)
    }
    let function = try compile(callee)
    guard isSimple else {
      if let call = try compileKeywordCall(function, arguments) { return call }
      let evaluateAll = try compileArguments(arguments)
      return { f throws(PyException) in
        let target = try function(f)
        let (positional, keywords) = try evaluateAll(f)
        return try f.interpreter.call(target, positional, keywords: keywords)
      }
    }
    switch expressions.count {
    case 0:
      return { f throws(PyException) in
        let target = try function(f)
        // Each path uses either the function or the value it came in, so the reference moves.
        guard case .function(let callee) = target else { return try Compiler.callGeneric(target, [], f) }
        if let frame = Compiler.directFrame(callee, 0, f) {
          Compiler.fillDefaults(callee, from: 0, frame)
          return try f.interpreter.run(callee, in: frame)
        }
        return try f.interpreter.call(.function(callee), [])
      }
    case 1:
      let a0 = try compile(expressions[0])
      if let unary = unaryBuiltin(callee) {
        // len(x), float(v), str(i): the built-in is found when compiling; each call only checks
        // that no global of the same name hides it.
        let (slot, generic) = unary
        if case .name("len", _) = callee, case .name(let argument, _) = expressions[0],
          case .slot(let local) = scope.resolve(argument, globals: globals)
        {
          // len(xs) of a local list, tuple or dict: counted in place, without retaining it.
          return { f throws(PyException) in
            if f.globals.values[slot] == nil {
              switch f.slots[local] {
              case .list(let list)?: return .int(list.items.count)
              case .tuple(let items)?: return .int(items.count)
              case .dict(let dict)?: return .int(dict.count)
              default: return try generic(try a0(f), f.interpreter)
              }
            }
            let target = try function(f)
            return try Compiler.callGeneric(target, [try a0(f)], f)
          }
        }
        return { f throws(PyException) in
          if f.globals.values[slot] == nil { return try generic(try a0(f), f.interpreter) }
          let target = try function(f)
          return try Compiler.callGeneric(target, [try a0(f)], f)
        }
      }
      return { f throws(PyException) in
        let target = try function(f)
        let v0 = try a0(f)
        // Each path uses either the callee or the value it came in, so the reference moves.
        switch target {
        case .function(let callee):
          if let frame = Compiler.directFrame(callee, 1, f) {
          frame.slots[0] = consume v0
          Compiler.fillDefaults(callee, from: 1, frame)
          return try f.interpreter.run(callee, in: frame)
          }
          return try f.interpreter.call(.function(callee), [v0])
        case .builtin(let builtin):
          if let unary = builtin.unary { return try unary(v0, f.interpreter) }
          return try Compiler.callGeneric(.builtin(builtin), [v0], f)
        case .type(let cls):
          if let unary = cls.constructor?.unary { return try unary(v0, f.interpreter) }
          return try f.interpreter.call(.type(cls), [v0])
        default:
          return try Compiler.callGeneric(target, [v0], f)
        }
      }
    case 2:
      let a0 = try compile(expressions[0])
      let a1 = try compile(expressions[1])
      return { f throws(PyException) in
        let target = try function(f)
        let v0 = try a0(f)
        let v1 = try a1(f)
        // Each path uses either the function or the value it came in, so the reference moves.
        guard case .function(let callee) = target else { return try Compiler.callGeneric(target, [v0, v1], f) }
        if let frame = Compiler.directFrame(callee, 2, f) {
          frame.slots[0] = consume v0
          frame.slots[1] = consume v1
          Compiler.fillDefaults(callee, from: 2, frame)
          return try f.interpreter.run(callee, in: frame)
        }
        return try f.interpreter.call(.function(callee), [v0, v1])
      }
    case 3:
      let a0 = try compile(expressions[0])
      let a1 = try compile(expressions[1])
      let a2 = try compile(expressions[2])
      return { f throws(PyException) in
        let target = try function(f)
        let v0 = try a0(f)
        let v1 = try a1(f)
        let v2 = try a2(f)
        // Each path uses either the function or the value it came in, so the reference moves.
        guard case .function(let callee) = target else { return try Compiler.callGeneric(target, [v0, v1, v2], f) }
        if let frame = Compiler.directFrame(callee, 3, f) {
          frame.slots[0] = consume v0
          frame.slots[1] = consume v1
          frame.slots[2] = consume v2
          Compiler.fillDefaults(callee, from: 3, frame)
          return try f.interpreter.run(callee, in: frame)
        }
        return try f.interpreter.call(.function(callee), [v0, v1, v2])
      }
    case 4:
      // linear_activation_forward(A_prev, W, b, "relu")
      let a0 = try compile(expressions[0])
      let a1 = try compile(expressions[1])
      let a2 = try compile(expressions[2])
      let a3 = try compile(expressions[3])
      return { f throws(PyException) in
        let target = try function(f)
        let v0 = try a0(f)
        let v1 = try a1(f)
        let v2 = try a2(f)
        let v3 = try a3(f)
        // Each path uses either the function or the value it came in, so the reference moves.
        guard case .function(let callee) = target else {
          return try Compiler.callGeneric(target, [v0, v1, v2, v3], f)
        }
        if let frame = Compiler.directFrame(callee, 4, f) {
          frame.slots[0] = consume v0
          frame.slots[1] = consume v1
          frame.slots[2] = consume v2
          frame.slots[3] = consume v3
          Compiler.fillDefaults(callee, from: 4, frame)
          return try f.interpreter.run(callee, in: frame)
        }
        return try f.interpreter.call(.function(callee), [v0, v1, v2, v3])
      }
    default:
      var simple: [StoredEvaluator] = []
      for expression in expressions { simple.append(StoredEvaluator(try compile(expression))) }
      return { f throws(PyException) in
        let target = try function(f)
        if case .function(let callee) = target,
          let result = try Compiler.callDirect(callee, receiver: nil, simple, f)
        {
          return result
        }
        var positional: [PyValue] = []
        positional.reserveCapacity(simple.count)
        for argument in simple { positional.append(try argument.evaluate(f)) }
        return try Compiler.callGeneric(target, positional, f)
      }
    }
  }

  /// The global slot and one-argument implementation of a built-in function or type named by
  /// `callee` (`len`, `float`), if it has one.
  private func unaryBuiltin(_ callee: Expression)
    -> (Int, (PyValue, Interpreter) throws(PyException) -> PyValue)?
  {
    guard case .name(let name, _) = callee, case .global(let slot) = scope.resolve(name, globals: globals)
    else { return nil }
    switch builtins[name] {
    case .builtin(let builtin)?: return builtin.unary.map { (slot, $0) }
    case .type(let cls)?: return cls.constructor?.unary.map { (slot, $0) }
    default: return nil
    }
  }

  /// Calls a non-Python-function callee with positional arguments (built-ins take a short cut).
  @inline(__always)
  static func callGeneric(_ target: PyValue, _ positional: [PyValue], _ f: Frame) throws(PyException)
    -> PyValue
  {
    if case .builtin(let builtin) = target {
      return try builtin.body(
        Arguments(functionName: builtin.name, positional: positional, interpreter: f.interpreter))
    }
    return try f.interpreter.call(target, positional)
  }

  /// A fresh frame for calling `function` with `count` positional arguments, or `nil` when the
  /// signature needs the general binding rules.
  @inline(__always)
  static func directFrame(_ function: PyFunction, _ count: Int, _ f: Frame) -> Frame? {
    directFrame(function, count, interpreter: f.interpreter)
  }

  /// `directFrame(_:_:_:)` for a call made by `interpreter` outside compiled code.
  @inline(__always)
  static func directFrame(_ function: PyFunction, _ count: Int, interpreter: Interpreter) -> Frame? {
    let code = function.code
    let parameterCount = code.positionalNames.count
    guard code.isSimple, count <= parameterCount, count >= parameterCount - function.defaults.count else {
      return nil
    }
    if let frame = code.pooledFrameIfAny() {
      frame.globals = function.globals
      return frame
    }
    return Frame(
      slotCount: code.slotCount, cells: [], globals: function.globals, file: code.file,
      interpreter: interpreter)
  }

  /// Fills the parameters after the first `count` with their defaults.
  @inline(__always)
  static func fillDefaults(_ function: PyFunction, from count: Int, _ frame: Frame) {
    let parameterCount = function.code.positionalNames.count
    guard count < parameterCount else { return }
    let firstDefault = parameterCount - function.defaults.count
    for k in count..<parameterCount { frame.slots[k] = function.defaults[k - firstDefault] }
  }

  /// Calls a Python function by filling its parameter slots directly, when only positional
  /// arguments are passed and the signature is plain; `nil` means "use the general path".
  @inline(__always)
  static func callDirect(
    _ function: PyFunction, receiver: PyValue?, _ arguments: [StoredEvaluator], _ f: Frame
  ) throws(PyException) -> PyValue? {
    let count = arguments.count + (receiver == nil ? 0 : 1)
    guard let frame = directFrame(function, count, f) else { return nil }
    let parameterCount = function.code.positionalNames.count
    var index = 0
    if let receiver {
      frame.slots[0] = receiver
      index = 1
    }
    for argument in arguments {
      frame.slots[index] = try argument.evaluate(f)
      index += 1
    }
    if index < parameterCount {
      let firstDefault = parameterCount - function.defaults.count
      for k in index..<parameterCount { frame.slots[k] = function.defaults[k - firstDefault] }
    }
    return try f.interpreter.run(function, in: frame)
  }

  /// `super()` in a method (the defining class and `self`), or `super(Class, obj)`.
  private func compileSuper(_ arguments: [Expression.Argument]) throws(SyntaxError) -> Evaluator {
    let evaluateAll = try compileArguments(arguments)
    return { f throws(PyException) in
      let (positional, _) = try evaluateAll(f)
      if positional.count == 2, case .type(let cls) = positional[0] {
        return .native(SuperObject(cls: cls, receiver: positional[1]))
      }
      guard positional.isEmpty, let cls = f.function?.definingClass, let receiver = f.slots[0] else {
        throw PyException(.runtimeError, "super(): no arguments")
      }
      return .native(SuperObject(cls: cls, receiver: receiver))
    }
  }
}

extension CompileScope.Access {
  var isGlobal: Bool {
    if case .global = self { return true }
    return false
  }
}
