/// Drawing the axis lines, tick labels, titles and legend around and over the plot area.
extension LayerPainter {
  /// One legend line: a symbol in the layer's colour, then its name.
  struct LegendEntry {
    var symbol: String
    var style: TextStyle
    var name: String
  }

  /// Draws the y axis with right-aligned tick labels and the x axis with centred ones.
  mutating func drawAxis() {
    let symbols = mode.isASCIIOnly ? Symbols.asciiAxis : Symbols.axis
    let axisColumn = frame.gutter
    for row in 0..<frame.rows {
      grid.put(symbols.vertical, at: GridPoint(column: axisColumn, row: frame.origin.row + row))
    }
    for tick in frame.yTicks {
      let row = frame.origin.row + tick.offset
      grid.put(symbols.yTick, at: GridPoint(column: axisColumn, row: row))
      grid.put(tick.label, at: GridPoint(column: axisColumn - displayWidth(tick.label), row: row))
    }
    guard let axisRow = frame.axisRow else { return }
    grid.put(symbols.corner, at: GridPoint(column: axisColumn, row: axisRow))
    for column in 0..<frame.columns {
      grid.put(
        symbols.horizontal, at: GridPoint(column: frame.origin.column + column, row: axisRow))
    }
    var freeFrom = 0
    for tick in frame.xTicks {
      let column = frame.origin.column + tick.offset
      grid.put(symbols.xTick, at: GridPoint(column: column, row: axisRow))
      guard let labelRow = frame.tickLabelRow else { continue }
      let labelWidth = displayWidth(tick.label)
      let start = min(grid.width - labelWidth, column - labelWidth / 2)
      guard start >= freeFrom else { continue }
      grid.put(tick.label, at: GridPoint(column: start, row: labelRow))
      freeFrom = start + labelWidth + 1
    }
  }

  /// Draws the title centred over the plot area, the y label at the top left and the x label
  /// centred under the tick labels.
  mutating func drawTitles(title: String, xLabel: String, yLabel: String) {
    var titleStart = frame.origin.column
    if let row = frame.yLabelRow {
      let label = TextFitting.truncate(yLabel, toWidth: grid.width, isASCIIOnly: mode.isASCIIOnly)
      let end = grid.put(label, at: GridPoint(column: 0, row: row))
      if row == frame.titleRow { titleStart = max(titleStart, end + 2) }
    }
    if let row = frame.titleRow {
      let available = grid.width - titleStart
      let text = TextFitting.truncate(title, toWidth: available, isASCIIOnly: mode.isASCIIOnly)
      let plotCentre = frame.origin.column + frame.columns / 2
      let start = max(
        titleStart, min(grid.width - displayWidth(text), plotCentre - displayWidth(text) / 2))
      grid.put(text, at: GridPoint(column: start, row: row), style: TextStyle(isBold: true))
    }
    if let row = frame.xLabelRow {
      let text = TextFitting.truncate(xLabel, toWidth: frame.columns, isASCIIOnly: mode.isASCIIOnly)
      let start = TextFitting.centred(
        textWidth: displayWidth(text), in: frame.columns, from: frame.origin.column)
      grid.put(text, at: GridPoint(column: start, row: row))
    }
  }

  /// Draws the legend in the corner of the plot area that covers the fewest drawn cells
  /// (top right, top left, bottom right, bottom left on ties), like matplotlib's `loc="best"`.
  mutating func drawLegend(_ entries: [LegendEntry]) {
    guard !entries.isEmpty, frame.columns >= 8 else { return }
    let nameWidth = max(1, frame.columns / 2 - 3)
    let names = entries.map {
      TextFitting.truncate($0.name, toWidth: nameWidth, isASCIIOnly: mode.isASCIIOnly)
    }
    let symbolWidth = entries.map { displayWidth($0.symbol) }.max() ?? 1
    let boxWidth = 1 + symbolWidth + 1 + (names.map { displayWidth($0) }.max() ?? 0)
    let boxRows = min(entries.count, frame.rows)
    let left = frame.origin.column
    let right = frame.origin.column + frame.columns - boxWidth
    let top = frame.origin.row
    let bottom = frame.origin.row + frame.rows - boxRows
    let corners = [(right, top), (left, top), (right, bottom), (left, bottom)]
    let best = corners.min {
      covered(column: $0.0, row: $0.1, boxWidth, boxRows)
        < covered(column: $1.0, row: $1.1, boxWidth, boxRows)
    }!
    let (column, row) = best  // corners is not empty
    for (offset, entry) in entries.prefix(boxRows).enumerated() {
      let line = row + offset
      grid.put(String(repeating: " ", count: boxWidth), at: GridPoint(column: column, row: line))
      let symbolStart = column + (column == left ? 0 : 1)
      grid.put(entry.symbol, at: GridPoint(column: symbolStart, row: line), style: entry.style)
      grid.put(names[offset], at: GridPoint(column: symbolStart + symbolWidth + 1, row: line))
    }
  }

