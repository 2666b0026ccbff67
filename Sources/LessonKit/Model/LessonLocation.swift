/// A place in a lesson file: the file name, a 1-based line and an optional 1-based column.
///
/// Every format error, lint diagnostic and check that points back into a lesson carries one,
/// so an author can jump straight to the line (`Lessons/03-deep.md:42:7`).
public struct LessonLocation: Sendable, Hashable, Codable {
  /// The file name as the author passed it (for example `Lessons/01-logistic.md`).
  public var file: String
  /// The 1-based line.
  public var line: Int
  /// The 1-based column, when known.
  public var column: Int?

  /// Creates a location.
  public init(file: String, line: Int, column: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }
}

// MARK: - Conformance

extension LessonLocation: CustomStringConvertible {
  /// `file:line` or `file:line:column`.
  public var description: String {
    if let column { return "\(file):\(line):\(column)" }
    return "\(file):\(line)"
  }
}
