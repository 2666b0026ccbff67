/// Turns the syntax tree into closures over frames, resolving every name to a slot, a cell or a
/// global once, so running code never looks a variable up by name.
///
/// Each expression becomes an `Evaluator` and each statement an `Executor`; hot cases (int and
/// float arithmetic, comparisons, `range` loops, calls of Python functions, `list.append`) get
/// closures of their own.
final class Compiler {
  let file: SourceFile
  let globals: Globals
  let builtins: [String: PyValue]
  var scope: CompileScope

  init(file: SourceFile, globals: Globals, builtins: [String: PyValue]) {
    self.file = file
    self.globals = globals
    self.builtins = builtins
    self.scope = CompileScope(kind: .module, parent: nil, name: "<module>")
  }

  /// Compiled module code: its statements and the slots its frame needs.
  struct ModuleCode {
    var body: [Executor]
    var slotCount: Int
  }

  /// Compiles a module; with `echo`, top-level expression statements emit their repr (REPL).
  func compileModule(_ statements: [Statement], echo: Bool = false) throws(SyntaxError) -> ModuleCode {
    var body: [Executor] = []
    for statement in statements {
      if echo, case .expression(let expression, let location) = statement {
        body.append(echoStatement(try compile(expression), location))
      } else {
        body.append(try compile(statement))
      }
    }
    return ModuleCode(body: body, slotCount: scope.slotCount)
  }

  private func echoStatement(_ value: @escaping Evaluator, _ location: SourceLocation) -> Executor {
    let line = location.line
    return { f throws(PyException) in
      f.line = line
      let result = try value(f)
      if !result.isNone {
        f.globals["_"] = result
        f.interpreter.emit(.text(try f.interpreter.repr(result) + "\n"))
      }
      return .normal
    }
  }

  /// Compiles a function body in a new scope; returns its code object.
  func compileFunction(
    name: String, parameters: Parameters, body: [Statement], location: SourceLocation,
    isLambda: Bool = false
  ) throws(SyntaxError) -> FunctionCode {
    let analysis = ScopeAnalysis.function(parameters: parameters.names, body: body)
    let outer = scope
    let inner = CompileScope(kind: .function, parent: outer, name: name)
    inner.declaredGlobals = analysis.globals
    let enclosing = outer.kind == .function ? outer : outer.enclosingFunction
    for name in analysis.free.sorted() where enclosing?.cellIndex(for: name) != nil {
      inner.freeNames.append(name)
    }
    for name in analysis.nonlocals where !inner.freeNames.contains(name) {
      throw SyntaxError(message: "no binding for nonlocal '\(name)' found", location: location)
    }
    var order = parameters.positional.map(\.name) + parameters.keywordOnly.map(\.name)
    if let varargs = parameters.varargs { order.append(varargs) }
    if let varkw = parameters.varkw { order.append(varkw) }
    order += analysis.locals.subtracting(order).sorted()
    for local in order {
      inner.slots[local] = inner.newSlot()
    }
    var parameterCells: [(slot: Int, cell: Int)] = []
    for local in order where analysis.nestedFree.contains(local) && !analysis.globals.contains(local) {
      let cell = inner.ownCellCount
      inner.cells[local] = cell
      inner.ownCellCount += 1
      if let slot = inner.slots[local], parameters.names.contains(local) {
        parameterCells.append((slot, cell))
      }
    }
    scope = inner
    defer { scope = outer }
    var runner: Evaluator
    if body.count == 1, case .returnValue(let value?, _) = body[0] {
      runner = try compile(value)
    } else {
      let block = try compileBlock(body)
      runner = { f throws(PyException) in
        if case .returned = try block(f) { return f.returnValue }
        return .none
      }
    }
    if analysis.isGenerator { runner = Compiler.generatorRunner(body: runner) }
    let positionalCount = parameters.positional.count
    let code = FunctionCode(
      name: name, file: file, line: location.line,
      positionalNames: parameters.positional.map(\.name),
      keywordOnlyNames: parameters.keywordOnly.map(\.name),
      varargsSlot: parameters.varargs.map { _ in positionalCount + parameters.keywordOnly.count },
      varkwSlot: parameters.varkw.map { _ in
        positionalCount + parameters.keywordOnly.count + (parameters.varargs == nil ? 0 : 1)
      },
      slotCount: inner.slotCount, ownCellCount: inner.ownCellCount, parameterCells: parameterCells,
      runner: runner)
    globals.codes.append(code)
    code.firstLine = body.first?.location.line ?? location.line
    code.freeCellSources = inner.freeNames.map { outer.cellIndex(for: $0) ?? 0 }
    if case .expression(.constant(.string(let doc), _), _)? = body.first { code.doc = doc }
    var qualifiers: [String] = []
    var walk: CompileScope? = outer
    while let s = walk, s.kind != .module {
      qualifiers.insert(s.kind == .function ? s.name + ".<locals>" : s.name, at: 0)
      walk = s.parent
    }
    code.qualifiedName = (qualifiers + [name]).joined(separator: ".")
    return code
  }
}
