extension Compiler {
  /// Evaluates defaults and captured cells at `def` time and makes a function value.
  func makeFunction(_ code: FunctionCode, _ parameters: Parameters) throws(SyntaxError) -> Evaluator {
    var defaults: [Evaluator] = []
    for parameter in parameters.positional {
      if let value = parameter.defaultValue { defaults.append(try compile(value)) }
    }
    var keywordDefaults: [(String, Evaluator)] = []
    for parameter in parameters.keywordOnly {
      if let value = parameter.defaultValue { keywordDefaults.append((parameter.name, try compile(value))) }
    }
    let sources = code.freeCellSources
    return { f throws(PyException) in
      var values: [PyValue] = []
      for evaluate in defaults { values.append(try evaluate(f)) }
      var keywordValues: [String: PyValue] = [:]
      for (name, evaluate) in keywordDefaults { keywordValues[name] = try evaluate(f) }
      let closure = sources.map { f.cells[$0] }
      return .function(
        PyFunction(
          code: code, defaults: values, keywordDefaults: keywordValues, closure: closure,
          globals: f.globals))
    }
  }

  func compileDef(_ definition: FunctionDefinition, _ location: SourceLocation) throws(SyntaxError)
    -> Executor
  {
    let line = location.line
    var decorators: [Evaluator] = []
    for decorator in definition.decorators { decorators.append(try compile(decorator)) }
    let code = try compileFunction(
      name: definition.name, parameters: definition.parameters, body: definition.body,
      location: location)
    let make = try makeFunction(code, definition.parameters)
    let store = try compileStore(.name(definition.name, location))
    return { f throws(PyException) in
      f.line = line
      var function = try make(f)
      for decorator in decorators.reversed() {
        function = try f.interpreter.call(try decorator(f), [function])
      }
      try store(f, function)
      return .normal
    }
  }

  func compileClass(_ definition: ClassDefinition, _ location: SourceLocation) throws(SyntaxError)
    -> Executor
  {
    let line = location.line
    let name = definition.name
    let base = try definition.base.map { (b: Expression) throws(SyntaxError) in try compile(b) }
    var decorators: [Evaluator] = []
    for decorator in definition.decorators { decorators.append(try compile(decorator)) }
    let outer = scope
    let inner = CompileScope(kind: .classBody, parent: outer, name: name)
    scope = inner
    let body = try compileBlock(definition.body)
    scope = outer
    let slotCount = inner.slotCount
    let doc: String? = {
      if case .expression(.constant(.string(let doc), _), _)? = definition.body.first { return doc }
      return nil
    }()
    let store = try compileStore(.name(name, location))
    return { f throws(PyException) in
      f.line = line
      var baseClass: PyClass? = nil
      if let base {
        guard case .type(let cls) = try base(f) else {
          throw PyException(.typeError, "a class can only inherit from a class")
        }
        if cls.isBuiltin && cls.constructor != nil && cls !== Builtins.object {
          throw PyException(
            .typeError, "subclassing the built-in type '\(cls.name)' is not supported",
            help: "store a \(cls.name) in an attribute instead")
        }
        baseClass = cls === Builtins.object ? nil : cls
      }
      let frame = Frame(
        slotCount: slotCount, cells: f.cells, globals: f.globals, file: f.file,
        interpreter: f.interpreter)
      frame.namespace = [:]
      frame.namespace?["__qualname__"] = .str(name)
      if let doc { frame.namespace?["__doc__"] = .str(doc) }
      _ = try body(frame)
      let cls = PyClass(name: name, base: baseClass, attributes: frame.namespace ?? [:])
      for case .function(let method) in cls.attributes.values { method.definingClass = cls }
      var value = PyValue.type(cls)
      for decorator in decorators.reversed() { value = try f.interpreter.call(try decorator(f), [value]) }
      try store(f, value)
      return .normal
    }
  }

  func compileRaise(_ value: Expression?, _ cause: Expression?, _ line: Int) throws(SyntaxError) -> Executor {
    guard let value else {
      return { f throws(PyException) in
        f.line = line
        guard let active = f.interpreter.handling.last else {
          throw PyException(.runtimeError, "No active exception to reraise")
        }
        throw active
      }
    }
    let evaluate = try compile(value)
    let causeValue = try cause.map { (c: Expression) throws(SyntaxError) in try compile(c) }
    return { f throws(PyException) in
      f.line = line
      if let causeValue { _ = try causeValue(f) }
      throw try Compiler.exception(from: try evaluate(f), f.interpreter)
    }
  }

  /// The exception a `raise` statement throws: a class is instantiated, an instance used as is.
  static func exception(from value: PyValue, _ interpreter: Interpreter) throws(PyException) -> PyException {
    var instance = value
    if case .type(let cls) = value, cls.isSubclass(of: ExceptionKind.baseException.cls) {
      instance = try interpreter.instantiate(cls, [], keywords: [])
    }
    guard case .instance(let object) = instance, object.cls.isSubclass(of: ExceptionKind.baseException.cls) else {
      return PyException(.typeError, "exceptions must derive from BaseException")
    }
    return PyException(instance: object)
  }

