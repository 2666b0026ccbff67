import TextPlot

/// `plot` and `scatter`: lines and points.
extension AxesOperation {
  static func drawing(_ state: PyplotState) -> [AxesOperation] {
    [
      AxesOperation(
        "plot", "(*args, label='', color=None)",
        "Plots y against x (or against 0, 1, 2, ...): plot(y), plot(x, y), plot(x, y, 'r--'),\nplot(x1, y1, 'bo', x2, y2, 'g-'). A 2-D y draws one line per column.\nThe format string sets the colour, and whether a line ('-', '--', '-.', ':') and/or points\n(a marker such as 'o' or '.') are drawn; lines are drawn solid and points as dots.\nlinewidth, linestyle, markersize and alpha are accepted and ignored (cosmetic).",
        plot),
      AxesOperation(
        "semilogy", "(*args, label='', color=None)",
        "plot(...) with a log-10 y axis, as for a loss falling over several orders of magnitude\n(the same as plot(...) then yscale('log')).",
        { arguments, axes throws(PyException) in try logPlot(arguments, on: &axes, x: false, y: true) }),
      AxesOperation(
        "semilogx", "(*args, label='', color=None)",
        "plot(...) with a log-10 x axis, as for a learning-rate sweep (the same as plot(...) then\nxscale('log')).",
        { arguments, axes throws(PyException) in try logPlot(arguments, on: &axes, x: true, y: false) }),
      AxesOperation(
        "loglog", "(*args, label='', color=None)", "plot(...) with both axes on a log-10 scale.",
        { arguments, axes throws(PyException) in try logPlot(arguments, on: &axes, x: true, y: true) }),
      AxesOperation(
        "scatter", "(x, y, s=None, c=None, marker=None, cmap=None, label='')",
        "Draws points. c= is a colour name, or one number per point (any shape of the same size):\nwhole numbers are class labels, each drawn with its own glyph and colour from cmap\n(default rcParams['image.cmap']); other values are grouped into up to 8 bands.\ns, marker, alpha, edgecolors and linewidths are accepted and ignored (cosmetic).",
        { arguments, axes throws(PyException) in try scatter(arguments, on: &axes, defaultColormap: state.defaultColormap) }),
    ] + fields(state) + bars + errorBars + referenceLines
  }

  static let cosmeticLineKeywords: Set<String> = [
    "linewidth", "lw", "linestyle", "ls", "markersize", "ms", "alpha", "zorder", "markerfacecolor",
    "mfc", "markeredgecolor", "mec", "markeredgewidth", "mew", "antialiased", "dashes", "solid_capstyle",
  ]

  /// `semilogy`, `semilogx`, `loglog`: `plot`, then the chosen axes on a log-10 scale.
  static func logPlot(_ arguments: Arguments, on axes: inout Axes, x: Bool, y: Bool) throws(PyException) -> PyValue {
    let result = try plot(arguments, on: &axes)
    if x { axes.xScale = .log10 }
    if y { axes.yScale = .log10 }
    return result
  }

  static func plot(_ arguments: Arguments, on axes: inout Axes) throws(PyException) -> PyValue {
    try arguments.allowKeywords(cosmeticLineKeywords.union(["label", "color", "c", "marker", "scalex", "scaley"]))
    let label = try arguments.string("label") ?? ""
    var keywordColor: TextColor? = nil
    let colorValue = try arguments.value("color")
    let cValue = try arguments.value("c")
    if let value = colorValue ?? cValue, !value.isNone {
      keywordColor = try PlotData.color(value)
    }
    let keywordMarker = try arguments.string("marker").map { Character($0.isEmpty ? " " : String($0.prefix(1))) }
    var groups: [(x: NDArray?, y: NDArray, format: LineFormat)] = []
    var rest = arguments.positional[...]
    while let first = rest.first {
      rest = rest.dropFirst()
      guard PlotData.isData(first) else {
        throw PyException(.typeError, "plot() expected data (an array or a list), got \(first.typeName)")
      }
      var x: NDArray? = nil
      var y = try PlotData.array(first, "y", in: "plot")
      if let second = rest.first, PlotData.isData(second) {
        rest = rest.dropFirst()
        x = y
        y = try PlotData.array(second, "y", in: "plot")
      }
      var format = LineFormat()
      if case .str(let text)? = rest.first {
        rest = rest.dropFirst()
        format = try LineFormat.parse(text)
      }
      groups.append((x, y, format))
    }
    var handles: [PyValue] = []
    for group in groups {
      let columns = try lineColumns(x: group.x, y: group.y)
      var format = group.format
      if let keywordColor { format.color = keywordColor }
      if let keywordMarker, keywordMarker != " " { format.marker = keywordMarker }
      for column in columns {
        add(x: column.x, y: column.y, format: format, label: label, to: &axes)
        handles.append(.native(PlotArtist(typeName: "matplotlib.lines.Line2D")))
      }
    }
    return .list(PyList(handles))
  }

