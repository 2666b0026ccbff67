/// Where everything of an `Axes` goes in a grid: the plot area, the domains and the ticks.
///
/// Domains are in scale coordinates (`log10(value)` on a log axis). Dot coordinates put the
/// domain's ends on the centres of the first and last dots, and grow downward.
struct PlotFrame {
  /// The top-left cell of the plot area and its size in cells.
  var origin: GridPoint
  var columns: Int
  var rows: Int
  var x: ClosedRange<Double>
  var y: ClosedRange<Double>
  /// Tick positions as (column or row inside the plot area, label).
  var xTicks: [(offset: Int, label: String)] = []
  var yTicks: [(offset: Int, label: String)] = []
  /// Rows of the decorations; `nil` when absent.
  var titleRow: Int?
  var yLabelRow: Int?
  var axisRow: Int?
  var tickLabelRow: Int?
  var xLabelRow: Int?
  var gutter: Int
  /// Whether y grows downward (images, matrices).
  var yInverted = false

  /// The dot column of a scale x, for a canvas `dotColumns` dots wide.
  @inline(__always)
  func dotX(_ tx: Double, dotColumns: Int) -> Double {
    (tx - x.lowerBound) / (x.upperBound - x.lowerBound) * Double(dotColumns - 1)
  }

  /// The dot row of a scale y (0 at the top), for a canvas `dotRows` dots tall.
  @inline(__always)
  func dotY(_ ty: Double, dotRows: Int) -> Double {
    fractionFromTop(ty) * Double(dotRows - 1)
  }

  /// Where a scale y lies between the top (0) and the bottom (1) of the plot area.
  @inline(__always)
  func fractionFromTop(_ ty: Double) -> Double {
    let fraction = (ty - y.lowerBound) / (y.upperBound - y.lowerBound)
    return yInverted ? fraction : 1 - fraction
  }

  /// The scale y at a fraction of the way from the top (0) to the bottom (1).
  @inline(__always)
  func yAtFractionFromTop(_ fraction: Double) -> Double {
    let span = y.upperBound - y.lowerBound
    return yInverted ? y.lowerBound + fraction * span : y.upperBound - fraction * span
  }

  /// The plot-area column of a scale x: the cell of its nearest braille dot.
  func column(_ tx: Double) -> Int {
    clampedInt((dotX(tx, dotColumns: columns * 2).rounded() / 2).rounded(.down), -1, columns)
  }

  /// The plot-area row of a scale y.
  func row(_ ty: Double) -> Int {
    clampedInt((dotY(ty, dotRows: rows * 4).rounded() / 4).rounded(.down), -1, rows)
  }
}

/// `value` as an `Int` clamped to `low...high`; NaN gives `low`. Never traps on huge values.
@inline(__always)
func clampedInt(_ value: Double, _ low: Int, _ high: Int) -> Int {
  guard value > Double(low) else { return low }
  return value < Double(high) ? Int(value) : high
}