  func compileTry(
    _ body: [Statement], _ handlers: [ExceptHandler], _ orElse: [Statement], _ finally: [Statement],
    _ line: Int
  ) throws(SyntaxError) -> Executor {
    let protected = try compileBlock(body)
    var compiled: [(type: Evaluator?, store: Store?, body: Executor)] = []
    for handler in handlers {
      let type = try handler.type.map { (t: Expression) throws(SyntaxError) in try compile(t) }
      let store = try handler.name.map { (n: String) throws(SyntaxError) in
        try compileStore(.name(n, handler.location))
      }
      compiled.append((type, store, try compileBlock(handler.body)))
    }
    let otherwise = try compileBlock(orElse)
    let hasCleanup = !finally.isEmpty
    let cleanup = try compileBlock(finally)
    return { f throws(PyException) in
      f.line = line
      var flow = Flow.normal
      var pending: PyException? = nil
      do throws(PyException) {
        flow = try protected(f)
        if case .normal = flow { flow = try otherwise(f) }
      } catch {
        pending = error
        for handler in compiled {
          if let type = handler.type, !(try Compiler.matches(error, try type(f))) { continue }
          pending = nil
          if let store = handler.store { try store(f, error.value) }
          f.interpreter.handling.append(error)
          defer { f.interpreter.handling.removeLast() }
          do throws(PyException) {
            flow = try handler.body(f)
          } catch let inner {
            if !hasCleanup { throw inner }
            pending = inner
          }
          break
        }
      }
      if hasCleanup {
        let finalFlow = try cleanup(f)
        if case .normal = finalFlow {} else { return finalFlow }
      }
      if let pending { throw pending }
      return flow
    }
  }

  /// Whether an exception matches an `except` clause's class or tuple of classes.
  static func matches(_ error: PyException, _ type: PyValue) throws(PyException) -> Bool {
    switch type {
    case .type(let cls): return error.cls.isSubclass(of: cls)
    case .tuple(let items):
      for item in items where try matches(error, item) { return true }
      return false
    default:
      throw PyException(.typeError, "catching classes that do not inherit from BaseException is not allowed")
    }
  }

  func compileWith(_ items: [(Expression, Expression?)], _ body: [Statement], _ line: Int)
    throws(SyntaxError) -> Executor
  {
    var contexts: [(Evaluator, Store?)] = []
    for (context, target) in items {
      contexts.append((try compile(context), try target.map { (t: Expression) throws(SyntaxError) in try compileStore(t) }))
    }
    let block = try compileBlock(body)
    return { f throws(PyException) in
      f.line = line
      let interpreter = f.interpreter
      var exits: [PyValue] = []
      for (context, store) in contexts {
        let manager = try context(f)
        let entered = try interpreter.call(try interpreter.attribute(manager, "__enter__"), [])
        exits.append(try interpreter.attribute(manager, "__exit__"))
        if let store { try store(f, entered) }
      }
      var flow = Flow.normal
      do throws(PyException) {
        flow = try block(f)
      } catch {
        var suppressed = false
        for exit in exits.reversed() {
          let result = try interpreter.call(exit, [.type(error.cls), error.value, .none])
          if try interpreter.truthy(result) { suppressed = true }
        }
        if !suppressed { throw error }
        return .normal
      }
      for exit in exits.reversed() { _ = try interpreter.call(exit, [.none, .none, .none]) }
      return flow
    }
  }

  func compileImport(_ modules: [(name: String, alias: String?)], _ line: Int) throws(SyntaxError) -> Executor {
    var steps: [(String, Bool, Store)] = []
    for (name, alias) in modules {
      let bound = alias ?? String(name.prefix { $0 != "." })
      steps.append((name, alias != nil, try compileStore(.name(bound, SourceLocation(line: line, column: 1)))))
    }
    return { f throws(PyException) in
      f.line = line
      for (name, hasAlias, store) in steps {
        let (top, leaf) = try f.interpreter.importDotted(name)
        try store(f, .module(hasAlias ? leaf : top))
      }
      return .normal
    }
  }

  func compileImportFrom(_ module: String, _ names: [(name: String, alias: String?)], _ line: Int)
    throws(SyntaxError) -> Executor
  {
    var steps: [(String, Store)] = []
    for (name, alias) in names {
      steps.append((name, try compileStore(.name(alias ?? name, SourceLocation(line: line, column: 1)))))
    }
    return { f throws(PyException) in
      f.line = line
      let interpreter = f.interpreter
      let source = try interpreter.importDotted(module).leaf
      if steps.isEmpty {
        for (name, value) in source.members where !name.hasPrefix("_") { f.globals[name] = value }
        return .normal
      }
      for (name, store) in steps {
        if let member = source.members[name] {
          try store(f, member)
        } else if let child = try? interpreter.importDotted(module + "." + name).leaf {
          source.members[name] = .module(child)
          try store(f, .module(child))
        } else {
          throw PyException(.importError, "cannot import name '\(name)' from '\(module)' (unknown location)")
        }
      }
      return .normal
    }
  }
}
