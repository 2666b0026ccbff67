/// A sparkline: values as columns of eighth blocks `▁▂▃▄▅▆▇█`, no axes.
///
/// One column per value; with more values than columns, each column shows the mean of its
/// share. The lowest value draws `▁` (never blank, so a flat series is visible), the highest
/// fills the height. NaN and infinite values leave their column blank.
///
/// ```swift
/// Sparkline(values: [1, 2, 3, 4, 5, 6, 7, 8]).lines(width: 8)  // ["▁▂▃▄▅▆▇█"]
/// ```
public struct Sparkline: Sendable, Hashable {
  public var values: [Double]
  public var color: TextColor?

  public init(values: [Double], color: TextColor? = nil) {
    self.values = values
    self.color = color
  }

  /// Draws the sparkline into `width x height` cells, left-aligned.
  public func render(width: Int, height: Int = 1, mode: ColorMode = .truecolor) -> CellGrid {
    var grid = CellGrid(width: max(0, width), height: max(0, height))
    guard width > 0, height > 0, !values.isEmpty else { return grid }
    let columns = resampled(to: width)
    let finite = columns.filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max() else { return grid }
    let eighths = mode.isASCIIOnly ? Symbols.asciiEighths : Symbols.lowerEighths
    let full: Character = mode.isASCIIOnly ? "#" : "█"
    let style = TextStyle(
      foreground: mode.hasColor ? color ?? SeriesPalette.color(0, depth: mode.depth) : .default)
    let total = height * 8
    for (column, value) in columns.enumerated() where value.isFinite {
      let fraction = high > low ? (value - low) / (high - low) : 0.5
      let filled = max(1, Int((fraction * Double(total - 1)).rounded()) + 1)
      for k in 0..<(filled + 7) / 8 {
        let part = min(8, filled - 8 * k)
        let character =
          mode.isASCIIOnly && part < 8 && k == 0 && part < 4
          ? "_" : (part == 8 ? full : eighths[part])
        grid.put(character, at: GridPoint(column: column, row: height - 1 - k), style: style)
      }
    }
    return grid
  }

  /// The sparkline as one line of text.
  public func lines(width: Int, mode: ColorMode = .truecolor) -> [String] {
    render(width: width, height: 1, mode: mode).lines
  }

  /// "min 0.1, max 0.9, last 0.5 (20 values)", counting skipped values.
  public var summary: String {
    let finite = values.filter(\.isFinite)
    guard let low = finite.min(), let high = finite.max(), let last = finite.last else {
      return values.isEmpty
        ? "sparkline: no data" : "sparkline: no data, \(values.count) NaN/inf skipped"
    }
    var text = "min \(NumberFormat.significant(low)), max \(NumberFormat.significant(high)),"
    text +=
      " last \(NumberFormat.significant(last)) (\(finite.count) value\(finite.count == 1 ? "" : "s"))"
    if finite.count < values.count { text += ", \(values.count - finite.count) NaN/inf skipped" }
    return text
  }

  /// The values brought to `width` columns: the values themselves when they fit, else the
  /// mean of the finite values falling in each column.
  private func resampled(to width: Int) -> [Double] {
    guard values.count > width else { return values }
    return (0..<width).map { column in
      let start = column * values.count / width
      let end = (column + 1) * values.count / width
      var sum = 0.0
      var count = 0
      for v in values[start..<end] where v.isFinite {
        sum += v
        count += 1
      }
      return count > 0 ? sum / Double(count) : .nan
    }
  }
}

// MARK: - Conformance

extension Sparkline: CustomStringConvertible {
  public var description: String { "Sparkline(\(summary))" }
}
