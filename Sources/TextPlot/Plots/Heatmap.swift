/// A 2-D field drawn in colour: decision regions, `contourf` of any grid, attention weights,
/// confusion matrices, hidden state over time.
///
/// Drawn with upper half blocks `▀` (foreground the top pixel, background the bottom one), so a
/// cell shows two pixels; a colour bar on the right reads values back. `points` are scattered
/// over the field with one glyph per class (decision regions). With `showsValues` each entry
/// becomes a block of cells with its number (a confusion matrix). Without colour the field
/// falls back to the shade ramp ` ░▒▓█`.
///
/// `values` is `rows x columns`, row-major. With `origin == .upper` (the default, as for a
/// matrix) row 0 is drawn at the top; `.lower` puts it at the bottom (a meshgrid).
public struct Heatmap: Sendable, Hashable {
  public var values: [Double]
  public var rows: Int
  public var columns: Int
  public var colormap: Colormap
  /// The values at the ends of the colour map, or `nil` for the data's range.
  public var valueRange: ClosedRange<Double>?
  /// A number of colour bands (contourf), or `nil` for a continuous map.
  public var levels: Int?
  /// The data coordinates the grid covers, or `nil` for column and row indices.
  public var xRange: ClosedRange<Double>?
  public var yRange: ClosedRange<Double>?
  public var origin: FieldLayer.Origin
  /// Labelled points drawn over the field (training points over decision regions).
  public var points: ScatterSeries?
  public var title: String
  public var xLabel: String
  public var yLabel: String
  public var showsColorbar: Bool
  /// Writes each value in its cell (a confusion matrix); needs room for the numbers.
  public var showsValues: Bool
  public var rowLabels: [String]
  public var columnLabels: [String]

  public init(
    values: [Double], rows: Int, columns: Int, colormap: Colormap = .viridis,
    valueRange: ClosedRange<Double>? = nil, levels: Int? = nil, xRange: ClosedRange<Double>? = nil,
    yRange: ClosedRange<Double>? = nil, origin: FieldLayer.Origin = .upper,
    points: ScatterSeries? = nil, title: String = "", xLabel: String = "", yLabel: String = "",
    showsColorbar: Bool = true, showsValues: Bool = false, rowLabels: [String] = [],
    columnLabels: [String] = []
  ) {
    precondition(
      values.count == rows * columns,
      "Heatmap expects \(rows)x\(columns) values, got \(values.count)")
    self.values = values
    self.rows = rows
    self.columns = columns
    self.colormap = colormap
    self.valueRange = valueRange
    self.levels = levels
    self.xRange = xRange
    self.yRange = yRange
    self.origin = origin
    self.points = points
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.showsColorbar = showsColorbar
    self.showsValues = showsValues
    self.rowLabels = rowLabels
    self.columnLabels = columnLabels
  }

  /// Whether the grid is drawn as a matrix: row 0 at the top, entry (i, j) centred at x = j,
  /// y = i on an inverted y axis (matplotlib's `imshow`).
  var isMatrix: Bool { origin == .upper && yRange == nil }

  /// The field as a layer; without ranges, entry (i, j) is centred on x = j and y = i.
  public var field: FieldLayer {
    FieldLayer(
      values: values, rows: rows, columns: columns,
      xRange: xRange ?? -0.5...(Double(columns) - 0.5),
      yRange: yRange ?? -0.5...(Double(rows) - 0.5),
      origin: isMatrix ? .lower : origin, colormap: colormap, valueRange: valueRange, levels: levels
    )
  }

  /// The heat map as an `Axes`: the field, the points over it, and the colour bar.
  public var axes: Axes {
    let field = self.field
    var axes = Axes(
      layers: [.field(field)], title: title, xLabel: xLabel, yLabel: yLabel, yInverted: isMatrix)
    axes.showsColorbar = showsColorbar
    if let points { axes.layers.append(.scatter(points)) }
    if isMatrix && rowLabels.isEmpty { axes.yTicks = Heatmap.indexTicks(count: rows) }
    if isMatrix && columnLabels.isEmpty { axes.xTicks = Heatmap.indexTicks(count: columns) }
    if !rowLabels.isEmpty {
      axes.yTicks = rowLabels.prefix(rows).enumerated().map { i, label in
        let fromBottom = field.origin == .lower ? i : rows - 1 - i
        let span = field.yRange.upperBound - field.yRange.lowerBound
        return AxisTick(
          field.yRange.lowerBound + (Double(fromBottom) + 0.5) / Double(rows) * span, label)
      }
    }
    if !columnLabels.isEmpty {
      axes.xTicks = columnLabels.prefix(columns).enumerated().map { j, label in
        let span = field.xRange.upperBound - field.xRange.lowerBound
        return AxisTick(field.xRange.lowerBound + (Double(j) + 0.5) / Double(columns) * span, label)
      }
    }
    return axes
  }

  /// Whole-number ticks for the indices `0..<count` (a matrix has no row 0.5).
  static func indexTicks(count: Int) -> [AxisTick] {
    guard count > 0 else { return [] }
    let step = max(1, Ticks.step(from: 0, to: Double(count - 1), count: 5))
    return stride(from: 0.0, through: Double(count - 1), by: step).map {
      AxisTick($0, NumberFormat.fixed($0, decimals: 0))
    }
  }

  /// Draws the heat map into a `width x height` grid.
  public func render(width: Int, height: Int, mode: ColorMode = .truecolor) -> CellGrid {
    if showsValues, let grid = renderValues(width: width, height: height, mode: mode) {
      return grid
    }
    return axes.render(width: width, height: height, mode: mode)
  }

  /// With points: how many the field misclassifies. A square matrix shown with values: the
  /// share on the diagonal (a confusion matrix's accuracy). Otherwise the range and the
  /// largest entry.
  public var summary: String {
    if let points, points.classes != nil {
      return Axes.boundarySummary(field: field, points: points)
    }
    let finite = values.filter(\.isFinite)
    let skipped = values.count - finite.count
    let skippedText = skipped > 0 ? ", \(skipped) NaN/inf skipped" : ""
    guard let low = finite.min(), let high = finite.max() else {
      return "heat map: no data" + skippedText
    }
    if showsValues && rows == columns && low >= 0 {
      let total = finite.reduce(0, +)
      let diagonal = (0..<rows).map { values[$0 * columns + $0] }.filter(\.isFinite).reduce(0, +)
      let percent = total > 0 ? NumberFormat.fixed(100 * diagonal / total, decimals: 1) : "0.0"
      return
        "diagonal \(NumberFormat.significant(diagonal)) of \(NumberFormat.significant(total)) (\(percent)%)"
        + skippedText
    }
    // Force-unwrapped: `finite` is non-empty, so some index holds a finite value.
    let largest = values.indices.filter { values[$0].isFinite }.max { values[$0] < values[$1] }!
    return
      "\(rows)x\(columns) heat map from \(NumberFormat.significant(low)) to \(NumberFormat.significant(high)),"
      + " largest at row \(largest / columns), column \(largest % columns)" + skippedText
  }
}

// MARK: - Conformance

extension Heatmap: CustomStringConvertible {
  public var description: String { "Heatmap(\(summary))" }
}
