/// A cell position in a `CellGrid`: column from the left, row from the top, both from 0.
public struct GridPoint: Sendable, Hashable {
  public var column: Int
  public var row: Int

  public init(column: Int, row: Int) {
    self.column = column
    self.row = row
  }

  public static let origin = GridPoint(column: 0, row: 0)
}

// MARK: - Conformance

extension GridPoint: CustomStringConvertible {
  public var description: String { "(column \(column), row \(row))" }
}
