import TextPlot

/// `errorbar`: points or a line with vertical and/or horizontal error bars.
extension AxesOperation {
  static var errorBars: [AxesOperation] {
    [
      AxesOperation(
        "errorbar", "(x, y, yerr=None, xerr=None, fmt='', ecolor=None, label='', color=None)",
        "Plots y against x as plot(x, y, fmt) does, with error bars: yerr (and xerr) is a number,\none length per point (bars from y - e to y + e), or a (2, N) array of lengths below and above.\nfmt='' draws a line, fmt='o' points only, fmt='none' the bars alone; ecolor colours the bars\n(default: the line's colour). capsize, elinewidth, linewidth, markersize and alpha are\naccepted and ignored (cosmetic).",
        errorbar),
    ]
  }

  static func errorbar(_ arguments: Arguments, on axes: inout Axes) throws(PyException) -> PyValue {
    try arguments.allowKeywords(
      cosmeticLineKeywords.union([
        "x", "y", "yerr", "xerr", "fmt", "ecolor", "elinewidth", "capsize", "capthick", "label", "color", "c",
        "marker", "barsabove",
      ]))
    let x = try PlotData.values(try arguments.required("x", at: 0), "x", in: "errorbar")
    let y = try PlotData.values(try arguments.required("y", at: 1), "y", in: "errorbar")
    guard x.count == y.count else { throw PyException(.valueError, "'x' and 'y' must have the same size") }
    let xError = try errorLengths(try arguments.value("xerr", at: 3), axis: "x", points: x.count)
    let yError = try errorLengths(try arguments.value("yerr", at: 2), axis: "y", points: y.count)
    let fmt = try arguments.string("fmt", at: 4) ?? ""
    let drawsData = fmt.lowercased() != "none"
    var format = drawsData ? try LineFormat.parse(fmt) : LineFormat()
    let colorValue = try arguments.value("color")
    let cValue = try arguments.value("c")
    if let value = colorValue ?? cValue, !value.isNone {
      format.color = try PlotData.color(value)
    }
    if let marker = try arguments.string("marker"), let first = marker.first, drawsData { format.marker = first }
    // matplotlib gives the data the next colour of the cycle, and bars without data C0.
    let color =
      format.color
      ?? (drawsData ? SeriesPalette.tab10[colouredLayerCount(axes) % SeriesPalette.tab10.count] : SeriesPalette.tab10[0])
    format.color = color
    var barColor = color
    if let ecolor = try arguments.value("ecolor", at: 5), !ecolor.isNone { barColor = try PlotData.color(ecolor) }
    let label = try arguments.string("label") ?? ""
    if drawsData { add(x: x, y: y, format: format, label: label, to: &axes) }
    axes.errorbar(
      x: x, y: y, yBelow: yError?.below, yAbove: yError?.above, xBelow: xError?.below, xAbove: xError?.above,
      label: drawsData ? "" : label, color: barColor)
    return .native(PlotArtist(typeName: "matplotlib.container.ErrorbarContainer"))
  }

  /// The lengths below and above each of `points` values, from `xerr=`/`yerr=`: a number, one
  /// length per point, or a `(2, N)` array (anything that broadcasts to `(2, N)`).
  ///
  /// - Throws: matplotlib's `ValueError`s for a shape that does not broadcast and for negative
  ///   lengths (NaN lengths are allowed: their bars are not drawn).
  static func errorLengths(_ value: PyValue?, axis: String, points n: Int) throws(PyException) -> (below: [Double], above: [Double])? {
    guard let value, !value.isNone else { return nil }
    let error = try PlotData.array(value, "\(axis)err", in: "errorbar")
    let shape = error.shape
    let fits: Bool
    switch shape.count {
    case 0: fits = true
    case 1: fits = shape[0] == n || shape[0] == 1
    case 2: fits = (shape[0] == 2 || shape[0] == 1) && (shape[1] == n || shape[1] == 1)
    default: fits = false
    }
    guard fits else {
      throw PyException(
        .valueError,
        "'\(axis)err' (shape: \(shapeText(shape))) must be a scalar or a 1D or (2, n) array-like whose shape matches '\(axis)' (shape: (\(n),))")
    }
    let values = error.scalars
    if values.contains(where: { $0 < 0 }) {
      throw PyException(.valueError, "'\(axis)err' must not contain negative values")
    }
    let columns = shape.last ?? 1
    func length(row: Int, point: Int) -> Double {
      let r = shape.count == 2 && shape[0] == 2 ? row : 0
      return values[r * columns + (columns == 1 ? 0 : point)]
    }
    return ((0..<n).map { length(row: 0, point: $0) }, (0..<n).map { length(row: 1, point: $0) })
  }
}
