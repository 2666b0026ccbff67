/// A rectangle of styled cells that plots render into and a terminal presents.
///
/// Rows run top to bottom, columns left to right; `width` and `height` count cells (terminal
/// columns and lines). Text is placed by display width: a wide grapheme takes two cells, the
/// second a continuation. Writing over half of a wide grapheme blanks its other half, so a row
/// always spans exactly `width` columns.
///
/// ```swift
/// var grid = CellGrid(width: 6, height: 1)
/// grid.put("損失", at: .origin)
/// grid.lines  // ["損失  "]
/// ```
public struct CellGrid: Sendable, Hashable {
  public let width: Int
  public let height: Int
  /// The cells, row by row: cell (column, row) is `cells[row * width + column]`.
  public private(set) var cells: [StyledCell]

  /// A grid of blank cells in `style` (its background fills the grid).
  public init(width: Int, height: Int, style: TextStyle = .plain) {
    precondition(
      width >= 0 && height >= 0, "CellGrid size must not be negative: \(width)x\(height)")
    self.width = width
    self.height = height
    var blank = StyledCell.blank
    blank.style = style
    self.cells = Array(repeating: blank, count: width * height)
  }

  /// The cell at a column and row; both must lie inside the grid.
  public subscript(column: Int, row: Int) -> StyledCell {
    precondition(
      contains(GridPoint(column: column, row: row)),
      "(\(column), \(row)) is outside \(width)x\(height)")
    return cells[row * width + column]
  }

  /// Whether a point lies inside the grid.
  public func contains(_ point: GridPoint) -> Bool {
    point.column >= 0 && point.column < width && point.row >= 0 && point.row < height
  }

  /// Writes text from `point` rightwards, one grapheme per cell (two for a wide one).
  ///
  /// Text beyond the right edge is clipped; a wide grapheme that would straddle the edge is
  /// dropped. Control characters and lone combining marks are skipped. Rows outside the grid
  /// write nothing.
  /// - Returns: the column after the last cell written.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, at point: GridPoint, style: TextStyle = .plain
  ) -> Int {
    var column = point.column
    guard point.row >= 0 && point.row < height else { return column }
    for character in text {
      let characterWidth = displayWidth(character)
      if characterWidth == 0 { continue }
      if column + characterWidth > width { break }
      if column >= 0 {
        set(
          StyledCell(character: character, width: characterWidth, style: style), column: column,
          row: point.row)
      }
      column += characterWidth
    }
    return column
  }

  /// Writes one grapheme of width 1 at a point inside the grid, the fast path for plots.
  public mutating func put(_ character: Character, at point: GridPoint, style: TextStyle = .plain) {
    guard contains(point) else { return }
    set(
      StyledCell(character: character, width: 1, style: style), column: point.column, row: point.row
    )
  }

  /// Changes the style of the cells in a row range, keeping their characters.
  public mutating func restyle(row: Int, columns: Range<Int>, _ change: (inout TextStyle) -> Void) {
    guard row >= 0 && row < height else { return }
    for column in max(0, columns.lowerBound)..<min(width, max(0, columns.upperBound)) {
      change(&cells[row * width + column].style)
    }
  }

  /// Copies another grid into this one with its top-left cell at `point`, clipping at the edges.
  ///
  /// A wide grapheme whose continuation would fall outside this grid becomes a space.
  public mutating func blit(_ other: CellGrid, at point: GridPoint) {
    for row in 0..<other.height {
      let targetRow = point.row + row
      guard targetRow >= 0 && targetRow < height else { continue }
      for column in 0..<other.width {
        let targetColumn = point.column + column
        guard targetColumn >= 0 && targetColumn < width else { continue }
        var cell = other.cells[row * other.width + column]
        if cell.isContinuation && targetColumn == 0 || cell.width == 2 && targetColumn == width - 1
        {
          cell = StyledCell(character: " ", width: 1, style: cell.style)
        }
        if cell.isContinuation {
          cells[targetRow * width + targetColumn] = cell
        } else {
          set(cell, column: targetColumn, row: targetRow)
        }
      }
    }
  }

  /// The rows as plain text, each exactly `width` columns wide.
  public var lines: [String] {
    (0..<height).map { row in
      var line = ""
      line.reserveCapacity(width)
      for cell in cells[row * width..<(row + 1) * width] where !cell.isContinuation {
        line.append(cell.character)
      }
      return line
    }
  }

  /// Sets one cell, repairing any wide grapheme it cuts in half.
  private mutating func set(_ cell: StyledCell, column: Int, row: Int) {
    let index = row * width + column
    clearOverlap(at: index, column: column)
    cells[index] = cell
    if cell.width == 2 && column + 1 < width {
      clearOverlap(at: index + 1, column: column + 1)
      cells[index + 1] = StyledCell(character: " ", width: 0, style: cell.style)
    }
  }

  /// Blanks the other half of a wide grapheme that overlaps the cell at `index`.
  private mutating func clearOverlap(at index: Int, column: Int) {
    let old = cells[index]
    if old.width == 0 && column > 0 {
      cells[index - 1] = StyledCell(character: " ", width: 1, style: cells[index - 1].style)
    } else if old.width == 2 && column + 1 < width {
      cells[index + 1] = StyledCell(character: " ", width: 1, style: old.style)
    }
  }
}

// MARK: - Conformance

extension CellGrid: CustomStringConvertible {
  public var description: String { lines.joined(separator: "\n") }
}
