/// Anything TextPlot draws: a value that renders into a grid of any size and sums itself up
/// in one line.
///
/// Every plot type conforms (`Axes`, `PlotFigure`, `LinePlot`, `ScatterPlot`, `Heatmap`,
/// `Histogram`, `BarChart`, `Sparkline`, `ImagePlot`, `ImageGrid`), so a notebook or an
/// interpreter can hold `any Plot` and draw it at the size of its pane.
public protocol Plot: Sendable {
  /// Draws the plot into a new grid of exactly `width x height` cells for a terminal mode.
  ///
  /// Below a plot's minimum size the grid holds one line saying so; it never traps.
  func render(width: Int, height: Int, mode: ColorMode) -> CellGrid
  /// A one-line text summary, shown under the plot and read by tests and screen readers.
  var summary: String { get }
  /// The rows, from the top, that drawing into `width x height` fills: a plot that keeps its
  /// shape (an image, an equal aspect) can leave the rest of the grid empty, and a notebook
  /// need not show those rows. At most `height`.
  func usedHeight(width: Int, height: Int) -> Int
}

extension Plot {
  /// Every row is used unless the plot type says otherwise.
  public func usedHeight(width: Int, height: Int) -> Int { height }

  /// The plot as plain text lines, each `width` columns wide.
  public func lines(width: Int, height: Int, mode: ColorMode = .truecolor) -> [String] {
    render(width: width, height: height, mode: mode).lines
  }
}

// MARK: - Conformance

extension Axes: Plot {}
extension PlotFigure: Plot {}
extension LinePlot: Plot {}
extension ScatterPlot: Plot {}
extension Heatmap: Plot {}
extension Histogram: Plot {}
extension BarChart: Plot {}
extension Sparkline: Plot {}
extension ImagePlot: Plot {}
extension ImageGrid: Plot {}
