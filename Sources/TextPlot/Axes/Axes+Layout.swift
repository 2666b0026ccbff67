/// Laying out an `Axes`: data bounds, decoration rows, gutter and ticks.
extension Axes {
  /// The frame for a grid of `width x height`, or `nil` when the plot area would be too small.
  func frame(width: Int, height: Int) -> PlotFrame? {
    var top = 0
    var frame = PlotFrame(origin: .origin, columns: 0, rows: 0, x: 0...1, y: 0...1, gutter: 0)
    let headerFits = displayWidth(yLabel) + 2 + displayWidth(title) <= width
    if !title.isEmpty || !yLabel.isEmpty {
      frame.titleRow = title.isEmpty ? nil : 0
      frame.yLabelRow = yLabel.isEmpty ? nil : (headerFits || title.isEmpty ? 0 : 1)
      top = max(frame.titleRow ?? 0, frame.yLabelRow ?? 0) + 1
    }
    var bottom = showsAxis ? 2 : 0
    let wantsXLabel = !xLabel.isEmpty && height - top - bottom - 1 >= 3
    if wantsXLabel { bottom += 1 }
    let rows = height - top - bottom
    guard rows >= 2 else { return nil }

    frame.x = bounds(axis: .x)
    frame.y = bounds(axis: .y)
    frame.rows = rows
    frame.origin.row = top
    frame.yInverted = yInverted
    var yTickValues: [(value: Double, label: String)] = []
    if showsAxis {
      yTickValues = ticks(axis: .y, domain: frame.y, count: max(2, rows / 3))
      frame.gutter = yTickValues.map { displayWidth($0.label) }.max() ?? 0
      frame.axisRow = top + rows
      frame.tickLabelRow = top + rows + 1
      frame.xLabelRow = wantsXLabel ? top + rows + 2 : nil
    }
    let axisColumns = showsAxis ? frame.gutter + 1 : 0
    frame.columns = width - axisColumns
    frame.origin.column = axisColumns
    guard frame.columns >= 4 else { return nil }
    if aspect == .equal {
      applyEqualAspect(to: &frame)
      if let field = firstField { capPixelSize(of: field, frame: &frame) }
      // Fewer rows than planned get fewer y ticks (a 4x4 image: 0 and 2, not every half).
      if showsAxis, frame.rows < rows {
        let fewer = ticks(axis: .y, domain: frame.y, count: max(2, frame.rows / 3))
        let gutter = fewer.map { displayWidth($0.label) }.max() ?? 0
        if gutter <= frame.gutter {
          yTickValues = fewer
          frame.origin.column -= frame.gutter - gutter
          frame.gutter = gutter
        }
      }
    } else if yInverted, let field = firstField, xLimits == nil, yLimits == nil {
      snapToMatrix(field, frame: &frame)
    }
    frame.yTicks = yTickValues.compactMap { tick in
      let row = frame.row(tick.value)
      return row >= 0 && row < frame.rows ? (row, tick.label) : nil
    }
    if showsAxis {
      let xTickValues = ticks(axis: .x, domain: frame.x, count: max(2, frame.columns / 12))
      frame.xTicks = xTickValues.compactMap { tick in
        let column = frame.column(tick.value)
        return column >= 0 && column < frame.columns ? (column, tick.label) : nil
      }
    }
    return frame
  }

  enum AxisName { case x, y }

  /// The domain of an axis in scale coordinates: the limits, else the data with margins.
  func bounds(axis: AxisName) -> ClosedRange<Double> {
    let scale = axis == .x ? xScale : yScale
    let limits = axis == .x ? xLimits : yLimits
    if let limits, let low = scale.transform(limits.lowerBound),
      let high = scale.transform(limits.upperBound), high > low
    {
      return low...high
    }
    var low = Double.infinity
    var high = -Double.infinity
    var margin = 0.0
    func include(_ value: Double) {
      guard let t = scale.transform(value) else { return }
      low = min(low, t)
      high = max(high, t)
    }
    for layer in layers {
      switch layer {
      case .line(let series):
        for i in 0..<series.count { include(axis == .x ? series.xValue(i) : series.y[i]) }
      case .scatter(let series):
        for i in 0..<series.count { include(axis == .x ? series.x[i] : series.y[i]) }
        margin = 0.05
      case .field(let field):
        let range = axis == .x ? field.xRange : field.yRange
        include(range.lowerBound)
        include(range.upperBound)
      case .bars(let bars):
        for i in 0..<bars.count where bars.x[i].isFinite && bars.heights[i].isFinite {
          if axis == .x {
            include(bars.x[i] - bars.width / 2)
            include(bars.x[i] + bars.width / 2)
          } else {
            include(bars.heights[i])
            include(scale == .log10 ? bars.heights[i] : 0)
          }
        }
        if axis == .y { margin = max(margin, 0.05) }
      case .errorBars(let bars):
        for segment in bars.segments {
          include(axis == .x ? segment.from.x : segment.from.y)
          include(axis == .x ? segment.to.x : segment.to.y)
        }
        for i in 0..<bars.count { include(axis == .x ? bars.x[i] : bars.y[i]) }
      case .referenceLine(let line):
        if (line.orientation == .horizontal) == (axis == .y) { include(line.value) }
      }
    }
    if let limits {  // a one-sided or reversed limit still pins what it can
      if let t = scale.transform(limits.lowerBound) { low = t }
      if let t = scale.transform(limits.upperBound), t > low { high = t }
    }
    // A field fixes the extent (contourf and imshow are drawn edge to edge).
    if layers.contains(where: { if case .field = $0 { return true } else { return false } }) {
      margin = 0
    }
    guard low <= high else { return 0...1 }
    if low == high {
      let pad = scale == .log10 ? 0.5 : max(abs(low) * 0.1, 0.5)
      return (low - pad)...(high + pad)
    }
    let pad = (high - low) * margin
    // Bars standing on zero keep zero at the bottom edge.
    let standsOnZero =
      axis == .y && low == 0
      && layers.contains { if case .bars = $0 { return true } else { return false } }
    return (standsOnZero ? low : low - pad)...(high + pad)
  }

