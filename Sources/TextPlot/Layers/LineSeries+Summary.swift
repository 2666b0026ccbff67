/// The one-line text summary of a line series: first and last value, length and trend.
extension LineSeries {
  /// The direction of a series at its end.
  public enum Trend: String, Sendable, Hashable {
    case falling, flat, rising
  }

  /// A one-line summary such as `"loss 0.693 -> 0.121 over 300 steps, still falling"`.
  ///
  /// The trend is judged on the tail (see `tailTrend(_:)`), in log space on a log axis.
  /// "still falling" means the tail falls as the series did overall; "falling at the end"
  /// that it falls after an overall rise. Skipped NaN and infinite values are counted, as are
  /// values a log axis cannot show.
  public func summary(scale: AxisScale = .linear) -> String {
    let label = name.isEmpty ? "y" : name
    var values: [Double] = []
    values.reserveCapacity(count)
    var nonFinite = 0
    var nonPositive = 0
    var trendValues: [Double] = []
    for i in 0..<count {
      let (xi, yi) = (xValue(i), y[i])
      if !xi.isFinite || !yi.isFinite {
        nonFinite += 1
      } else if scale == .log10 && yi <= 0 {
        nonPositive += 1
      } else {
        values.append(yi)
        trendValues.append(scale == .log10 ? ScaleMath.log10(yi) : yi)
      }
    }
    var text: String
    switch values.count {
    case 0: text = "\(label): no data"
    case 1: text = "\(label) \(NumberFormat.significant(values[0])) (1 point)"
    default:
      let (first, last) = (values[0], values[values.count - 1])
      text = "\(label) \(NumberFormat.significant(first)) -> \(NumberFormat.significant(last))"
      text += " over \(values.count) steps, " + LineSeries.trendPhrase(trendValues)
    }
    if nonFinite > 0 { text += ", \(nonFinite) NaN/inf skipped" }
    if nonPositive > 0 { text += ", \(nonPositive) <= 0 skipped (log axis)" }
    return text
  }

  /// The trend at the end of `values`: the mean of the last tenth (at least 2 points) against
  /// the mean of the tenth before it.
  ///
  /// The change counts when it exceeds 1% of the whole range and, with windows of 5 or more,
  /// twice its standard error (so minibatch noise reads as flat); with fewer than 4 values,
  /// last against first.
  public static func tailTrend(_ values: [Double]) -> Trend {
    guard let low = values.min(), let high = values.max(), high > low else { return .flat }
    let n = values.count
    let change: Double
    var standardError = 0.0
    if n < 4 {
      change = values[n - 1] - values[0]
    } else {
      let k = max(2, n / 10)
      let tail = values[(n - k)...]
      let before = values[(n - 2 * k)..<(n - k)]
      func meanAndVariance(_ window: ArraySlice<Double>) -> (Double, Double) {
        let mean = window.reduce(0, +) / Double(window.count)
        let squares = window.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (mean, squares / Double(window.count - 1))
      }
      let (tailMean, tailVariance) = meanAndVariance(tail)
      let (beforeMean, beforeVariance) = meanAndVariance(before)
      change = tailMean - beforeMean
      if k >= 5 { standardError = ((tailVariance + beforeVariance) / Double(k)).squareRoot() }
    }
    if abs(change) <= 2 * standardError || abs(change) < 0.01 * (high - low) { return .flat }
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
