/// Runs compiled Python code and holds one session's state: globals, imported modules, outputs.
///
/// Host modules receive the interpreter in `Arguments.interpreter` and call back through
/// `call(_:_:keywords:)`, `repr(_:)`, `str(_:)`, `truthy(_:)`, `iterate(_:)` and `emit(_:)`.
/// An interpreter is used from one thread at a time.
public final class Interpreter {
  /// Raised from another thread to stop the running script with `KeyboardInterrupt`.
  public let interrupt: InterruptFlag
  /// Python's default recursion limit: deeper calls raise `RecursionError`.
  public var recursionLimit = 1000
  /// Receives every output as it happens.
  var sink: (Output) -> Void
  let registry: ModuleRegistry
  var modules: [String: PyModule] = [:]
  let globals = Globals()
  let builtins: [String: PyValue]
  var callDepth = 0
  /// The exception being handled by the innermost `except` (for a bare `raise`).
  var handling: [PyException] = []

  /// Creates an interpreter whose outputs go to `sink`.
  public init(
    modules registry: ModuleRegistry = .standard, interrupt: InterruptFlag = InterruptFlag(),
    sink: @escaping (Output) -> Void = { _ in }
  ) {
    self.registry = registry
    self.interrupt = interrupt
    self.sink = sink
    self.builtins = Builtins.table()
    globals["__name__"] = .str("__main__")
  }

  /// Hands an output to the session's sink (pyplot's `show()` emits `.plot`).
  public func emit(_ output: Output) {
    sink(output)
  }

  /// Raises `KeyboardInterrupt` if an interrupt was requested.
  @inline(__always)
  func checkInterrupt() throws(PyException) {
    if interrupt.isRaised {
      interrupt.reset()
      throw PyException(.keyboardInterrupt, "")
    }
  }

  /// The value of a global variable, if bound.
  public func global(_ name: String) -> PyValue? { globals[name] }

  /// Binds a global variable.
  public func setGlobal(_ name: String, _ value: PyValue) { globals[name] = value }

  /// The names bound at module level, sorted.
  public var globalNames: [String] { globals.boundNames.sorted() }

  /// The built-in names (`print`, `len`, ...), sorted.
  public var builtinNames: [String] { builtins.keys.sorted() }

  /// The module `name`, imported (made) on first use.
  ///
  /// - Throws: `ModuleNotFoundError: No module named 'x'`.
  public func importModule(_ name: String) throws(PyException) -> PyModule {
    if let module = modules[name] { return module }
    if let factory = registry.factory(for: name) {
      let module = factory()
      modules[name] = module
      return module
    }
    if registry.isPackage(name) {
      let package = PyModule(name: name)
      modules[name] = package
      return package
    }
    throw PyException(.moduleNotFoundError, "No module named '\(name)'")
  }

  /// Imports `a.b.c` and every parent, attaching children as members of their packages.
  func importDotted(_ name: String) throws(PyException) -> (top: PyModule, leaf: PyModule) {
    let parts = name.split(separator: ".").map(String.init)
    var path = parts[0]
    let top = try importModule(path)
    var parent = top
    for part in parts.dropFirst() {
      path += "." + part
      let child: PyModule
      if case .module(let member)? = parent.members[part], registry.factory(for: path) == nil {
        child = member
      } else {
        child = try importModule(path)
      }
      parent.members[part] = .module(child)
      parent = child
    }
    return (top, parent)
  }
}
