/// Drawing an `Axes` into a grid.
extension Axes {
  /// The smallest grid an axes with ticks and labels draws into; smaller sizes get one line
  /// saying so.
  public static let minimumWidth = 20
  public static let minimumHeight = 6

  /// The smallest grid this axes draws into: with `axis('off')` (an image in a grid of
  /// subplots) only the picture and its title need room.
  public var minimumSize: (width: Int, height: Int) {
    showsAxis ? (Axes.minimumWidth, Axes.minimumHeight) : (4, title.isEmpty ? 2 : 3)
  }

  /// Draws the axes into a new `width x height` grid for a terminal of the given mode.
  public func render(width: Int, height: Int, mode: ColorMode = .truecolor) -> CellGrid {
    if showsColorbar, let field = firstField {
      return renderWithColorbar(field, width: width, height: height, mode: mode)
    }
    let minimum = minimumSize
    guard width >= minimum.width, height >= minimum.height,
      let frame = frame(width: width, height: height)
    else {
      return .tooSmall(
        width: width, height: height, minimumWidth: minimum.width, minimumHeight: minimum.height)
    }
    var painter = LayerPainter(
      frame: frame, mode: mode, grid: CellGrid(width: width, height: height))
    let colors = layerColors(depth: mode.depth)
    for (index, layer) in layers.enumerated() {
      if case .field(let field) = layer { painter.drawField(field, xScale: xScale, yScale: yScale) }
      if case .bars(let bars) = layer {
        painter.drawBars(bars, color: colors[index], yScale: yScale)
      }
    }
    var canvas = DotCanvas(columns: frame.columns, rows: frame.rows, isBraille: !mode.isASCIIOnly)
    var lineColors: [TextColor] = []
    for (index, layer) in layers.enumerated() {
      let series: LineSeries
      switch layer {
      case .line(let line): series = line
      case .errorBars(let bars): series = bars.line
      case .referenceLine(let line):
        series = line.series(x: frame.x, y: frame.y, xScale: xScale, yScale: yScale)
      default: continue
      }
      painter.drawLine(
        series, on: &canvas, series: lineColors.count, xScale: xScale, yScale: yScale)
      lineColors.append(colors[index])
    }
    painter.flush(canvas, colors: lineColors)
    for (index, layer) in layers.enumerated() {
      if case .scatter(let series) = layer {
        painter.drawScatter(series, color: colors[index], xScale: xScale, yScale: yScale)
      }
    }
    if showsAxis { painter.drawAxis() }
    painter.drawTitles(title: title, xLabel: xLabel, yLabel: yLabel)
    if showsLegend { painter.drawLegend(legendEntries(colors: colors, mode: mode)) }
    return painter.grid
  }

  /// The colour of each layer: its own, else the next of the palette (fields get none; error
  /// bars without a colour take the next one without using it up).
  func layerColors(depth: ColorMode.Depth) -> [TextColor] {
    var next = 0
    return layers.map { layer in
      let own: TextColor?
      switch layer {
      case .line(let series): own = series.color
      case .scatter(let series): own = series.color
      case .bars(let bars): own = bars.color
      case .field: return .default
      case .errorBars(let bars):
        return depth == .monochrome ? .default : bars.color ?? SeriesPalette.color(next, depth: depth)
      case .referenceLine(let line):
        return depth == .monochrome ? .default : line.color ?? SeriesPalette.color(0, depth: depth)
      }
      defer { next += 1 }
      return depth == .monochrome ? .default : own ?? SeriesPalette.color(next, depth: depth)
    }
  }
}
