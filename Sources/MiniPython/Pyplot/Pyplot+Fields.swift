import TextPlot

/// `contourf` and `imshow`: values on a grid, drawn as coloured half blocks.
extension AxesOperation {
  static func fields(_ state: PyplotState) -> [AxesOperation] {
    [
      AxesOperation(
        "contourf", "(X, Y, Z, levels=None, cmap=None)",
        "Fills a grid of values Z (rows follow Y, columns follow X; X and Y as from np.meshgrid,\nor 1-D) with colours from cmap, in `levels` bands (a number, or evenly spaced values).\nThe grid is drawn at the plot's resolution, however fine it is. alpha is accepted and\nignored (cosmetic). A scatter of class labels drawn over it is checked against it: the\nsummary counts the points the field misclassifies.",
        { arguments, axes throws(PyException) in try contourf(arguments, on: &axes, defaultColormap: state.defaultColormap) }),
      AxesOperation(
        "imshow", "(X, cmap=None, vmin=None, vmax=None, origin='upper', aspect=None)",
        "Shows an image: a 2-D array through cmap (default rcParams['image.cmap']), or an\nH x W x 3 RGB (H x W x 4 RGBA: alpha dropped) array of floats in [0, 1] or integers in\n[0, 255]. Row 0 is at the top (origin='lower' puts it at the bottom). interpolation is\naccepted and ignored (cosmetic).",
        { arguments, axes throws(PyException) in try imshow(arguments, on: &axes, defaultColormap: state.defaultColormap) }),
    ]
  }

  static func contourf(_ arguments: Arguments, on axes: inout Axes, defaultColormap: Colormap) throws(PyException) -> PyValue {
    try arguments.allowKeywords(["levels", "cmap", "alpha", "vmin", "vmax", "zorder", "antialiased"])
    let positional = arguments.positional
    guard positional.count == 1 || positional.count == 2 || positional.count == 3 || positional.count == 4 else {
      throw PyException(.typeError, "contourf() takes Z or X, Y, Z (and levels), got \(positional.count) positional arguments")
    }
    let hasGrid = positional.count >= 3
    let z = try PlotData.array(positional[hasGrid ? 2 : 0], "Z", in: "contourf")
    guard z.ndim == 2, z.shape[0] >= 1, z.shape[1] >= 1 else {
      throw PyException(.typeError, "Input z must be 2D, not \(z.ndim)D")
    }
    let (rows, columns) = (z.shape[0], z.shape[1])
    var xSpan = (first: 0.0, last: Double(columns - 1))
    var ySpan = (first: 0.0, last: Double(rows - 1))
    if hasGrid {
      xSpan = try gridSpan(positional[0], "X", along: 1, rows: rows, columns: columns)
      ySpan = try gridSpan(positional[1], "Y", along: 0, rows: rows, columns: columns)
    }
    var values = z.scalars
    if xSpan.first > xSpan.last {
      values = (0..<rows).flatMap { r in (0..<columns).reversed().map { values[r * columns + $0] } }
      xSpan = (xSpan.last, xSpan.first)
    }
    let levelsValue = try arguments.value("levels", at: hasGrid ? 3 : 1)
    var levels: Int? = 8
    var valueRange: ClosedRange<Double>? = nil
    if let levelsValue, !levelsValue.isNone {
      if let count = levelsValue.asIndex {
        levels = max(1, count)
      } else {
        let edges = try PlotData.values(levelsValue, "levels", in: "contourf")
        let steps = zip(edges.dropFirst(), edges).map { $0 - $1 }
        guard edges.count >= 2, let step = steps.first, step > 0,
          steps.allSatisfy({ abs($0 - step) <= 1e-9 * max(1, abs(step)) })
        else {
          throw PyException(
            .valueError, "contourf(levels=) must be a number of levels or increasing, evenly spaced values",
            help: "for example levels=10 or levels=np.linspace(0, 1, 11)")
        }
        levels = edges.count - 1
        valueRange = edges[0]...edges[edges.count - 1]
      }
    }
    if let low = try arguments.value("vmin")?.asDouble, let high = try arguments.value("vmax")?.asDouble, high > low {
      valueRange = low...high
    }
    let colormap = try arguments.value("cmap").flatMap { v throws(PyException) in v.isNone ? nil : try PlotData.colormap(v) } ?? defaultColormap
    // Each value is the centre of its pixel, so the field reaches half a step past the grid.
    let xHalf = columns > 1 ? (xSpan.last - xSpan.first) / Double(columns - 1) / 2 : 0.5
    let yHalf = rows > 1 ? (ySpan.last - ySpan.first) / Double(rows - 1) / 2 : 0.5
    let descending = ySpan.first > ySpan.last
    let yLow = min(ySpan.first, ySpan.last)
    let yHigh = max(ySpan.first, ySpan.last)
    axes.layers.append(
      .field(
        FieldLayer(
          values: values, rows: rows, columns: columns,
          xRange: (xSpan.first - xHalf)...(xSpan.last + xHalf),
          yRange: (yLow - abs(yHalf))...(yHigh + abs(yHalf)),
          origin: descending ? .upper : .lower, colormap: colormap, valueRange: valueRange, levels: levels)))
    return .native(PlotArtist(typeName: "matplotlib.contour.QuadContourSet"))
  }

