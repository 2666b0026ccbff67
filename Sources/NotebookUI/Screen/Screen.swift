import TextPlot

/// A frame of the user interface: a grid of styled cells plus where the terminal cursor goes.
///
/// `render` draws into a `Screen`; a `Terminal` presents it. The cells are TextPlot's `CellGrid`,
/// so a plot's grid is copied in with `blit` and widths are measured the same way everywhere.
/// Unlike `CellGrid.put`, the drawing methods here clip to a `Rect`, so a widget never draws
/// outside the area it was given.
public struct Screen: Sendable, Hashable {
  public var grid: CellGrid
  /// The cell where the terminal shows its cursor (the line editor's caret); `nil` hides it.
  public var cursor: GridPoint?

  /// A blank screen.
  public init(width: Int, height: Int, style: TextStyle = .plain) {
    grid = CellGrid(width: max(0, width), height: max(0, height), style: style)
    cursor = nil
  }

  public var width: Int { grid.width }
  public var height: Int { grid.height }

  /// The whole screen as a rectangle.
  public var bounds: Rect { Rect(column: 0, row: 0, width: width, height: height) }

  /// The rows as plain text, each exactly `width` columns wide.
  public var lines: [String] { grid.lines }

  /// Writes one line of text at a row of `rect`, clipped to the rectangle's width.
  ///
  /// - Returns: the column after the last cell written.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, in rect: Rect, row: Int = 0, column: Int = 0,
    style: TextStyle = .plain
  ) -> Int {
    guard row >= 0 && row < rect.height && column < rect.width else { return rect.column + column }
    let room = rect.width - max(0, column)
    let clipped = displayWidth(text) > room ? String(clip(text, toWidth: room)) : String(text)
    return grid.put(
      clipped, at: GridPoint(column: rect.column + column, row: rect.row + row), style: style)
  }

  /// Fills a rectangle with spaces in `style`.
  public mutating func fill(_ rect: Rect, style: TextStyle = .plain) {
    guard !rect.isEmpty else { return }
    let blank = String(repeating: " ", count: rect.width)
    for row in 0..<rect.height { put(blank, in: rect, row: row, style: style) }
  }

  /// Changes the style of every cell of a rectangle, keeping the characters.
  public mutating func restyle(_ rect: Rect, _ change: (inout TextStyle) -> Void) {
    for row in rect.row..<rect.bottom {
      grid.restyle(row: row, columns: rect.column..<rect.right, change)
    }
  }

  /// Copies a grid (a plot) to the top-left of `rect`, clipped to it.
  public mutating func blit(_ other: CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    var part = other
    if other.width > rect.width || other.height > rect.height {
      part = CellGrid(width: min(other.width, rect.width), height: min(other.height, rect.height))
      part.blit(other, at: .origin)
    }
    grid.blit(part, at: GridPoint(column: rect.column, row: rect.row))
  }
}

// MARK: - Conformance

extension Screen: CustomStringConvertible {
  public var description: String { lines.joined(separator: "\n") }
}
