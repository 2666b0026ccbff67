/// A line plot on a braille canvas: one or more series, legend, linear or log-10 y axis.
///
/// Made for loss curves: 10,000 points are decimated per dot column (min and max kept, so
/// spikes show), a log axis puts its ticks at powers of ten, and a series that grows while
/// training runs is simply re-rendered (fix `xLimits` to keep the axis still).
///
/// ```swift
/// let plot = LinePlot(series: [LineSeries("loss", y: losses)], title: "Training", yScale: .log10)
/// plot.render(width: 60, height: 16).lines
/// plot.summary  // "loss 0.693 -> 0.121 over 300 steps, still falling"
/// ```
public struct LinePlot: Sendable, Hashable {
  public var series: [LineSeries]
  public var title: String
  public var xLabel: String
  public var yLabel: String
  public var yScale: AxisScale
  public var xLimits: ClosedRange<Double>?
  public var yLimits: ClosedRange<Double>?
  public var showsLegend: Bool

  public init(
    series: [LineSeries], title: String = "", xLabel: String = "", yLabel: String = "",
    yScale: AxisScale = .linear, xLimits: ClosedRange<Double>? = nil,
    yLimits: ClosedRange<Double>? = nil, showsLegend: Bool = true
  ) {
    self.series = series
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.yScale = yScale
    self.xLimits = xLimits
    self.yLimits = yLimits
    self.showsLegend = showsLegend
  }

  /// The plot as an `Axes`, to add layers or place it in a `PlotFigure`.
  public var axes: Axes {
    Axes(
      layers: series.map { .line($0) }, title: title, xLabel: xLabel, yLabel: yLabel,
      xLimits: xLimits, yLimits: yLimits, yScale: yScale, showsLegend: showsLegend)
  }

  /// Draws the plot into a `width x height` grid.
  public func render(width: Int, height: Int, mode: ColorMode = .truecolor) -> CellGrid {
    axes.render(width: width, height: height, mode: mode)
  }

  /// One line per series, joined by "; ".
  public var summary: String {
    series.isEmpty
      ? "line plot: no data" : series.map { $0.summary(scale: yScale) }.joined(separator: "; ")
  }
}

// MARK: - Conformance

extension LinePlot: CustomStringConvertible {
  public var description: String { "LinePlot(\(summary))" }
}
