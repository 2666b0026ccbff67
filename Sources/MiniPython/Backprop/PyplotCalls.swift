/// Draws through `matplotlib.pyplot` as a script would, so Backprop's plots are ordinary figures.
///
/// `plot_boundary` and `plot_history` call the session's own `plt.contourf`, `plt.scatter`,
/// `plt.plot`, ...: the figures land on the current axes, compose with `plt.subplot`, take a
/// `plt.title` afterwards, and are shown by `plt.show()` (or at the end of a run) like any other.
struct PyplotCalls {
  let interpreter: Interpreter
  let module: PyModule

  /// The session's pyplot, imported if the script has not imported it yet.
  init(_ interpreter: Interpreter) throws(PyException) {
    self.interpreter = interpreter
    module = try interpreter.importDotted("matplotlib.pyplot").leaf
  }

  /// `plt.<name>(*args, **keywords)`.
  @discardableResult
  func callAsFunction(_ name: String, _ args: [PyValue], _ keywords: [(name: String, value: PyValue)] = [])
    throws(PyException) -> PyValue
  {
    guard let function = module.members[name] else { preconditionFailure("pyplot has no \(name)") }
    return try interpreter.call(function, args, keywords: keywords)
  }
}
