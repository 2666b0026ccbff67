extension Interpreter {
  /// Calls any callable value with positional and keyword arguments, as `callee(*args, **kw)`.
  ///
  /// - Throws: whatever the callee raises; `TypeError: 'int' object is not callable`.
  public func call(
    _ callee: PyValue, _ args: [PyValue], keywords: [(name: String, value: PyValue)] = []
  ) throws(PyException) -> PyValue {
    switch callee {
    case .function(let function):
      return try callFunction(function, args, keywords: keywords)
    case .builtin(let builtin):
      return try builtin.body(
        Arguments(functionName: builtin.name, positional: args, keywords: keywords, interpreter: self))
    case .boundMethod(let method):
      return try call(method.function, [method.receiver] + args, keywords: keywords)
    case .type(let cls):
      return try instantiate(cls, args, keywords: keywords)
    case .instance(let object):
      if let method = object.cls.lookup("__call__") {
        return try call(method, [callee] + args, keywords: keywords)
      }
    case .native(let object):
      let arguments = Arguments(
        functionName: object.typeName, positional: args, keywords: keywords, interpreter: self)
      if let result = try object.call(arguments) { return result }
    default:
      break
    }
    throw PyException(.typeError, "'\(callee.typeName)' object is not callable")
  }

  /// Calls a Python function: binds arguments to slots and runs the body in a new frame.
  func callFunction(
    _ function: PyFunction, _ args: [PyValue], keywords: [(name: String, value: PyValue)]
  ) throws(PyException) -> PyValue {
    let code = function.code
    let frame: Frame
    if let pooled = code.pooledFrameIfAny() {
      pooled.globals = function.globals
      frame = pooled
    } else {
      frame = Frame(
        slotCount: code.slotCount, cells: [], globals: function.globals, file: code.file,
        interpreter: self)
    }
    try bind(function, args, keywords: keywords, into: frame)
    return try run(function, in: frame)
  }

  /// Runs a function's body in a frame whose parameter slots are already filled.
  ///
  /// The frame is handed over (consumed): when the call is over it goes back to the code's pool
  /// without a reference-count round trip.
  func run(_ function: PyFunction, in frame: consuming Frame) throws(PyException) -> PyValue {
    let code = function.code
    frame.function = function
    if code.ownCellCount > 0 || !function.closure.isEmpty {
      var cells: [Cell] = []
      cells.reserveCapacity(code.ownCellCount + function.closure.count)
      for _ in 0..<code.ownCellCount { cells.append(Cell()) }
      for (slot, cell) in code.parameterCells { cells[cell].value = frame.slots[slot] }
      cells.append(contentsOf: function.closure)
      frame.cells = cells
    }
    if callDepth + 1 >= recursionLimit {
      throw PyException(.recursionError, "maximum recursion depth exceeded")
    }
    try checkInterrupt()
    callDepth += 1
    frame.line = code.firstLine
    // A frame is referenced only by its call (closures capture cells, not frames), so once the
    // call is over it can serve the next call of the same code.
    let result: PyValue
    do throws(PyException) {
      result = try code.runner(frame)
    } catch {
      callDepth -= 1
      error.traceback.append(
        TracebackFrame(
          file: code.file.name, line: frame.line, function: code.name,
          sourceLine: code.file.line(frame.line)))
      code.pool(frame)
      throw error
    }
    callDepth -= 1
    code.pool(frame)
    return result
  }

  /// Binds call arguments to parameter slots with Python's rules and error messages.
  func bind(
    _ function: PyFunction, _ args: [PyValue], keywords: [(name: String, value: PyValue)],
    into frame: Frame
  ) throws(PyException) {
    let code = function.code
    let slots = frame.slots
    let positionalCount = code.positionalNames.count
    let name = code.qualifiedName
    if args.count > positionalCount {
      if let varargs = code.varargsSlot { slots[varargs] = .tuple(Array(args[positionalCount...])) }
    } else if let varargs = code.varargsSlot {
      slots[varargs] = .tuple([])
    }
    for index in 0..<min(args.count, positionalCount) { slots[index] = args[index] }
    var extra: PyDict? = nil
    if let varkw = code.varkwSlot {
      let dict = PyDict()
      extra = dict
      slots[varkw] = .dict(dict)
    }
    for (keyword, value) in keywords {
      if let index = code.positionalNames.firstIndex(of: keyword) {
        if slots[index] != nil {
          throw PyException(.typeError, "\(name)() got multiple values for argument '\(keyword)'")
        }
        slots[index] = value
      } else if let index = code.keywordOnlyNames.firstIndex(of: keyword) {
        slots[positionalCount + index] = value
      } else if let extra {
        extra.set(keyword, value)
      } else {
        throw PyException(.typeError, "\(name)() got an unexpected keyword argument '\(keyword)'")
      }
    }
    // As in CPython, keyword errors come before "takes 2 positional arguments but 3 were given".
    if args.count > positionalCount, code.varargsSlot == nil {
      let required = positionalCount - function.defaults.count
      let takes = required == positionalCount
        ? "\(positionalCount) positional argument\(positionalCount == 1 ? "" : "s")"
        : "from \(required) to \(positionalCount) positional arguments"
      throw PyException(
        .typeError,
        "\(name)() takes \(takes) but \(args.count) \(args.count == 1 ? "was" : "were") given")
    }
    let firstDefault = positionalCount - function.defaults.count
    var missing: [String] = []
    for index in 0..<positionalCount where slots[index] == nil {
      if index >= firstDefault {
        slots[index] = function.defaults[index - firstDefault]
      } else {
        missing.append(code.positionalNames[index])
      }
    }
    if !missing.isEmpty {
      throw PyException(
        .typeError,
        "\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(Interpreter.listing(missing))"
      )
    }
    for (index, keyword) in code.keywordOnlyNames.enumerated() where slots[positionalCount + index] == nil {
      if let value = function.keywordDefaults[keyword] {
        slots[positionalCount + index] = value
      } else {
        missing.append(keyword)
      }
    }
    if !missing.isEmpty {
      throw PyException(
        .typeError,
        "\(name)() missing \(missing.count) required keyword-only argument\(missing.count == 1 ? "" : "s"): \(Interpreter.listing(missing))"
      )
    }
  }

  /// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
  static func listing(_ names: [String]) -> String {
    let quoted = names.map { "'\($0)'" }
    switch quoted.count {
    case 1: return quoted[0]
    case 2: return "\(quoted[0]) and \(quoted[1])"
    default: return quoted.dropLast().joined(separator: ", ") + ", and " + quoted.last!
    }
  }

  /// `BaseException`, looked up once.
  private static let baseException = ExceptionKind.baseException.cls

  /// A frame for calling `function` with `count` positional arguments, or `nil` when its
  /// signature needs the general binding rules.
  private func directFrame(_ function: PyFunction, _ count: Int) -> Frame? {
    Compiler.directFrame(function, count, interpreter: self)
  }

  /// Calls a class: a built-in type's constructor, or a new instance initialised by `__init__`.
  func instantiate(
    _ cls: PyClass, _ args: [PyValue], keywords: [(name: String, value: PyValue)]
  ) throws(PyException) -> PyValue {
    if let constructor = cls.constructor {
      return try constructor.body(
        Arguments(functionName: cls.name, positional: args, keywords: keywords, interpreter: self))
    }
    let instance = PyInstance(cls: cls)
    let isException = cls.isSubclass(of: Interpreter.baseException)
    if isException { instance.setAttribute("args", .tuple(args)) }
    if let initializer = cls.initializer {
      let result: PyValue
      if case .function(let function) = initializer, keywords.isEmpty,
        let frame = directFrame(function, args.count + 1)
      {
        // Layer(): __init__ gets the instance and the arguments straight in its slots.
        frame.slots[0] = .instance(instance)
        for (index, argument) in args.enumerated() { frame.slots[index + 1] = argument }
        Compiler.fillDefaults(function, from: args.count + 1, frame)
        result = try run(function, in: frame)
      } else {
        result = try call(initializer, [.instance(instance)] + args, keywords: keywords)
      }
      if !result.isNone {
        throw PyException(.typeError, "__init__() should return None, not '\(result.typeName)'")
      }
    } else if !isException && (!args.isEmpty || !keywords.isEmpty) {
      throw PyException(.typeError, "\(cls.name)() takes no arguments")
    }
    return .instance(instance)
  }
}
