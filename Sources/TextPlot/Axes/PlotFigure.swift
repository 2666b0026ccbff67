/// Several axes in a grid of subplots under one title, like a matplotlib `Figure`.
///
/// ```swift
/// var figure = PlotFigure(rows: 1, columns: 2, title: "Run 3")
/// figure[0, 0] = lossPlot.axes
/// figure[0, 1] = boundary
/// figure.render(width: 120, height: 20).lines
/// ```
public struct PlotFigure: Sendable, Hashable {
  public var rows: Int
  public var columns: Int
  /// The subplots, row by row (`subplots[row * columns + column]`).
  public var subplots: [Axes]
  /// The figure's title (matplotlib's `suptitle`).
  public var title: String

  public init(rows: Int = 1, columns: Int = 1, subplots: [Axes]? = nil, title: String = "") {
    precondition(
      rows >= 1 && columns >= 1, "PlotFigure needs at least 1x1 subplots, got \(rows)x\(columns)")
    self.rows = rows
    self.columns = columns
    self.subplots = subplots ?? Array(repeating: Axes(), count: rows * columns)
    self.title = title
  }

  /// The subplot at a row and column, both from 0.
  public subscript(row: Int, column: Int) -> Axes {
    get { subplots[row * columns + column] }
    set { subplots[row * columns + column] = newValue }
  }

  /// Draws the title and each subplot in its tile, two columns apart.
  public func render(width: Int, height: Int, mode: ColorMode = .truecolor) -> CellGrid {
    var grid = CellGrid(width: max(0, width), height: max(0, height))
    let top = title.isEmpty ? 0 : 1
    if top == 1 {
      let text = TextFitting.truncate(title, toWidth: width, isASCIIOnly: mode.isASCIIOnly)
      grid.put(
        text,
        at: GridPoint(
          column: TextFitting.centred(textWidth: displayWidth(text), in: width, from: 0), row: 0),
        style: TextStyle(isBold: true))
    }
    let gap = 2
    let tileWidth = (width - gap * (columns - 1)) / columns
    let tileHeight = (height - top) / rows
    for (index, axes) in subplots.prefix(rows * columns).enumerated() {
      let point = GridPoint(
        column: (index % columns) * (tileWidth + gap), row: top + (index / columns) * tileHeight)
      grid.blit(axes.render(width: tileWidth, height: tileHeight, mode: mode), at: point)
    }
    return grid
  }

  /// The rows drawn into a `width x height` grid: a single subplot may leave rows empty at the
  /// bottom (an image, an equal aspect); a grid of subplots uses them all.
  public func usedHeight(width: Int, height: Int) -> Int {
    guard rows == 1, columns == 1, let axes = subplots.first else { return height }
    let top = title.isEmpty ? 0 : 1
    return top + axes.usedHeight(width: width, height: height - top)
  }

  /// The subplots' summaries, joined by " | ".
  public var summary: String {
    let parts = subplots.filter { !$0.layers.isEmpty }.map(\.summary)
    let body = parts.isEmpty ? "empty figure" : parts.joined(separator: " | ")
    return title.isEmpty ? body : "\(title): \(body)"
  }
}

// MARK: - Conformance

extension PlotFigure: CustomStringConvertible {
  public var description: String {
    "PlotFigure(\(rows)x\(columns)\(title.isEmpty ? "" : ", \"\(title)\""))"
  }
}
