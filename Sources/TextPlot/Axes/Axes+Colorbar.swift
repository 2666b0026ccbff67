/// The colour bar: the first field's colour map drawn upright beside the plot, with values.
extension Axes {
  /// The first field layer, if any.
  var firstField: FieldLayer? {
    for layer in layers { if case .field(let field) = layer { return field } }
    return nil
  }

  /// Draws the axes narrower and a colour bar at the right: two columns of half blocks from
  /// the top value down to the bottom one (in bands when the field has levels), labelled at the
  /// top, middle and bottom. Left out when the axes would drop below their minimum width.
  func renderWithColorbar(_ field: FieldLayer, width: Int, height: Int, mode: ColorMode) -> CellGrid
  {
    var plain = self
    plain.showsColorbar = false
    let range = field.colorRange
    let labels = [range.upperBound, (range.lowerBound + range.upperBound) / 2, range.lowerBound].map
    {
      NumberFormat.significant($0, digits: 2)
    }
    let barWidth = 4 + (labels.map { displayWidth($0) }.max() ?? 0)
    guard width - barWidth >= plain.minimumSize.width,
      let frame = plain.frame(width: width - barWidth, height: height)
    else {
      return plain.render(width: width, height: height, mode: mode)
    }
    var grid = CellGrid(width: width, height: height)
    grid.blit(plain.render(width: width - barWidth, height: height, mode: mode), at: .origin)
    let column = width - barWidth + 1
    let top = frame.origin.row
    let rows = frame.rows
    let shades = mode.isASCIIOnly ? Symbols.asciiShades : Symbols.shades
    func band(_ t: Double) -> Double {
      guard let levels = field.levels.map({ max(2, $0) }) else { return t }
      return min(Double(levels - 1), (t * Double(levels)).rounded(.down)) / Double(levels - 1)
    }
    for row in 0..<rows {
      let upper = band(1 - (Double(2 * row) + 0.5) / Double(2 * rows))
      let lower = band(1 - (Double(2 * row) + 1.5) / Double(2 * rows))
      for offset in 0..<2 {
        let point = GridPoint(column: column + offset, row: top + row)
        if mode.hasColor && !mode.isASCIIOnly {
          let style = TextStyle(
            foreground: field.colormap.color(at: upper, depth: mode.depth),
            background: field.colormap.color(at: lower, depth: mode.depth))
          grid.put(Symbols.upperHalf, at: point, style: style)
        } else {
          let t = (upper + lower) / 2
          grid.put(
            shades[min(shades.count - 1, Int(t * Double(shades.count - 1) + 0.5))], at: point)
        }
      }
    }
    grid.put(labels[0], at: GridPoint(column: column + 3, row: top))
    if rows >= 5 { grid.put(labels[1], at: GridPoint(column: column + 3, row: top + rows / 2)) }
    if rows >= 2 { grid.put(labels[2], at: GridPoint(column: column + 3, row: top + rows - 1)) }
    return grid
  }
}