  /// Tick values (in scale coordinates) and labels for an axis.
  private func ticks(axis: AxisName, domain: ClosedRange<Double>, count: Int)
    -> [(value: Double, label: String)]
  {
    let scale = axis == .x ? xScale : yScale
    if let custom = axis == .x ? xTicks : yTicks {
      return custom.compactMap { tick in scale.transform(tick.value).map { ($0, tick.label) } }
    }
    switch scale {
    case .linear:
      let step = Ticks.step(from: domain.lowerBound, to: domain.upperBound, count: count)
      return Ticks.linear(from: domain.lowerBound, to: domain.upperBound, count: count).map {
        ($0, NumberFormat.tickLabel($0, step: step))
      }
    case .log10:
      let values = Ticks.log10(
        from: scale.inverse(domain.lowerBound), to: scale.inverse(domain.upperBound), count: count)
      return values.compactMap { value in
        scale.transform(value).map { ($0, NumberFormat.significant(value, digits: 2)) }
      }
    }
  }

  /// Shrinks a matrix's plot area a little so that every entry gets the same number of pixels
  /// (columns a multiple of the matrix's, pixel rows of its rows), never below two thirds.
  private func snapToMatrix(_ field: FieldLayer, frame: inout PlotFrame) {
    guard field.rows > 0, field.columns > 0 else { return }
    if field.columns <= frame.columns {
      let snapped = frame.columns / field.columns * field.columns
      if 3 * snapped >= 2 * frame.columns { frame.columns = snapped }
    }
    if field.rows <= 2 * frame.rows {
      var rows = frame.rows
      while rows > 1 && (2 * rows) % field.rows != 0 { rows -= 1 }
      if 3 * rows >= 2 * frame.rows { shrinkRows(of: &frame, to: rows) }
    }
  }

  /// Moves the x axis up under a plot area made `rows` tall.
  private func shrinkRows(of frame: inout PlotFrame, to rows: Int) {
    let shift = frame.rows - rows
    frame.rows = rows
    frame.axisRow = frame.axisRow.map { $0 - shift }
    frame.tickLabelRow = frame.tickLabelRow.map { $0 - shift }
    frame.xLabelRow = frame.xLabelRow.map { $0 - shift }
  }

  /// Cells an image pixel may take at most: 4 columns by 2 rows, a square. matplotlib's
  /// `aspect='equal'` keeps pixels square but blows a small image up to the whole figure; a
  /// 4x4 image drawn that way would fill the pane, so it stops at this size instead (16x8 cells).
  static let maximumPixelColumns = 4

  /// Shrinks an image's plot area to at most `maximumPixelColumns` columns (and half as many
  /// rows) a pixel, keeping the equal aspect.
  private func capPixelSize(of field: FieldLayer, frame: inout PlotFrame) {
    let columns = Axes.maximumPixelColumns * field.columns
    let rows = Axes.maximumPixelColumns / 2 * field.rows
    guard frame.columns > columns || frame.rows > rows else { return }
    frame.columns = min(frame.columns, columns)
    shrinkRows(of: &frame, to: min(frame.rows, rows))
  }

  /// The rows of a `width x height` grid the axes draw into: down to the x label, the tick
  /// labels or the plot area, whichever is lowest (all of them with a colour bar).
  public func usedHeight(width: Int, height: Int) -> Int {
    guard !showsColorbar, width >= minimumSize.width, height >= minimumSize.height,
      let frame = frame(width: width, height: height)
    else { return height }
    let last = frame.xLabelRow ?? frame.tickLabelRow ?? (frame.origin.row + frame.rows - 1)
    return min(height, last + 1)
  }

  /// Shrinks the plot area so that x and y units have the same size, a cell being two square
  /// pixels stacked.
  private func applyEqualAspect(to frame: inout PlotFrame) {
    let xSpan = frame.x.upperBound - frame.x.lowerBound
    let ySpan = frame.y.upperBound - frame.y.lowerBound
    guard xSpan > 0, ySpan > 0 else { return }
    let columnsForRows = Int((xSpan / ySpan * Double(2 * frame.rows)).rounded())
    if columnsForRows <= frame.columns {
      frame.columns = max(1, columnsForRows)
    } else {
      shrinkRows(of: &frame, to: max(1, Int((ySpan / xSpan * Double(frame.columns) / 2).rounded())))
    }
  }
}
