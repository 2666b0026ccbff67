/// Values on a regular grid, drawn as coloured pixels: `contourf`, `imshow`, decision regions.
///
/// `values` holds `rows x columns x channels` numbers, row-major. One channel is mapped through
/// `colormap` (over `valueRange`, or the data's range); three channels are an RGB image in
/// `[0, 1]` (or `[0, 255]` when any value exceeds 1). The grid covers `xRange x yRange` in data
/// coordinates; with `origin == .lower` row 0 is at the bottom (contourf, meshgrid order), with
/// `.upper` at the top (imshow). NaN pixels are left empty.
public struct FieldLayer: Sendable, Hashable {
  /// Where row 0 of the values is drawn.
  public enum Origin: String, Sendable, Hashable { case lower, upper }

  public var values: [Double]
  public var rows: Int
  public var columns: Int
  /// 1 (mapped through the colour map) or 3 (RGB).
  public var channels: Int
  public var xRange: ClosedRange<Double>
  public var yRange: ClosedRange<Double>
  public var origin: Origin
  public var colormap: Colormap
  /// The values mapped to the ends of the colour map (matplotlib's `vmin`/`vmax`), or `nil`
  /// for the data's minimum and maximum.
  public var valueRange: ClosedRange<Double>?
  /// For `contourf`: the number of colour bands; `nil` for a continuous map.
  public var levels: Int?

  /// A field over `xRange x yRange`; by default the pixel coordinates `0...columns`, `0...rows`.
  public init(
    values: [Double], rows: Int, columns: Int, channels: Int = 1,
    xRange: ClosedRange<Double>? = nil, yRange: ClosedRange<Double>? = nil,
    origin: Origin = .lower, colormap: Colormap = .viridis, valueRange: ClosedRange<Double>? = nil,
    levels: Int? = nil
  ) {
    precondition(
      values.count == rows * columns * channels,
      "FieldLayer expects \(rows)x\(columns)x\(channels) = \(rows * columns * channels) values, got \(values.count)"
    )
    self.values = values
    self.rows = rows
    self.columns = columns
    self.channels = channels
    self.xRange = xRange ?? 0...Double(max(1, columns))
    self.yRange = yRange ?? 0...Double(max(1, rows))
    self.origin = origin
    self.colormap = colormap
    self.valueRange = valueRange
    self.levels = levels
  }

  /// The smallest and largest finite value, or `nil` when there is none.
  var finiteRange: ClosedRange<Double>? {
    var low = Double.infinity
    var high = -Double.infinity
    for v in values where v.isFinite {
      low = min(low, v)
      high = max(high, v)
    }
    return low <= high ? low...high : nil
  }

  /// The range mapped onto the colour map: `valueRange`, else the data's, else `0...1`.
  var colorRange: ClosedRange<Double> {
    if let valueRange { return valueRange }
    if channels == 3 { return 0...((finiteRange?.upperBound ?? 1) > 1 ? 255 : 1) }
    return finiteRange ?? 0...1
  }

  /// The column holding data x, or `nil` outside the grid.
  @inline(__always)
  func columnIndex(x: Double) -> Int? {
    let u = (x - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound)
    guard u >= 0 && u <= 1 else { return nil }
    return min(columns - 1, Int(u * Double(columns)))
  }

  /// The row holding data y (counting `origin`), or `nil` outside the grid.
  @inline(__always)
  func rowIndex(y: Double) -> Int? {
    let v = (y - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound)
    guard v >= 0 && v <= 1 else { return nil }
    let fromBottom = min(rows - 1, Int(v * Double(rows)))
    return origin == .lower ? fromBottom : rows - 1 - fromBottom
  }

  /// The value (first channel) at data coordinates, or `nil` outside the grid.
  func value(x: Double, y: Double) -> Double? {
    guard let column = columnIndex(x: x), let row = rowIndex(y: y) else { return nil }
    return values[(row * columns + column) * channels]
  }
}
