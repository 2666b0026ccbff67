import TextPlot

/// The `matplotlib.pyplot` module (`import matplotlib.pyplot as plt`), drawn by TextPlot.
///
/// pyplot calls build `PlotFigure` values in the session's `PyplotState`; they never print.
/// `plt.show()` (and the end of a run) hands each open figure to the session's sink as an
/// `Output.plot`, which the notebook and `backprop run` draw at their own size and colours.
/// The drawing and labelling calls are `AxesOperation`s shared with `Axes` objects
/// (`Pyplot+Lines.swift`, `Pyplot+Fields.swift`, `Pyplot+Bars.swift`,
/// `Pyplot+Decorations.swift`); figure management is `Pyplot+Figures.swift`.
///
/// Cosmetic arguments (sizes, line widths, alpha, fonts, grid) are accepted and ignored, and
/// their help says so; anything that would change what a figure means and is not supported
/// raises an error saying what is.
enum Pyplot {
  /// A fresh module for one session, with its own figures and `rcParams`.
  static func make() -> PyModule {
    let state = PyplotState()
    var functions: [BuiltinFunction] = []
    for operation in AxesOperation.all(state) {
      guard let name = operation.functionName else { continue }
      functions.append(operation.builtin(named: name, prefix: "") { body throws(PyException) in try state.withCurrentAxes(body) })
    }
    functions += figureFunctions(state)
    let module = PyModule(
      name: "matplotlib.pyplot",
      doc: "Plots drawn in the terminal by TextPlot: plot, scatter, contourf, imshow, hist, bar,\nlabels, limits, log scales, subplots and colour maps. show() draws the figure.",
      functions: functions)
    module.members[PyplotState.memberName] = .native(state)
    module.members["rcParams"] = .dict(state.rcParams)
    module.members["cm"] = .module(ColormapObject.module())
    module.members["get_cmap"] = .builtin(ColormapObject.getColormap)
    return module
  }

  /// Draws and closes the figures a run left open, if pyplot was imported.
  static func showOpenFigures(in interpreter: Interpreter) {
    guard case .native(let object)? = interpreter.modules["matplotlib.pyplot"]?.members[PyplotState.memberName],
      let state = object as? PyplotState
    else { return }
    state.show(to: interpreter)
  }

  /// The `matplotlib` package: `matplotlib.cm`, `matplotlib.use` (accepted) and, once imported,
  /// `matplotlib.pyplot`.
  static func package() -> PyModule {
    let use = BuiltinFunction(
      name: "use", signature: "use(backend)", doc: "Accepted and ignored: Backprop always draws in the terminal."
    ) { _ throws(PyException) in .none }
    let module = PyModule(name: "matplotlib", doc: "matplotlib, drawn in the terminal by TextPlot.", functions: [use])
    module.members["cm"] = .module(ColormapObject.module())
    return module
  }

  /// An error for what Backprop's figures cannot hold (text annotations).
  static func unsupportedText(_ name: String) -> BuiltinFunction {
    BuiltinFunction(name: name, signature: "\(name)(x, y, s)", doc: "Not supported: plots here have no text annotations.") {
      _ throws(PyException) in
      throw PyException(
        .notImplementedError, "\(name)() is not supported: Backprop's terminal plots have no text annotations",
        help: "put the text in the title (plt.title) or a legend label (label=...), or print it")
    }
  }

  /// `savefig` raises: figures are drawn in the terminal, not written to files.
  static let savefig = BuiltinFunction(
    name: "savefig", signature: "savefig(fname)", doc: "Not available: Backprop draws figures in the terminal."
  ) { _ throws(PyException) in
    throw PyException(
      .notImplementedError, "savefig() is not available: Backprop draws figures in the terminal, not in files",
      help: "call plt.show() to draw the figure here")
  }
}
