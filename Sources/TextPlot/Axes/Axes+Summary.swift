/// The one-line text summary of an `Axes`, shown under the plot and read by tests and by
/// people who cannot see colour.
extension Axes {
  /// A summary of every layer, joined by "; ", after the title when there is one.
  ///
  /// Lines give first -> last value and trend; a scatter over a field gives how many of its
  /// points the field misclassifies ("boundary: 12 of 400 training points misclassified");
  /// skipped NaN and infinite values are counted.
  public var summary: String {
    var parts: [String] = []
    let field = layers.lazy.compactMap { layer -> FieldLayer? in
      if case .field(let field) = layer { return field } else { return nil }
    }.first
    for layer in layers {
      switch layer {
      case .line(let series):
        parts.append(series.summary(scale: yScale))
      case .scatter(let series):
        if let field, field.channels == 1, series.classes != nil {
          parts.append(Axes.boundarySummary(field: field, points: series))
        } else {
          parts.append(Axes.scatterSummary(series))
        }
      case .field(let field):
        if let range = field.finiteRange {
          let low = NumberFormat.significant(range.lowerBound)
          let high = NumberFormat.significant(range.upperBound)
          parts.append("\(field.rows)x\(field.columns) field from \(low) to \(high)")
        } else {
          parts.append("\(field.rows)x\(field.columns) field: no data")
        }
      case .bars(let bars):
        parts.append(Axes.barsSummary(bars))
      case .errorBars(let bars):
        parts.append(bars.summary)
      case .referenceLine(let line):
        parts.append(line.summary)
      }
    }
    let body = parts.isEmpty ? "empty plot" : parts.joined(separator: "; ")
    return title.isEmpty ? body : "\(title): \(body)"
  }

  /// "boundary: 12 of 400 training points misclassified", the field's class at each point
  /// being `value > 0.5` for probabilities of two classes, else the rounded value.
  static func boundarySummary(field: FieldLayer, points: ScatterSeries) -> String {
    let isProbability =
      points.classCount <= 2
      && (field.finiteRange.map { $0.lowerBound >= 0 && $0.upperBound <= 1 } ?? false)
    var counted = 0
    var wrong = 0
    var skipped = 0
    for i in 0..<points.count {
      guard points.x[i].isFinite, points.y[i].isFinite else {
        skipped += 1
        continue
      }
      guard let value = field.value(x: points.x[i], y: points.y[i]), value.isFinite else {
        continue
      }
      counted += 1
      let predicted = isProbability ? (value > 0.5 ? 1 : 0) : Int(value.rounded())
      if predicted != points.classOf(i) { wrong += 1 }
    }
    var text = "boundary: \(wrong) of \(counted) training points misclassified"
    if counted < points.count - skipped {
      text += ", \(points.count - skipped - counted) outside the field"
    }
    if skipped > 0 { text += ", \(skipped) NaN/inf skipped" }
    return text
  }

  /// "400 points in 2 classes" (or "400 points" with one class), with skipped points counted.
  static func scatterSummary(_ series: ScatterSeries) -> String {
    var valid = 0
    for i in 0..<series.count where series.x[i].isFinite && series.y[i].isFinite { valid += 1 }
    let name = series.name.isEmpty ? "" : "\(series.name): "
    var text = "\(name)\(valid) point\(valid == 1 ? "" : "s")"
    if series.classes != nil {
      text += " in \(series.classCount) class\(series.classCount == 1 ? "" : "es")"
    }
    if valid < series.count { text += ", \(series.count - valid) NaN/inf skipped" }
    return text
  }

  /// "5 bars from 0.1 to 3.2 (largest at x = 2)".
  static func barsSummary(_ bars: BarSeries) -> String {
    var best: (x: Double, height: Double)? = nil
    var low = Double.infinity
    var skipped = 0
    var valid = 0
    for i in 0..<bars.count {
      guard bars.x[i].isFinite, bars.heights[i].isFinite else {
        skipped += 1
        continue
      }
      valid += 1
      low = min(low, bars.heights[i])
      if best == nil || bars.heights[i] > best!.height { best = (bars.x[i], bars.heights[i]) }
    }
    let name = bars.name.isEmpty ? "" : "\(bars.name): "
    guard let best else {
      return "\(name)no bars" + (skipped > 0 ? ", \(skipped) NaN/inf skipped" : "")
    }
    var text = "\(name)\(valid) bar\(valid == 1 ? "" : "s") from \(NumberFormat.significant(low))"
    text +=
      " to \(NumberFormat.significant(best.height)) (largest at x = \(NumberFormat.significant(best.x)))"
    if skipped > 0 { text += ", \(skipped) NaN/inf skipped" }
    return text
  }
}