  /// The lines of one (x, y) pair: y itself, or each column of a 2-D y.
  ///
  /// - Throws: `ValueError: x and y must have same first dimension, but have shapes (3,) and (4,)`.
  static func lineColumns(x: NDArray?, y: NDArray) throws(PyException) -> [(x: [Double]?, y: [Double])] {
    let xs = x.map(\.scalars)
    func mismatch() -> PyException {
      PyException(
        .valueError,
        "x and y must have same first dimension, but have shapes \(shapeText(x?.shape ?? [])) and \(shapeText(y.shape))")
    }
    guard y.ndim == 2 else {
      guard y.ndim <= 1 else { throw PyException(.valueError, "y can be no greater than 2-D, but has shape \(shapeText(y.shape))") }
      if let xs, xs.count != y.count { throw mismatch() }
      return [(xs, y.scalars)]
    }
    let (rows, columns) = (y.shape[0], y.shape[1])
    if let x, x.ndim != 1 || x.count != rows { throw mismatch() }
    let values = y.scalars
    return (0..<columns).map { c in (xs, (0..<rows).map { values[$0 * columns + c] }) }
  }

  /// Adds a line and/or points for one format, giving both the same colour.
  static func add(x: [Double]?, y: [Double], format: LineFormat, label: String, to axes: inout Axes) {
    var color = format.color
    if color == nil && format.drawsLine && format.marker != nil {
      color = SeriesPalette.tab10[colouredLayerCount(axes) % SeriesPalette.tab10.count]
    }
    if format.drawsLine { axes.plot(x: x, y: y, label: label, color: color) }
    if format.marker != nil {
      let xs = x ?? y.indices.map(Double.init)
      axes.scatter(x: xs, y: y, label: format.drawsLine ? "" : label, color: color)
    }
  }

  /// The number of layers that take a colour from the palette (all but fields and error bars).
  static func colouredLayerCount(_ axes: Axes) -> Int {
    axes.layers.filter {
      switch $0 {
      case .field, .errorBars, .referenceLine: return false
      default: return true
      }
    }.count
  }

  static func scatter(_ arguments: Arguments, on axes: inout Axes, defaultColormap: Colormap) throws(PyException) -> PyValue {
    try arguments.allowKeywords([
      "x", "y", "s", "c", "marker", "cmap", "label", "color", "alpha", "edgecolors", "edgecolor",
      "linewidths", "vmin", "vmax", "zorder",
    ])
    let x = try PlotData.values(try arguments.required("x", at: 0), "x", in: "scatter")
    let y = try PlotData.values(try arguments.required("y", at: 1), "y", in: "scatter")
    guard x.count == y.count else { throw PyException(.valueError, "x and y must be the same size") }
    let label = try arguments.string("label") ?? ""
    let colormap = try arguments.value("cmap").flatMap { v throws(PyException) in v.isNone ? nil : try PlotData.colormap(v) }
    var color = try arguments.value("color").flatMap { v throws(PyException) in v.isNone ? nil : try PlotData.color(v) }
    var classes: [Int]? = nil
    var names: [String] = []
    if let c = try arguments.value("c", at: 3), !c.isNone {
      if case .str = c {
        color = try PlotData.color(c)
      } else {
        guard PlotData.isData(c) else {
          throw PyException(.typeError, "scatter() argument 'c' must be a colour name or numbers, not \(c.typeName)")
        }
        let values = try PlotData.values(c, "c", in: "scatter")
        guard values.count == x.count else {
          throw PyException(
            .valueError,
            "'c' argument has \(values.count) elements, which is inconsistent with 'x' and 'y' with size \(x.count).")
        }
        (classes, names) = ScatterClasses.group(values)
      }
    }
    axes.scatter(
      x: x, y: y, classes: classes, label: label, classNames: names, color: color,
      colormap: classes == nil ? nil : colormap ?? defaultColormap)
    return .native(PlotArtist(typeName: "matplotlib.collections.PathCollection"))
  }
}

/// A shape as numpy prints it: `(3,)`, `(2, 3)`.
func shapeText(_ shape: [Int]) -> String {
  shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
}
