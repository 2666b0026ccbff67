/// Drawing lines and scatter points.
extension LayerPainter {
  /// Draws a line series onto a dot canvas, joining consecutive valid points.
  ///
  /// Points falling in the same dot column only widen that column's vertical run (its minimum
  /// to maximum), and a segment joins the last point of one column to the first of the next:
  /// min/max decimation, so a 10,000-point curve keeps every spike and costs one pass.
  func drawLine(
    _ series: LineSeries, on canvas: inout DotCanvas, series index: Int, xScale: AxisScale,
    yScale: AxisScale
  ) {
    let dotColumns = canvas.dotColumns
    let dotRows = canvas.dotRows
    var previous: (x: Double, y: Double)? = nil
    var runColumn = Int.min
    var runLow = 0.0
    var runHigh = 0.0
    func flushRun() {
      if runColumn != Int.min {
        canvas.vertical(
          x: runColumn, from: Int(runLow.rounded()), to: Int(runHigh.rounded()), series: index)
      }
    }
    for i in 0..<series.count {
      guard let tx = xScale.transform(series.xValue(i)), let ty = yScale.transform(series.y[i])
      else {
        flushRun()
        runColumn = Int.min
        previous = nil
        continue
      }
      // Clamped so that far-off points (tight limits) still convert to Int safely.
      let point = (
        x: min(1e6, max(-1e6, frame.dotX(tx, dotColumns: dotColumns))),
        y: min(1e6, max(-1e6, frame.dotY(ty, dotRows: dotRows)))
      )
      let column = Int(point.x.rounded())
      if previous != nil && column == runColumn {
        runLow = min(runLow, point.y)
        runHigh = max(runHigh, point.y)
      } else {
        flushRun()
        if let previous {
          canvas.line(from: previous, to: point, series: index)
        } else {
          canvas.set(x: column, y: Int(point.y.rounded()), series: index)
        }
        runColumn = column
        runLow = point.y
        runHigh = point.y
      }
      previous = point
    }
    flushRun()
  }

  /// Writes a dot canvas into the plot area: braille (or each series' ASCII marker) in the
  /// colour of the series that drew last in the cell.
  mutating func flush(_ canvas: DotCanvas, colors: [TextColor]) {
    for row in 0..<canvas.rows {
      for column in 0..<canvas.columns {
        let cell = row * canvas.columns + column
        let mask = canvas.masks[cell]
        guard mask != 0 else { continue }
        let owner = canvas.owners[cell]
        let character =
          mode.isASCIIOnly
          ? Symbols.asciiLineMarkers[owner % Symbols.asciiLineMarkers.count]
          : Symbols.braille[Int(mask)]
        plot(
          character, column: column, row: row,
          style: SeriesPalette.lineStyle(owner, color: colors[owner], depth: mode.depth))
      }
    }
  }

  /// Draws scatter points as one glyph a cell: the class's glyph, in the class's colour, or in
  /// black or white (whichever shows) over a coloured field.
  mutating func drawScatter(
    _ series: ScatterSeries, color: TextColor, xScale: AxisScale, yScale: AxisScale
  ) {
    let classCount = series.classCount
    let glyphs = mode.isASCIIOnly ? Symbols.asciiClassGlyphs : Symbols.classGlyphs
    let classStyles = (0..<classCount).map { k in
      TextStyle(
        foreground: LayerPainter.classColor(k, of: series, color: color, depth: mode.depth),
        isBold: true)
    }
    for i in 0..<series.count {
      guard let tx = xScale.transform(series.x[i]), let ty = yScale.transform(series.y[i]) else {
        continue
      }
      let column = frame.column(tx)
      let row = frame.row(ty)
      guard column >= 0, row >= 0, column < frame.columns, row < frame.rows else { continue }
      let k = series.classOf(i)
      var style = classStyles[k]
      let background = grid[frame.origin.column + column, frame.origin.row + row].style.background
      if mode.hasColor, let (r, g, b) = background.rgbComponents {
        let luminance = 0.299 * Double(r) + 0.587 * Double(g) + 0.114 * Double(b)
        style.foreground = luminance > 140 ? .black : .ansi(15)
      }
      plot(glyphs[k % glyphs.count], column: column, row: row, style: style)
    }
  }

  /// The colour of class `k` of a scatter series: the colour map's, else the palette's (or the
  /// series' own colour when it has no classes).
  static func classColor(
    _ k: Int, of series: ScatterSeries, color: TextColor, depth: ColorMode.Depth
  ) -> TextColor {
    guard depth != .monochrome else { return .default }
    if let colormap = series.colormap {
      return colormap.color(
        at: series.classCount > 1 ? Double(k) / Double(series.classCount - 1) : 0.5, depth: depth)
    }
    return series.classes == nil ? color : SeriesPalette.color(k, depth: depth)
  }
}
