import TextPlot

/// `axhline` and `axvline`: lines across the axes at one value.
extension AxesOperation {
  static var referenceLines: [AxesOperation] {
    [
      AxesOperation(
        "axhline", "(y=0, xmin=0, xmax=1, color=None, label='')",
        "A horizontal line at y across the axes (from xmin to xmax, fractions of the width),\nwhatever the x range; colour C0 unless given. linestyle, linewidth and alpha are accepted\nand ignored (cosmetic).",
        { arguments, axes throws(PyException) in try referenceLine(.horizontal, arguments, on: &axes) }),
      AxesOperation(
        "axvline", "(x=0, ymin=0, ymax=1, color=None, label='')",
        "A vertical line at x across the axes (from ymin to ymax, fractions of the height), whatever\nthe y range; colour C0 unless given. linestyle, linewidth and alpha are accepted and ignored\n(cosmetic).",
        { arguments, axes throws(PyException) in try referenceLine(.vertical, arguments, on: &axes) }),
    ]
  }

  static func referenceLine(
    _ orientation: ReferenceLine.Orientation, _ arguments: Arguments, on axes: inout Axes
  ) throws(PyException) -> PyValue {
    let (at, low, high) = orientation == .horizontal ? ("y", "xmin", "xmax") : ("x", "ymin", "ymax")
    try arguments.allowKeywords(cosmeticLineKeywords.union([at, low, high, "color", "c", "label"]))
    let value = try arguments.double(at, at: 0, default: 0)
    let start = try arguments.double(low, at: 1, default: 0)
    let end = try arguments.double(high, at: 2, default: 1)
    let colorValue = try arguments.value("color")
    let cValue = try arguments.value("c")
    var color: TextColor? = nil
    if let given = colorValue ?? cValue, !given.isNone { color = try PlotData.color(given) }
    let label = try arguments.string("label") ?? ""
    axes.referenceLine(orientation, at: value, from: start, to: end, label: label, color: color)
    return .native(PlotArtist(typeName: "matplotlib.lines.Line2D"))
  }
}
