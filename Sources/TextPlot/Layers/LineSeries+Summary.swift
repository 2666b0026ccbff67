/// The one-line text summary of a line series: first and last value, length and trend.
extension LineSeries {
  /// The direction of a series over its last tenth (at least 3 points), by least squares.
  public enum Trend: String, Sendable, Hashable {
    case falling, flat, rising
  }

  /// A one-line summary such as `"loss 0.693 -> 0.121 over 300 steps, still falling"`.
  ///
  /// The trend is judged on the tail: the least-squares slope over the last tenth of the
  /// points (at least 3), times the tail's length, compared with 2% of the whole range.
  /// "still falling" means the tail falls as the series did overall; "falling at the end"
  /// that it falls after an overall rise. Skipped NaN and infinite values are counted, as are
  /// values a log axis cannot show.
  public func summary(scale: AxisScale = .linear) -> String {
    let label = name.isEmpty ? "y" : name
    var values: [Double] = []
    values.reserveCapacity(count)
    var nonFinite = 0
    var nonPositive = 0
    for i in 0..<count {
      let (xi, yi) = (xValue(i), y[i])
      if !xi.isFinite || !yi.isFinite {
        nonFinite += 1
      } else if scale == .log10 && yi <= 0 {
        nonPositive += 1
      } else {
        values.append(yi)
      }
    }
    var text: String
    switch values.count {
    case 0: text = "\(label): no data"
    case 1: text = "\(label) \(NumberFormat.significant(values[0])) (1 point)"
    default:
      let (first, last) = (values[0], values[values.count - 1])
      text = "\(label) \(NumberFormat.significant(first)) -> \(NumberFormat.significant(last))"
      text += " over \(values.count) steps, " + LineSeries.trendPhrase(values)
    }
    if nonFinite > 0 { text += ", \(nonFinite) NaN/inf skipped" }
    if nonPositive > 0 { text += ", \(nonPositive) <= 0 skipped (log axis)" }
    return text
  }

  /// The trend of the last tenth of `values` (at least 3 points, all when fewer).
  public static func tailTrend(_ values: [Double]) -> Trend {
    guard let low = values.min(), let high = values.max(), high > low else { return .flat }
    let tail = values.suffix(max(3, values.count / 10))
    let n = Double(tail.count)
    let meanX = (n - 1) / 2
    let meanY = tail.reduce(0, +) / n
    var numerator = 0.0
    var denominator = 0.0
    for (i, v) in tail.enumerated() {
      numerator += (Double(i) - meanX) * (v - meanY)
      denominator += (Double(i) - meanX) * (Double(i) - meanX)
    }
    let change = denominator > 0 ? numerator / denominator * (n - 1) : 0
    if abs(change) < 0.02 * (high - low) { return .flat }
    return change < 0 ? .falling : .rising
  }

  private static func trendPhrase(_ values: [Double]) -> String {
    let overall = values[values.count - 1] - values[0]
    switch tailTrend(values) {
    case .flat:
      return values.min() == values.max() ? "flat" : "flat at the end"
    case .falling:
      return overall < 0 ? "still falling" : "falling at the end"
    case .rising:
      return overall > 0 ? "still rising" : "rising at the end"
    }
  }
}