  /// How much a box would hide: 1 for each drawn cell, 20 for a scatter glyph (bold), since
  /// hiding a point loses data while hiding part of a field or a line rarely does.
  private func covered(column: Int, row: Int, _ width: Int, _ height: Int) -> Int {
    var count = 0
    for r in row..<row + height {
      for c in column..<column + width {
        let cell = grid[c, r]
        if cell.style.isBold && cell.character != " " {
          count += 20
        } else if cell.character != " " || cell.style.background != .default {
          count += 1
        }
      }
    }
    return count
  }
}

extension Axes {
  /// The legend entries of the named layers (classes of a scatter count as layers).
  func legendEntries(colors: [TextColor], mode: ColorMode) -> [LayerPainter.LegendEntry] {
    var entries: [LayerPainter.LegendEntry] = []
    var lineIndex = 0
    for (index, layer) in layers.enumerated() {
      switch layer {
      case .line(let series):
        defer { lineIndex += 1 }
        guard !series.name.isEmpty else { continue }
        let marker = Symbols.asciiLineMarkers[lineIndex % Symbols.asciiLineMarkers.count]
        let symbol =
          mode.isASCIIOnly
          ? String(repeating: marker, count: 2) : String(repeating: Symbols.legendLine, count: 2)
        let style = SeriesPalette.lineStyle(lineIndex, color: colors[index], depth: mode.depth)
        entries.append(.init(symbol: symbol, style: style, name: series.name))
      case .scatter(let series):
        let glyphs = mode.isASCIIOnly ? Symbols.asciiClassGlyphs : Symbols.classGlyphs
        let named =
          series.classes != nil ? 0..<series.classCount : (series.name.isEmpty ? 0..<0 : 0..<1)
        for k in named {
          let color = LayerPainter.classColor(
            k, of: series, color: colors[index], depth: mode.depth)
          entries.append(
            .init(
              symbol: String(glyphs[k % glyphs.count]), style: TextStyle(foreground: color),
              name: series.className(k)))
        }
      case .bars(let bars):
        guard !bars.name.isEmpty else { continue }
        entries.append(
          .init(
            symbol: mode.isASCIIOnly ? "#" : "█", style: TextStyle(foreground: colors[index]),
            name: bars.name))
      case .errorBars(let bars):
        defer { lineIndex += 1 }
        guard !bars.name.isEmpty else { continue }
        let style = SeriesPalette.lineStyle(lineIndex, color: colors[index], depth: mode.depth)
        entries.append(.init(symbol: mode.isASCIIOnly ? "+-" : "±", style: style, name: bars.name))
      case .referenceLine(let line):
        defer { lineIndex += 1 }
        guard !line.name.isEmpty else { continue }
        let marker = Symbols.asciiLineMarkers[lineIndex % Symbols.asciiLineMarkers.count]
        let symbol =
          mode.isASCIIOnly
          ? String(repeating: marker, count: 2) : String(repeating: Symbols.legendLine, count: 2)
        let style = SeriesPalette.lineStyle(lineIndex, color: colors[index], depth: mode.depth)
        entries.append(.init(symbol: symbol, style: style, name: line.name))
      case .field:
        continue
      }
    }
    return entries
  }
}
