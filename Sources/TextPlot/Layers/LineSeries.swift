/// One line of a line plot: `y` against `x` (or against 0, 1, 2, ... when `x` is `nil`).
///
/// Points whose `x` or `y` is NaN or infinite (or not positive on a log axis) are skipped and
/// counted; the line is broken there, as matplotlib breaks a line at NaN.
public struct LineSeries: Sendable, Hashable {
  /// The legend entry; an empty name keeps the series out of the legend.
  public var name: String
  /// The x values, or `nil` for the indices 0, 1, 2, ...
  public var x: [Double]?
  public var y: [Double]
  /// The colour, or `nil` for the next colour of the palette.
  public var color: TextColor?

  public init(_ name: String = "", x: [Double]? = nil, y: [Double], color: TextColor? = nil) {
    self.name = name
    self.x = x
    self.y = y
    self.color = color
  }

  /// The number of points: the shorter of `x` and `y` when both are given.
  public var count: Int { x.map { min($0.count, y.count) } ?? y.count }

  /// The x value of point `index`.
  @inline(__always)
  func xValue(_ index: Int) -> Double { x?[index] ?? Double(index) }
}
