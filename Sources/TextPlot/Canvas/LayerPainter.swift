/// Draws layers into the plot area of a grid, for one colour mode.
struct LayerPainter {
  let frame: PlotFrame
  let mode: ColorMode
  var grid: CellGrid

  /// Writes a one-column glyph in the plot area, keeping the cell's background.
  @inline(__always)
  mutating func plot(_ character: Character, column: Int, row: Int, style: TextStyle) {
    let point = GridPoint(column: frame.origin.column + column, row: frame.origin.row + row)
    guard column >= 0, row >= 0, column < frame.columns, row < frame.rows else { return }
    var style = style
    style.background = grid[point.column, point.row].style.background
    grid.put(character, at: point, style: style)
  }

  /// Draws a field as half blocks (two pixels a cell), or as a shade ramp without colour;
  /// contour bands also get a fill texture each (`BandTextures`).
  mutating func drawField(_ field: FieldLayer, xScale: AxisScale, yScale: AxisScale) {
    guard field.rows > 0, field.columns > 0 else { return }
    let xSpan = frame.x.upperBound - frame.x.lowerBound
    let fieldColumns = (0..<frame.columns).map { c in
      field.columnIndex(
        x: xScale.inverse(frame.x.lowerBound + (Double(c) + 0.5) / Double(frame.columns) * xSpan))
    }
    let fieldRows = (0..<2 * frame.rows).map { r in
      field.rowIndex(
        y: yScale.inverse(frame.yAtFractionFromTop((Double(r) + 0.5) / Double(2 * frame.rows))))
    }
    let range = field.colorRange
    let span = range.upperBound - range.lowerBound
    let table = field.colormap.table(count: 256, depth: mode.depth)
    let levels = field.levels.map { max(2, $0) }
    /// A pixel's position on the colour map and its colour.
    func pixel(_ row: Int?, _ column: Int?) -> (t: Double, color: TextColor)? {
      guard let row, let column else { return nil }
      let index = (row * field.columns + column) * field.channels
      if field.channels == 3 {
        let (r, g, b) = (field.values[index], field.values[index + 1], field.values[index + 2])
        guard r.isFinite, g.isFinite, b.isFinite else { return nil }
        let scale = span > 0 ? 255 / range.upperBound : 255
        func byte(_ v: Double) -> UInt8 { UInt8(min(255, max(0, v * scale)).rounded()) }
        return (
          (0.299 * r + 0.587 * g + 0.114 * b) / max(range.upperBound, 1e-12),
          .rgb(byte(r), byte(g), byte(b))
        )
      }
      let v = field.values[index]
      guard v.isFinite else { return nil }
      var t = span > 0 ? min(1, max(0, (v - range.lowerBound) / span)) : 0.5
      if let levels {
        t = min(Double(levels - 1), (t * Double(levels)).rounded(.down)) / Double(levels - 1)
      }
      return (t, table[Int((t * 255).rounded())])
    }
    let shades = mode.isASCIIOnly ? Symbols.asciiShades : Symbols.shades
    // Without colour the shade ramp already tells bands apart (and matches the colour bar).
    let bands = levels.flatMap { levels in
      field.channels == 1 && mode.hasColor && !mode.isASCIIOnly
        ? BandTextures(field, levels: levels, mode: mode) : nil
    }
    for row in 0..<frame.rows {
      for column in 0..<frame.columns {
        let top = pixel(fieldRows[2 * row], fieldColumns[column])
        let bottom = pixel(fieldRows[2 * row + 1], fieldColumns[column])
        guard top != nil || bottom != nil else { continue }
        let point = GridPoint(column: frame.origin.column + column, row: frame.origin.row + row)
        // In colour, a contour band's cells carry its texture as well as its colour; a cell
        // where two bands meet stays a half block, so the boundary keeps its resolution.
        if let bands, let (character, style) = bands.cell(top: top, bottom: bottom) {
          grid.put(character, at: point, style: style)
          continue
        }
        if mode.hasColor && !mode.isASCIIOnly {
          if let top {
            grid.put(
              Symbols.upperHalf, at: point,
              style: TextStyle(foreground: top.color, background: bottom?.color ?? .default))
          } else if let bottom {
            grid.put("▄", at: point, style: TextStyle(foreground: bottom.color))
          }
        } else {
          let t = ((top?.t ?? bottom!.t) + (bottom?.t ?? top!.t)) / 2  // one of them is non-nil
          let shade = shades[min(shades.count - 1, Int(t * Double(shades.count - 1) + 0.5))]
          let color = mode.hasColor ? (top ?? bottom)!.color : TextColor.default
          grid.put(shade, at: point, style: TextStyle(foreground: color))
        }
      }
    }
  }

  /// Draws bars from the baseline (0, or the bottom of a log axis) with eighth-block tops.
  mutating func drawBars(_ bars: BarSeries, color: TextColor, yScale: AxisScale) {
    let xSpan = frame.x.upperBound - frame.x.lowerBound
    // Clamped a little outside the area so that conversions to Int are always safe.
    func cellX(_ x: Double) -> Double {
      min(
        Double(frame.columns + 1), max(-1, (x - frame.x.lowerBound) / xSpan * Double(frame.columns))
      )
    }
    func cellY(_ ty: Double) -> Double {
      min(Double(frame.rows + 1), max(-1, frame.fractionFromTop(ty) * Double(frame.rows)))
    }
    let baseValue =
      yScale == .log10 ? frame.y.lowerBound : min(frame.y.upperBound, max(frame.y.lowerBound, 0))
    let baseRow = Int(cellY(baseValue).rounded())
    let full: Character = mode.isASCIIOnly ? "#" : "█"
    let eighths = mode.isASCIIOnly ? Symbols.asciiEighths : Symbols.lowerEighths
    let style = TextStyle(foreground: color)
    for i in 0..<bars.count {
      guard bars.x[i].isFinite, let top = yScale.transform(bars.heights[i]) else { continue }
      var first = Int((cellX(bars.x[i] - bars.width / 2) - 0.5).rounded(.up))
      var last = Int((cellX(bars.x[i] + bars.width / 2) - 0.5).rounded(.down))
      if first > last { (first, last) = (Int(cellX(bars.x[i])), Int(cellX(bars.x[i]))) }
      let topRow = cellY(top)
      let (low, high) = (max(0, first), min(frame.columns - 1, last))
      guard low <= high else { continue }
      for column in low...high {
        if topRow <= Double(baseRow) {
          let filled = Int(((Double(baseRow) - topRow) * 8).rounded())
          for k in 0..<(filled + 7) / 8 {
            let part = min(8, filled - 8 * k)
            plot(
              part == 8 ? full : eighths[part], column: column, row: baseRow - 1 - k, style: style)
          }
        } else {
          for k in 0..<Int((topRow - Double(baseRow)).rounded()) {
            plot(full, column: column, row: baseRow + k, style: style)
          }
        }
      }
    }
  }
}
