import TextPlot

/// Figures and subplots: `figure`, `subplot`, `subplots`, `gca`, `gcf`, `clf`, `cla`, `close`,
/// `show`, and the accepted or refused extras.
extension Pyplot {
  static func figureFunctions(_ state: PyplotState) -> [BuiltinFunction] {
    func function(_ name: String, _ signature: String, _ doc: String, _ body: @escaping (Arguments) throws(PyException) -> PyValue) -> BuiltinFunction {
      BuiltinFunction(name: name, signature: signature, doc: doc, body: body)
    }
    func accepted(_ name: String, _ what: String) -> BuiltinFunction {
      function(name, "\(name)(...)", "Accepted and ignored (\(what)).") { _ throws(PyException) in .none }
    }
    return [
      function("figure", "figure(num=None, figsize=None)", "Starts a new figure and makes it current (figure(n) returns to figure n if it is open).\nfigsize and dpi are accepted and ignored: figures take the width of the terminal.") {
        arguments throws(PyException) in
        if let number = try arguments.int("num", at: 0, default: nil), state.figures.contains(where: { $0.number == number }) {
          state.currentNumber = number
          return .native(FigureHandle(state: state, number: number))
        }
        let number = try arguments.int("num", at: 0, default: nil)
        return .native(FigureHandle(state: state, number: state.newFigure(number: number)))
      },
      function("subplot", "subplot(nrows, ncols, index)", "Makes subplot `index` (from 1, row by row) of an nrows x ncols grid current: subplot(2, 2, 1)\nor subplot(221). The grid is set by the first subplot call on a figure.") {
        arguments throws(PyException) in try subplot(arguments, state)
      },
      function("subplots", "subplots(nrows=1, ncols=1, figsize=None)", "Starts a figure of nrows x ncols axes; returns (fig, ax) with one Axes, or (fig, axes) with\nan array of them (axes[i] or axes[i, j]). figsize, sharex and sharey are accepted and ignored.") {
        arguments throws(PyException) in
        try arguments.allowKeywords(["nrows", "ncols", "figsize", "sharex", "sharey", "squeeze", "dpi", "constrained_layout", "tight_layout"])
        let rows = try arguments.int("nrows", at: 0, default: 1)
        let columns = try arguments.int("ncols", at: 1, default: 1)
        guard rows >= 1, columns >= 1, rows * columns <= 64 else {
          throw PyException(.valueError, "subplots() takes 1 to 64 axes, got \(rows) x \(columns)")
        }
        let number = state.newFigure(rows: rows, columns: columns)
        let handles = (0..<(rows * columns)).map { PyValue.native(AxesHandle(state: state, figure: number, index: $0)) }
        let axes: PyValue =
          rows * columns == 1 ? handles[0]
          : .native(AxesArray(items: handles, shape: rows == 1 || columns == 1 ? [rows * columns] : [rows, columns]))
        return .tuple([.native(FigureHandle(state: state, number: number)), axes])
      },
      function("gca", "gca()", "The current Axes (creating a figure if none is open).") { _ throws(PyException) in
        let index = state.currentIndex()
        return .native(AxesHandle(state: state, figure: state.figures[index].number, index: state.figures[index].currentAxes))
      },
      function("gcf", "gcf()", "The current Figure (creating one if none is open).") { _ throws(PyException) in
        .native(FigureHandle(state: state, number: state.figures[state.currentIndex()].number))
      },
      function("clf", "clf()", "Clears the current figure: one empty axes.") { _ throws(PyException) in
        let index = state.currentIndex()
        state.figures[index].figure = PyplotState.emptyFigure(rows: 1, columns: 1)
        state.figures[index].currentAxes = 0
        return .none
      },
      function("cla", "cla()", "Clears the current axes.") { _ throws(PyException) in
        try state.withCurrentAxes { axes throws(PyException) in axes = Axes(showsLegend: false) }
        return .none
      },
      function("close", "close(fig=None)", "Closes the current figure without drawing it; close('all') closes every figure,\nclose(fig) or close(n) that one.") {
        arguments throws(PyException) in
        let target = try arguments.value("fig", at: 0)
        switch target {
        case nil, .none?:
          if let number = state.currentNumber { state.figures.removeAll { $0.number == number } }
        case .str("all")?: state.figures.removeAll()
        case .native(let object as FigureHandle)?: state.figures.removeAll { $0.number == object.number }
        case .int(let number)?: state.figures.removeAll { $0.number == number }
        case let other?: throw PyException(.typeError, "close() argument must be a Figure, an int, 'all' or None, not \(other.typeName)")
        }
        if let number = state.currentNumber, !state.figures.contains(where: { $0.number == number }) {
          state.currentNumber = state.figures.last?.number
        }
        return .none
      },
      function("show", "show()", "Draws every open figure (in the notebook, or as text in `backprop run`) and closes them.\nA run also ends by drawing the figures left open, as Jupyter does.") {
        arguments throws(PyException) in
        state.show(to: arguments.interpreter)
        return .none
      },
      function("suptitle", "suptitle(t)", "Sets the current figure's title, above its subplots.") { arguments throws(PyException) in
        let title = try arguments.interpreter.str(try arguments.required("t", at: 0))
        state.figures[state.currentIndex()].figure.title = title
        return .none
      },
      colorbarFunction(state),
      savefig,
      unsupportedText("text"),
      unsupportedText("annotate"),
      function("pause", "pause(interval)", "Not supported: there are no animations in the terminal.") { _ throws(PyException) in
        throw PyException(.notImplementedError, "pause() is not supported: Backprop draws each figure once, with plt.show()")
      },
      accepted("tight_layout", "layout is automatic"),
      accepted("subplots_adjust", "layout is automatic"),
      accepted("ion", "figures are drawn by plt.show() or at the end of the run"),
      accepted("ioff", "figures are drawn by plt.show() or at the end of the run"),
      accepted("draw", "figures are drawn by plt.show() or at the end of the run"),
    ]
  }

