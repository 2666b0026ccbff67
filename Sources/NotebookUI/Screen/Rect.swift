/// A rectangle of terminal cells: the area a widget draws in.
///
/// `column` and `row` are the top-left cell, counted from 0; `width` and `height` count cells and
/// are never negative (splitting more than a rectangle holds leaves an empty part).
public struct Rect: Sendable, Hashable {
  public var column: Int
  public var row: Int
  public var width: Int
  public var height: Int

  public init(column: Int, row: Int, width: Int, height: Int) {
    self.column = column
    self.row = row
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// Whether the rectangle holds no cell.
  public var isEmpty: Bool { width == 0 || height == 0 }

  /// The row just below the rectangle.
  public var bottom: Int { row + height }

  /// The column just right of the rectangle.
  public var right: Int { column + width }

  /// Whether a cell lies inside.
  public func contains(column: Int, row: Int) -> Bool {
    column >= self.column && column < right && row >= self.row && row < bottom
  }

  /// The rectangle shrunk by `cells` on every side.
  public func inset(by cells: Int) -> Rect {
    Rect(
      column: column + cells, row: row + cells, width: width - 2 * cells, height: height - 2 * cells
    )
  }

  /// Splits off the top `rows` (at most the whole height).
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let rows = min(max(0, rows), height)
    return (
      Rect(column: column, row: row, width: width, height: rows),
      Rect(column: column, row: row + rows, width: width, height: height - rows)
    )
  }

  /// Splits off the bottom `rows` (at most the whole height).
  public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let (top, rest) = splitTop(height - min(max(0, rows), height))
    return (top, rest)
  }

  /// Splits off the left `columns` (at most the whole width).
  public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let columns = min(max(0, columns), width)
    return (
      Rect(column: column, row: row, width: columns, height: height),
      Rect(column: column + columns, row: row, width: width - columns, height: height)
    )
  }

  /// A rectangle of at most the given size, centred in this one.
  public func centered(width: Int, height: Int) -> Rect {
    let width = min(width, self.width)
    let height = min(height, self.height)
    return Rect(
      column: column + (self.width - width) / 2, row: row + (self.height - height) / 2,
      width: width, height: height)
  }
}

// MARK: - Conformance

extension Rect: CustomStringConvertible {
  public var description: String { "\(width)x\(height) at (column \(column), row \(row))" }
}
