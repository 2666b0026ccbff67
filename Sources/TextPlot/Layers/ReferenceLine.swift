/// A line across the axes at one value, like matplotlib's `axhline(y)` and `axvline(x)`.
///
/// A horizontal line sits at `y = value` and runs from `start` to `end`, fractions of the plot's
/// width (0 and 1: edge to edge, whatever the x range turns out to be); a vertical one likewise
/// at `x = value`. Only `value` counts toward its own axis's range.
public struct ReferenceLine: Sendable, Hashable {
  public enum Orientation: String, Sendable, Hashable {
    case horizontal, vertical
  }

  public var orientation: Orientation
  public var value: Double
  /// Where the line starts and ends, as fractions of the other axis (0 to 1).
  public var start: Double
  public var end: Double
  /// The legend entry; an empty name keeps the line out of the legend.
  public var name: String
  /// The colour, or `nil` for the palette's first (matplotlib's `C0`: these take no colour
  /// from the cycle).
  public var color: TextColor?

  public init(
    _ orientation: Orientation, at value: Double, from start: Double = 0, to end: Double = 1, name: String = "",
    color: TextColor? = nil
  ) {
    self.orientation = orientation
    self.value = value
    self.start = start
    self.end = end
    self.name = name
    self.color = color
  }

  /// The line in data coordinates across a plot whose scale domains are `x` and `y`.
  func series(x: ClosedRange<Double>, y: ClosedRange<Double>, xScale: AxisScale, yScale: AxisScale) -> LineSeries {
    func along(_ domain: ClosedRange<Double>, _ scale: AxisScale) -> [Double] {
      let width = domain.upperBound - domain.lowerBound
      return [start, end].map { scale.inverse(domain.lowerBound + $0 * width) }
    }
    switch orientation {
    case .horizontal: return LineSeries(name, x: along(x, xScale), y: [value, value], color: color)
    case .vertical: return LineSeries(name, x: [value, value], y: along(y, yScale), color: color)
    }
  }

  /// "horizontal line at y = 0.5", after the name when there is one.
  public var summary: String {
    let name = self.name.isEmpty ? "" : "\(self.name): "
    let axis = orientation == .horizontal ? "y" : "x"
    return "\(name)\(orientation.rawValue) line at \(axis) = \(NumberFormat.significant(value))"
  }
}
