/// A bar chart of named values: one bar per label, eighth-block tops, labels under the bars.
///
/// ```swift
/// BarChart(labels: ["cat", "dog"], values: [0.7, 0.3]).summary  // "largest: cat 0.7; smallest: dog 0.3"
/// ```
public struct BarChart: Sendable, Hashable {
  public var labels: [String]
  public var values: [Double]
  public var title: String
  public var yLabel: String
  public var color: TextColor?

  public init(
    labels: [String], values: [Double], title: String = "", yLabel: String = "",
    color: TextColor? = nil
  ) {
    self.labels = labels
    self.values = values
    self.title = title
    self.yLabel = yLabel
    self.color = color
  }

  /// The chart as an `Axes` of bars at 0, 1, 2, ... with the labels as x ticks.
  public var axes: Axes {
    let count = min(labels.count, values.count)
    var axes = Axes(
      title: title, yLabel: yLabel, xLimits: -0.5...(Double(max(count, 1)) - 0.5),
      showsLegend: false, xTicks: (0..<count).map { AxisTick(Double($0), labels[$0]) })
    axes.bar(x: (0..<count).map(Double.init), heights: Array(values.prefix(count)), color: color)
    return axes
  }

  public func render(width: Int, height: Int, mode: ColorMode = .truecolor) -> CellGrid {
    axes.render(width: width, height: height, mode: mode)
  }

  /// "largest: cat 0.7; smallest: dog 0.3", counting skipped values.
  public var summary: String {
    let pairs = zip(labels, values).filter { $0.1.isFinite }
    let skipped = min(labels.count, values.count) - pairs.count
    let skippedText = skipped > 0 ? ", \(skipped) NaN/inf skipped" : ""
    guard let largest = pairs.max(by: { $0.1 < $1.1 }),
      let smallest = pairs.min(by: { $0.1 < $1.1 })
    else {
      return "bar chart: no data" + skippedText
    }
    return "largest: \(largest.0) \(NumberFormat.significant(largest.1)); "
      + "smallest: \(smallest.0) \(NumberFormat.significant(smallest.1))" + skippedText
  }
}

// MARK: - Conformance

extension BarChart: CustomStringConvertible {
  public var description: String { "BarChart(\(summary))" }
}
