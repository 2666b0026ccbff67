extension Interpreter {
  /// Parses, compiles and runs source text at module level; returns the uncaught error, if any.
  func execute(source: String, fileName: String, echo: Bool) -> ScriptError? {
    let file = SourceFile(name: fileName, source: source)
    let code: Compiler.ModuleCode
    do {
      let statements = try Parser.parse(source)
      let compiler = Compiler(file: file, globals: globals, builtins: builtins)
      code = try compiler.compileModule(statements, echo: echo)
    } catch {
      return ScriptError(
        typeName: error.kind.rawValue, message: error.message,
        syntax: .init(file: fileName, location: error.location, sourceLine: file.rawLine(error.location.line)))
    }
    let frame = Frame(
      slotCount: code.slotCount, cells: [], globals: globals, file: file, interpreter: self)
    callDepth = 0
    handling = []
    do throws(PyException) {
      for statement in code.body { _ = try statement(frame) }
      return nil
    } catch {
      error.traceback.append(
        TracebackFrame(file: fileName, line: frame.line, function: "<module>", sourceLine: file.line(frame.line)))
      return scriptError(for: error)
    }
  }

  /// The learner-facing form of an exception: type, message, help and frames (outermost first).
  func scriptError(for error: PyException) -> ScriptError {
    var message = ""
    if case .instance(let object) = error.value {
      message = (try? exceptionMessage(object)) ?? ""
    }
    return ScriptError(
      typeName: error.typeName, message: message, help: error.help,
      traceback: error.traceback.reversed())
  }
}

extension SourceFile {
  /// The text of line `number` as written (with indentation), or `""`.
  func rawLine(_ number: Int) -> String {
    guard number >= 1, number <= lines.count else { return "" }
    return String(lines[number - 1])
  }
}
