/// The numbers-in-cells view of a heat map (a confusion matrix).
extension Heatmap {
  /// Each entry as a block of cells in its colour with its number centred; `nil` when the
  /// numbers do not fit (the caller then draws the plain field).
  func renderValues(width: Int, height: Int, mode: ColorMode) -> CellGrid? {
    guard rows > 0, columns > 0 else { return nil }
    let allIntegers = values.allSatisfy { !$0.isFinite || $0 == $0.rounded() && abs($0) < 1e9 }
    let texts = values.map { value -> String in
      if !value.isFinite { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
      return allIntegers
        ? NumberFormat.fixed(value, decimals: 0) : NumberFormat.significant(value, digits: 2)
    }
    let numberWidth = texts.map { displayWidth($0) }.max() ?? 1
    let gutter =
      rowLabels.isEmpty ? 0 : (rowLabels.prefix(rows).map { displayWidth($0) }.max() ?? 0) + 1
    let top = title.isEmpty ? 0 : 1
    let bottom = columnLabels.isEmpty ? 0 : 1
    let cellWidth = min(numberWidth + 4, (width - gutter) / columns)
    let cellHeight = min(3, (height - top - bottom) / rows)
    guard cellWidth >= numberWidth + 1, cellHeight >= 1 else { return nil }
    var grid = CellGrid(width: width, height: height)
    if !title.isEmpty {
      let text = TextFitting.truncate(title, toWidth: width, isASCIIOnly: mode.isASCIIOnly)
      let start = TextFitting.centred(
        textWidth: displayWidth(text), in: cellWidth * columns, from: gutter)
      grid.put(text, at: GridPoint(column: start, row: 0), style: TextStyle(isBold: true))
    }
    let range = field.colorRange
    let span = range.upperBound - range.lowerBound
    for i in 0..<rows {
      let rowTop = top + i * cellHeight
      if i < rowLabels.count {
        let label = TextFitting.truncate(
          rowLabels[i], toWidth: gutter - 1, isASCIIOnly: mode.isASCIIOnly)
        grid.put(
          label,
          at: GridPoint(column: gutter - 1 - displayWidth(label), row: rowTop + cellHeight / 2))
      }
      for j in 0..<columns {
        let value = values[i * columns + j]
        let t = span > 0 ? (value - range.lowerBound) / span : 0.5
        var style = TextStyle.plain
        if mode.hasColor && value.isFinite {
          let background = colormap.color(at: t, depth: mode.depth)
          style.background = background
          let (r, g, b) = background.rgbComponents!  // non-nil: colour maps never give .default
          style.foreground =
            0.299 * Double(r) + 0.587 * Double(g) + 0.114 * Double(b) > 140 ? .black : .ansi(15)
        }
        let left = gutter + j * cellWidth
        for line in 0..<cellHeight {
          grid.put(
            String(repeating: " ", count: cellWidth - 1),
            at: GridPoint(column: left, row: rowTop + line), style: style)
        }
        let text = texts[i * columns + j]
        let start = left + (cellWidth - 1 - displayWidth(text) + 1) / 2
        grid.put(text, at: GridPoint(column: start, row: rowTop + cellHeight / 2), style: style)
      }
    }
    if bottom > 0 {
      let row = top + rows * cellHeight
      for j in 0..<min(columns, columnLabels.count) {
        let label = TextFitting.truncate(
          columnLabels[j], toWidth: cellWidth - 1, isASCIIOnly: mode.isASCIIOnly)
        let start = gutter + j * cellWidth + (cellWidth - 1 - displayWidth(label) + 1) / 2
        grid.put(label, at: GridPoint(column: start, row: row))
      }
    }
    return grid
  }
}