  /// `colorbar()`: a colour bar beside the current axes, for their first field (contourf or
  /// imshow).
  static func colorbarFunction(_ state: PyplotState) -> BuiltinFunction {
    BuiltinFunction(
      name: "colorbar", signature: "colorbar(mappable=None)",
      doc: "Draws a colour bar beside the current axes for their contourf or imshow colours\n(banded for contourf levels). label, shrink and orientation are accepted and ignored."
    ) { arguments throws(PyException) in
      try arguments.allowKeywords(["mappable", "ax", "label", "shrink", "orientation", "fraction", "pad", "cax"])
      if case .native(let handle as AxesHandle)? = try arguments.value("ax") {
        try state.withAxes(figure: handle.figureNumber, index: handle.index) { axes throws(PyException) in axes.showsColorbar = true }
      } else {
        try state.withCurrentAxes { axes throws(PyException) in axes.showsColorbar = true }
      }
      return .native(PlotArtist(typeName: "matplotlib.colorbar.Colorbar"))
    }
  }

  /// `subplot(2, 2, 1)` or `subplot(221)`: picks a tile of the current figure, setting its grid
  /// while the figure is still empty.
  ///
  /// - Throws: `ValueError` for an index outside the grid or a grid that differs from the one
  ///   the figure already has.
  static func subplot(_ arguments: Arguments, _ state: PyplotState) throws(PyException) -> PyValue {
    try arguments.allowKeywords(["projection", "polar", "sharex", "sharey", "facecolor", "title", "xlabel", "ylabel"])
    var (rows, columns, index) = (1, 1, 1)
    switch arguments.count {
    case 0: break
    case 1:
      let code = try arguments.int("pos", at: 0)
      guard code >= 111 && code <= 999 else {
        throw PyException(.valueError, "Integer subplot specification must be a three-digit number, not \(code)")
      }
      (rows, columns, index) = (code / 100, code / 10 % 10, code % 10)
    case 3:
      if case .tuple = arguments[2] {
        throw PyException(.valueError, "subplot(nrows, ncols, (first, last)) spanning several tiles is not supported", help: "use one tile per subplot")
      }
      (rows, columns, index) = (try arguments.int("nrows", at: 0), try arguments.int("ncols", at: 1), try arguments.int("index", at: 2))
    default:
      throw PyException(.typeError, "subplot() takes 1 or 3 positional arguments but \(arguments.count) were given")
    }
    guard rows >= 1, columns >= 1, rows * columns <= 64 else {
      throw PyException(.valueError, "Number of rows and columns must be positive integers (at most 64 axes here), not \(rows) x \(columns)")
    }
    guard index >= 1 && index <= rows * columns else {
      throw PyException(.valueError, "num must be an integer with 1 <= num <= \(rows * columns), not \(index)")
    }
    let current = state.currentIndex()
    var open = state.figures[current]
    if open.figure.rows != rows || open.figure.columns != columns {
      guard !PyplotState.hasContent(open.figure) || (open.figure.rows == 1 && open.figure.columns == 1 && open.figure.subplots[0].layers.isEmpty) else {
        throw PyException(
          .valueError, "subplot(\(rows), \(columns), \(index)) does not fit this figure's \(open.figure.rows) x \(open.figure.columns) grid",
          help: "start a new figure with plt.figure() before a different grid of subplots")
      }
      let title = open.figure.title
      open.figure = PyplotState.emptyFigure(rows: rows, columns: columns)
      open.figure.title = title
    }
    open.currentAxes = index - 1
    state.figures[current] = open
    for keyword in ["title", "xlabel", "ylabel"] {
      guard let value = try arguments.value(keyword) else { continue }
      let text = try arguments.interpreter.str(value)
      switch keyword {
      case "title": state.figures[current].figure.subplots[index - 1].title = text
      case "xlabel": state.figures[current].figure.subplots[index - 1].xLabel = text
      default: state.figures[current].figure.subplots[index - 1].yLabel = text
      }
    }
    return .native(AxesHandle(state: state, figure: open.number, index: index - 1))
  }
}
