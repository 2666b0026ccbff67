/// Generator functions: a body containing `yield` runs as a `Generator` when called.
extension Compiler {
  /// The runner of a generator function: instead of running `body`, a call returns a generator
  /// that will run it in a frame of its own (the call's frame goes back to the pool).
  static func generatorRunner(body: @escaping Evaluator) -> Evaluator {
    return { f throws(PyException) in
      guard let function = f.function else { return .none }  // set by every call
      let frame = Frame(
        slotCount: f.slotCount, cells: f.cells, globals: f.globals, file: f.file,
        interpreter: f.interpreter)
      for index in 0..<f.slotCount { frame.slots[index] = f.slots[index] }
      frame.function = function
      frame.line = f.line
      let code = GeneratorCode(function: function, body: body)
      return .iterator(Generator(code: code, frame: frame).iterator())
    }
  }

  /// `yield value`, `yield` and `yield from iterable`; the value of the expression is `None`.
  ///
  /// - Throws: `SyntaxError: 'yield' outside function` at module or class level.
  func compileYield(_ value: Expression?, from: Bool, _ location: SourceLocation) throws(SyntaxError) -> Evaluator {
    guard scope.kind == .function else {
      throw SyntaxError(message: "'yield' outside function", location: location)
    }
    let evaluate = try value.map { (v: Expression) throws(SyntaxError) in try compile(v) }
    if from, let evaluate {
      return { f throws(PyException) in
        let iterator = try f.interpreter.iterate(try evaluate(f))
        while let item = try iterator.next() { _ = try Compiler.yielding(item, in: f) }
        return .none
      }
    }
    return { f throws(PyException) in try Compiler.yielding(try evaluate?(f) ?? .none, in: f) }
  }

  private static func yielding(_ value: PyValue, in frame: Frame) throws(PyException) -> PyValue {
    guard let generator = frame.generator else {
      throw PyException(.runtimeError, "'yield' ran outside a generator")
    }
    return try generator.yield(value)
  }
}

/// What a generator runs: the function (kept alive while the generator lives) and its body.
struct GeneratorCode {
  let function: PyFunction
  let body: Evaluator
}
