/// A runnable ```` ```python ```` cell of a lesson.
///
/// All cells of a lesson share one seeded namespace, run in reading order. An optional
/// ```` ```output ```` fence right after the cell records the output the author expects;
/// the linter runs the cell and compares.
public struct PythonCell: Sendable, Equatable {
  /// The id from the fence's info string (```` ```python id=shapes ````), if the author gave one.
  /// A predict-the-output quiz names its cell by this id.
  public var id: String?
  /// The source code.
  public var source: String
  /// The recorded output, if the lesson records one.
  public var expectedOutput: String?
  /// The 1-based line of the opening fence.
  public var line: Int

  /// Creates a cell.
  public init(id: String? = nil, source: String, expectedOutput: String? = nil, line: Int) {
    self.id = id
    self.source = source
    self.expectedOutput = expectedOutput
    self.line = line
  }
}
