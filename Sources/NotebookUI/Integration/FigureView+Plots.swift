import TextPlot

extension FigureView {
  /// The rows a figure takes in a pane unless a caller asks for another height.
  public static let defaultHeight = 16

  /// Any TextPlot plot (a `PlotFigure`, a `LinePlot`, ...), drawn in colour at the size of the
  /// pane showing it.
  public init(_ plot: some Plot, height: Int = FigureView.defaultHeight) {
    self.init(
      summary: plot.summary, height: height,
      usedHeight: { width, height in plot.usedHeight(width: width, height: height) }
    ) { width, height, mode in
      plot.render(width: width, height: height, mode: mode)
    }
  }

}