  /// The first and last coordinate of a meshgrid-style X (`along` 1) or Y (`along` 0), 2-D of
  /// Z's shape or 1-D of its length along that axis.
  private static func gridSpan(_ value: PyValue, _ name: String, along axis: Int, rows: Int, columns: Int)
    throws(PyException) -> (first: Double, last: Double)
  {
    let grid = try PlotData.array(value, name, in: "contourf")
    let length = axis == 1 ? columns : rows
    let values = grid.scalars
    if grid.ndim == 1 && grid.count == length { return (values[0], values[length - 1]) }
    if grid.shape == [rows, columns] {
      return axis == 1 ? (values[0], values[columns - 1]) : (values[0], values[(rows - 1) * columns])
    }
    throw PyException(
      .typeError,
      "Shapes of \(name.lowercased()) \(shapeText(grid.shape)) and z \(shapeText([rows, columns])) do not match",
      help: "\(name) must have Z's shape \(shapeText([rows, columns])) (from np.meshgrid) or be 1-D of length \(length)")
  }

  static func imshow(_ arguments: Arguments, on axes: inout Axes, defaultColormap: Colormap) throws(PyException) -> PyValue {
    try arguments.allowKeywords(["X", "cmap", "vmin", "vmax", "origin", "aspect", "interpolation", "alpha", "norm", "extent"])
    if let extent = try arguments.value("extent"), !extent.isNone {
      throw PyException(.valueError, "imshow(extent=) is not supported: images are drawn in pixel coordinates")
    }
    if let norm = try arguments.value("norm"), !norm.isNone {
      throw PyException(.valueError, "imshow(norm=) is not supported; use vmin= and vmax=")
    }
    let image = try PlotData.array(try arguments.required("X", at: 0), "X", in: "imshow")
    var shape = image.shape
    if shape.count == 3 && shape[2] == 1 { shape.removeLast() }
    var values = image.scalars
    var channels = 1
    switch shape.count {
    case 2: break
    case 3 where shape[2] == 3: channels = 3
    case 3 where shape[2] == 4:
      channels = 3
      values = (0..<(shape[0] * shape[1])).flatMap { p in values[(4 * p)..<(4 * p + 3)] }
    default:
      throw PyException(.typeError, "Invalid shape \(shapeText(image.shape)) for image data",
        help: "imshow takes a 2-D array (H, W) or an RGB(A) image (H, W, 3) or (H, W, 4)")
    }
    guard shape[0] > 0, shape[1] > 0 else { throw PyException(.typeError, "Invalid shape \(shapeText(image.shape)) for image data") }
    let colormap = try arguments.value("cmap").flatMap { v throws(PyException) in v.isNone ? nil : try PlotData.colormap(v) } ?? defaultColormap
    var valueRange: ClosedRange<Double>? = nil
    let low = try arguments.value("vmin")?.asDouble
    let high = try arguments.value("vmax")?.asDouble
    if channels == 1, low != nil || high != nil {
      let finite = values.filter(\.isFinite)
      let lower = low ?? finite.min() ?? 0
      let upper = high ?? finite.max() ?? 1
      valueRange = lower...max(lower, upper)
    }
    axes.imshow(values: values, rows: shape[0], columns: shape[1], channels: channels, colormap: colormap, valueRange: valueRange)
    switch try arguments.string("origin") ?? "upper" {
    case "upper": break
    case "lower": axes.yInverted = false
    case let other: throw PyException(.valueError, "origin must be 'upper' or 'lower', not '\(other)'")
    }
    if try arguments.string("aspect") == "auto" { axes.aspect = .auto }
    return .native(PlotArtist(typeName: "matplotlib.image.AxesImage"))
  }
}
