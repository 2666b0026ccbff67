import TextPlot

/// The per-session state of `matplotlib.pyplot`: the open figures and which one is current.
///
/// pyplot draws on the current axes of the current figure, creating a 1x1 figure on first use.
/// `figure()` and `subplots()` open a new figure, `subplot(r, c, i)` picks a tile of the current
/// one, and `show()` hands every open figure that has something drawn to the session's sink as
/// an `Output.plot`, then closes them all (what `plt.show()` does). A run of a script or a
/// notebook cell ends with the same flush, as Jupyter's inline backend does.
final class PyplotState: NativeObject {
  static let memberName = "_state"

  /// A figure being drawn: its number (`plt.figure(num)`), its subplots and the current one.
  struct OpenFigure {
    var number: Int
    var figure: PlotFigure
    var currentAxes = 0
  }

  /// The open figures, oldest first.
  var figures: [OpenFigure] = []
  /// The number of the current figure, if any is open.
  var currentNumber: Int?
  private var nextNumber = 1
  /// `plt.rcParams`: read for `image.cmap` (the default colour map); other keys are kept.
  let rcParams: PyDict

  init() {
    rcParams = PyDict()
    rcParams.set("figure.figsize", .list(PyList([.float(6.4), .float(4.8)])))
    rcParams.set("image.cmap", .str("viridis"))
    rcParams.set("image.interpolation", .str("antialiased"))
  }

  /// Opens a new figure of `rows x columns` empty axes and makes it current.
  @discardableResult
  func newFigure(rows: Int = 1, columns: Int = 1, number: Int? = nil) -> Int {
    let number = number ?? nextNumber
    nextNumber = max(nextNumber, number + 1)
    figures.append(OpenFigure(number: number, figure: PyplotState.emptyFigure(rows: rows, columns: columns)))
    currentNumber = number
    return number
  }

  /// A figure of empty axes, with matplotlib's default of no legend until `legend()`.
  static func emptyFigure(rows: Int, columns: Int) -> PlotFigure {
    PlotFigure(rows: rows, columns: columns, subplots: Array(repeating: Axes(showsLegend: false), count: rows * columns))
  }

  /// The index in `figures` of the current figure, opening one if none is.
  func currentIndex() -> Int {
    if let number = currentNumber, let index = figures.firstIndex(where: { $0.number == number }) {
      return index
    }
    newFigure()
    return figures.count - 1
  }

  /// The index in `figures` of figure `number`.
  ///
  /// - Throws: `RuntimeError` when it was shown or closed.
  func index(of number: Int) throws(PyException) -> Int {
    guard let index = figures.firstIndex(where: { $0.number == number }) else {
      throw PyException(
        .runtimeError, "figure \(number) was already shown or closed",
        help: "plt.show() draws and closes every open figure; make a new one with plt.figure() or plt.subplots()")
    }
    return index
  }

  /// Runs `body` on the current axes of the current figure.
  func withCurrentAxes<T>(_ body: (inout Axes) throws(PyException) -> T) throws(PyException) -> T {
    let index = currentIndex()
    let axesIndex = figures[index].currentAxes
    return try body(&figures[index].figure.subplots[axesIndex])
  }

  /// Runs `body` on subplot `axesIndex` of figure `number` (an `Axes` object from `subplots`).
  func withAxes<T>(figure number: Int, index axesIndex: Int, _ body: (inout Axes) throws(PyException) -> T)
    throws(PyException) -> T
  {
    let index = try index(of: number)
    return try body(&figures[index].figure.subplots[axesIndex])
  }

  /// Whether a figure has anything to show: a layer or a title anywhere.
  static func hasContent(_ figure: PlotFigure) -> Bool {
    !figure.title.isEmpty || figure.subplots.contains { !$0.layers.isEmpty || !$0.title.isEmpty }
  }

  /// Emits every open figure that has content, oldest first, and closes them all.
  func show(to interpreter: Interpreter) {
    let shown = figures
    figures.removeAll()
    currentNumber = nil
    for open in shown where PyplotState.hasContent(open.figure) {
      interpreter.emit(.plot(open.figure))
    }
  }

  var typeName: String { "matplotlib.pyplot._state" }

  func repr(in interpreter: Interpreter) throws(PyException) -> String { "<pyplot state>" }

  /// The default colour map: `rcParams['image.cmap']`, else viridis.
  var defaultColormap: Colormap {
    if case .str(let name)? = rcParams.get("image.cmap"), let map = Colormap.named(name) { return map }
    return .viridis
  }
}
