/// Error bars at points, like the bars of matplotlib's `errorbar`: at each `(x[i], y[i])` a
/// vertical segment from `y[i] - yBelow[i]` to `y[i] + yAbove[i]` and/or a horizontal one from
/// `x[i] - xBelow[i]` to `x[i] + xAbove[i]`.
///
/// The points themselves (the data line or markers) are separate line and scatter layers. A
/// bar whose point, or either of whose lengths, is NaN or infinite is not drawn.
public struct ErrorBarSeries: Sendable, Hashable {
  /// The legend entry; an empty name keeps the bars out of the legend.
  public var name: String
  public var x: [Double]
  public var y: [Double]
  /// How far each vertical bar reaches below and above its point, or `nil` for no vertical bars.
  public var yBelow: [Double]?
  public var yAbove: [Double]?
  /// How far each horizontal bar reaches left and right of its point, or `nil` for none.
  public var xBelow: [Double]?
  public var xAbove: [Double]?
  /// The colour, or `nil` for the palette colour the next series would take.
  public var color: TextColor?

  /// - Precondition: every array given has as many elements as `x` and `y`.
  public init(
    _ name: String = "", x: [Double], y: [Double], yBelow: [Double]? = nil, yAbove: [Double]? = nil,
    xBelow: [Double]? = nil, xAbove: [Double]? = nil, color: TextColor? = nil
  ) {
    for lengths in [yBelow, yAbove, xBelow, xAbove] {
      precondition(x.count == y.count && (lengths?.count ?? x.count) == x.count, "error bars need one length per point: x \(x.count), y \(y.count), lengths \(lengths?.count ?? 0)")
    }
    self.name = name
    self.x = x
    self.y = y
    self.yBelow = yBelow
    self.yAbove = yAbove
    self.xBelow = xBelow
    self.xAbove = xAbove
    self.color = color
  }

  /// The number of points.
  public var count: Int { x.count }

  /// The ends of every bar that can be drawn: `(from, to)` in data coordinates.
  var segments: [(from: (x: Double, y: Double), to: (x: Double, y: Double))] {
    var result: [(from: (x: Double, y: Double), to: (x: Double, y: Double))] = []
    for i in 0..<count where x[i].isFinite && y[i].isFinite {
      if let below = yBelow?[i], let above = yAbove?[i], below.isFinite, above.isFinite {
        result.append(((x[i], y[i] - below), (x[i], y[i] + above)))
      }
      if let below = xBelow?[i], let above = xAbove?[i], below.isFinite, above.isFinite {
        result.append(((x[i] - below, y[i]), (x[i] + above, y[i])))
      }
    }
    return result
  }

  /// The bars as one line broken by NaN between segments, for the braille canvas.
  var line: LineSeries {
    var xs: [Double] = []
    var ys: [Double] = []
    for segment in segments {
      xs += [segment.from.x, segment.to.x, .nan]
      ys += [segment.from.y, segment.to.y, .nan]
    }
    return LineSeries(name, x: xs, y: ys, color: color)
  }

  /// "5 error bars: y length 0.2 to 1", with `x length ...` when there are horizontal bars.
  public var summary: String {
    let drawn = (0..<count).filter { x[$0].isFinite && y[$0].isFinite }
    var parts: [String] = []
    for (axis, below, above) in [("y", yBelow, yAbove), ("x", xBelow, xAbove)] {
      guard let below, let above else { continue }
      let lengths = drawn.map { below[$0] + above[$0] }.filter(\.isFinite)
      guard let low = lengths.min(), let high = lengths.max() else { continue }
      let range = low == high ? NumberFormat.significant(low) : "\(NumberFormat.significant(low)) to \(NumberFormat.significant(high))"
      parts.append("\(axis) length \(range)")
    }
    let name = self.name.isEmpty ? "" : "\(self.name): "
    var text = "\(name)\(drawn.count) error bar\(drawn.count == 1 ? "" : "s")"
    if !parts.isEmpty { text += ": " + parts.joined(separator: ", ") }
    if drawn.count < count { text += ", \(count - drawn.count) NaN/inf skipped" }
    return text
  }
}
