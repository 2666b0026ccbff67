/// A mouse action at a cell: wheel scrolling and clicks (optional; the keyboard does everything).
public struct MouseEvent: Sendable, Hashable {
  public enum Action: Sendable, Hashable {
    case wheelUp, wheelDown
    /// A left-button press (or click).
    case press
  }

  public var action: Action
  public var column: Int
  public var row: Int

  public init(_ action: Action, column: Int, row: Int) {
    self.action = action
    self.column = column
    self.row = row
  }
}

// MARK: - Conformance

extension MouseEvent: CustomStringConvertible {
  public var description: String { "\(action) at (column \(column), row \(row))" }
}
