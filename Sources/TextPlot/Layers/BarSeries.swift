/// Vertical bars: one of `heights` centred at each of `x`, `width` data units wide.
///
/// Bar tops are drawn to an eighth of a cell with the lower eighth blocks `▁▂▃▄▅▆▇█`.
/// A histogram is bars whose width is the bin width.
public struct BarSeries: Sendable, Hashable {
  public var name: String
  public var x: [Double]
  public var heights: [Double]
  /// The width of each bar in data units (matplotlib's default 0.8).
  public var width: Double
  public var color: TextColor?

  public init(
    _ name: String = "", x: [Double], heights: [Double], width: Double = 0.8,
    color: TextColor? = nil
  ) {
    self.name = name
    self.x = x
    self.heights = heights
    self.width = width
    self.color = color
  }

  public var count: Int { min(x.count, heights.count) }
}
