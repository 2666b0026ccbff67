/// A histogram: values counted into equal-width bins, drawn as bars with eighth-block tops.
///
/// The bins span the finite values' range (or `range`), `binCount` of them (matplotlib's
/// default 10); the last bin includes its right edge, as in `numpy.histogram`. NaN and
/// infinite values are skipped and counted in the summary.
public struct Histogram: Sendable, Hashable {
  public var values: [Double]
  public var binCount: Int
  /// The range the bins cover, or `nil` for the data's minimum to maximum.
  public var range: ClosedRange<Double>?
  public var title: String
  public var xLabel: String
  public var yLabel: String
  public var color: TextColor?

  public init(
    values: [Double], binCount: Int = 10, range: ClosedRange<Double>? = nil, title: String = "",
    xLabel: String = "", yLabel: String = "", color: TextColor? = nil
  ) {
    self.values = values
    self.binCount = binCount
    self.range = range
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.color = color
  }

  /// The bin edges (`binCount + 1` of them) and counts, like `numpy.histogram`.
  public var bins: (edges: [Double], counts: [Int]) {
    let finite = values.filter(\.isFinite)
    let bins = max(1, binCount)
    var low = range?.lowerBound ?? finite.min() ?? 0
    var high = range?.upperBound ?? finite.max() ?? 1
    if low == high {
      low -= 0.5
      high += 0.5
    }
    let width = (high - low) / Double(bins)
    let edges = (0...bins).map { low + Double($0) * width }
    var counts = Array(repeating: 0, count: bins)
    for v in finite where v >= low && v <= high {
      counts[min(bins - 1, Int((v - low) / width))] += 1
    }
    return (edges, counts)
  }

  /// The histogram as an `Axes` of bars, to place in a `Figure`.
  public var axes: Axes {
    var axes = Axes(title: title, xLabel: xLabel, yLabel: yLabel, showsLegend: false)
    axes.hist(values: values, bins: binCount, range: range, color: color)
    return axes
  }

  public func render(width: Int, height: Int, mode: ColorMode = .truecolor) -> CellGrid {
    axes.render(width: width, height: height, mode: mode)
  }

  /// "1000 values from -3.1 to 3.4, mean 0.02, std 0.99", counting skipped values.
  public var summary: String {
    let finite = values.filter(\.isFinite)
    let skipped = values.count - finite.count
    let skippedText = skipped > 0 ? ", \(skipped) NaN/inf skipped" : ""
    guard let low = finite.min(), let high = finite.max() else {
      return "histogram: no data" + skippedText
    }
    let mean = finite.reduce(0, +) / Double(finite.count)
    let variance = finite.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(finite.count)
    var text =
      "\(finite.count) value\(finite.count == 1 ? "" : "s") from \(NumberFormat.significant(low))"
    text += " to \(NumberFormat.significant(high)), mean \(NumberFormat.significant(mean))"
    text += ", std \(NumberFormat.significant(variance.squareRoot()))"
    return text + skippedText
  }
}

// MARK: - Conformance

extension Histogram: CustomStringConvertible {
  public var description: String { "Histogram(\(summary))" }
}
