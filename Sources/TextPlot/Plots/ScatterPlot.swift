/// A scatter plot: a distinct glyph and colour per class, readable without colour, with a legend.
///
/// ```swift
/// let plot = ScatterPlot(x: xs, y: ys, classes: labels, classNames: ["red", "blue"])
/// plot.render(width: 50, height: 16).lines
/// plot.summary  // "400 points in 2 classes"
/// ```
public struct ScatterPlot: Sendable, Hashable {
  public var x: [Double]
  public var y: [Double]
  /// A class index per point, or `nil` for one class.
  public var classes: [Int]?
  public var classNames: [String]
  /// Colours classes by a colour map instead of the palette.
  public var colormap: Colormap?
  public var title: String
  public var xLabel: String
  public var yLabel: String
  public var xLimits: ClosedRange<Double>?
  public var yLimits: ClosedRange<Double>?
  public var showsLegend: Bool

  public init(
    x: [Double], y: [Double], classes: [Int]? = nil, classNames: [String] = [],
    colormap: Colormap? = nil, title: String = "", xLabel: String = "", yLabel: String = "",
    xLimits: ClosedRange<Double>? = nil, yLimits: ClosedRange<Double>? = nil,
    showsLegend: Bool = true
  ) {
    self.x = x
    self.y = y
    self.classes = classes
    self.classNames = classNames
    self.colormap = colormap
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.xLimits = xLimits
    self.yLimits = yLimits
    self.showsLegend = showsLegend
  }

  /// The plot as an `Axes`, to add layers or place it in a `PlotFigure`.
  public var axes: Axes {
    var axes = Axes(
      title: title, xLabel: xLabel, yLabel: yLabel, xLimits: xLimits, yLimits: yLimits,
      showsLegend: showsLegend)
    axes.scatter(x: x, y: y, classes: classes, classNames: classNames, colormap: colormap)
    return axes
  }

  public func render(width: Int, height: Int, mode: ColorMode = .truecolor) -> CellGrid {
    axes.render(width: width, height: height, mode: mode)
  }

  public var summary: String {
    Axes.scatterSummary(ScatterSeries(x: x, y: y, classes: classes))
  }
}

// MARK: - Conformance

extension ScatterPlot: CustomStringConvertible {
  public var description: String { "ScatterPlot(\(summary))" }
}
