import Synchronization
import TextPlot

/// A plot as the UI needs it: a one-line summary and a way to draw it at any size.
///
/// Two figures are equal when their summaries and heights are; the drawing closure is not
/// compared (live training replaces a figure whose summary changed).
public struct FigureView: Sendable {
  /// The plot's one-line text summary (shown in `--plain` output and to screen readers).
  public var summary: String
  /// Rows the figure takes in a pane.
  public var height: Int
  /// Draws the figure into a grid of exactly `width` x `height` cells for a colour mode.
  public var draw: @Sendable (_ width: Int, _ height: Int, _ mode: ColorMode) -> CellGrid
  /// The rows of the `width x height` drawing that hold the figure (a small image or an equal
  /// aspect leaves the rest empty); the pane shows only those.
  public var usedHeight: @Sendable (_ width: Int, _ height: Int) -> Int
  private let cache = Cache()

  public init(
    summary: String, height: Int,
    usedHeight: @escaping @Sendable (_ width: Int, _ height: Int) -> Int = { $1 },
    draw: @escaping @Sendable (_ width: Int, _ height: Int, _ mode: ColorMode) -> CellGrid
  ) {
    self.summary = summary
    self.height = max(1, height)
    self.usedHeight = usedHeight
    self.draw = draw
  }

  /// The rows the figure takes in a pane `width` columns wide: `height`, less the empty rows
  /// at the bottom of its drawing.
  public func height(forWidth width: Int) -> Int {
    if let rows = cache.rows.withLock({ $0?.width == width ? $0?.rows : nil }) { return rows }
    let rows = max(1, min(height, usedHeight(width, height)))
    cache.rows.withLock { $0 = (width, rows) }
    return rows
  }

  /// The figure drawn `width` columns wide at `height` rows, without its empty rows at the
  /// bottom (`height(forWidth:)` rows).
  public func grid(width: Int, mode: ColorMode) -> CellGrid {
    let full = grid(width: width, height: height, mode: mode)
    let rows = height(forWidth: width)
    guard rows < full.height else { return full }
    var cropped = CellGrid(width: full.width, height: rows)
    cropped.blit(full, at: GridPoint(column: 0, row: 0))
    return cropped
  }

  /// The drawn grid, kept for the last size and mode asked: a frame redrawn after a key press
  /// copies a 10,000-point plot instead of plotting it again.
  public func grid(width: Int, height: Int, mode: ColorMode) -> CellGrid {
    let key = Cache.Key(width: width, height: height, mode: mode)
    if let grid = cache.last.withLock({ $0?.key == key ? $0?.grid : nil }) { return grid }
    let grid = draw(width, height, mode)
    cache.last.withLock { $0 = (key, grid) }
    return grid
  }

  /// The last grid drawn; shared by copies of the figure, which all draw the same picture.
  private final class Cache: Sendable {
    struct Key: Hashable {
      var width: Int
      var height: Int
      var mode: ColorMode
    }

    let last = Mutex<(key: Key, grid: CellGrid)?>(nil)
    /// The rows used at the last width asked.
    let rows = Mutex<(width: Int, rows: Int)?>(nil)
  }
}

// MARK: - Conformance

extension FigureView: Equatable {
  public static func == (lhs: FigureView, rhs: FigureView) -> Bool {
    lhs.summary == rhs.summary && lhs.height == rhs.height
  }
}

extension FigureView: CustomStringConvertible {
  public var description: String { "figure(\(summary))" }
}

extension FigureView: Hashable {
  public func hash(into hasher: inout Hasher) {
    hasher.combine(summary)
    hasher.combine(height)
  }
}
