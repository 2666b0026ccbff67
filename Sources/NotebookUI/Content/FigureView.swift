import TextPlot

/// A plot as the UI needs it: a one-line summary and a way to draw it at any size.
///
/// Two figures are equal when their summaries and heights are; the drawing closure is not
/// compared (live training replaces a figure whose summary changed).
public struct FigureView: Sendable {
  /// The plot's one-line text summary (shown in `--plain` output and to screen readers).
  public var summary: String
  /// Rows the figure takes in a pane.
  public var height: Int
  /// Draws the figure into a grid of exactly `width` x `height` cells for a colour mode.
  public var draw: @Sendable (_ width: Int, _ height: Int, _ mode: ColorMode) -> CellGrid

  public init(
    summary: String, height: Int,
    draw: @escaping @Sendable (_ width: Int, _ height: Int, _ mode: ColorMode) -> CellGrid
  ) {
    self.summary = summary
    self.height = max(1, height)
    self.draw = draw
  }
}

// MARK: - Conformance

extension FigureView: Equatable {
  public static func == (lhs: FigureView, rhs: FigureView) -> Bool {
    lhs.summary == rhs.summary && lhs.height == rhs.height
  }
}

extension FigureView: CustomStringConvertible {
  public var description: String { "figure(\(summary))" }
}

extension FigureView: Hashable {
  public func hash(into hasher: inout Hasher) {
    hasher.combine(summary)
    hasher.combine(height)
  }
}
