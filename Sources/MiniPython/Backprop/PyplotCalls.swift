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

  /// Starts a new figure when the current axes already hold a drawing, so a whole-axes plot
  /// (regions under points) never lands on another one; an empty current axes (a fresh
  /// `plt.subplot(...)`) is drawn on.
  func useEmptyAxes() throws(PyException) {
    guard case .native(let object)? = module.members[PyplotState.memberName],
      let state = object as? PyplotState,
      let number = state.currentNumber,
      let index = state.figures.firstIndex(where: { $0.number == number })
    else { return }
    let open = state.figures[index]
    if !open.figure.subplots[open.currentAxes].layers.isEmpty { try self("figure", []) }
  }

  /// `plt.<name>(*args, **keywords)`.
  @discardableResult
  func callAsFunction(
    _ name: String, _ args: [PyValue], _ keywords: [(name: String, value: PyValue)] = []
  )
    throws(PyException) -> PyValue
  {
    guard let function = module.members[name] else { preconditionFailure("pyplot has no \(name)") }
    return try interpreter.call(function, args, keywords: keywords)
  }
}
