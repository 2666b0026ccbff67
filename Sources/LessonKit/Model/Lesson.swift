/// A parsed lesson: its header, its blocks in reading order, and where it came from.
///
/// A lesson is data. `LessonParser` builds it from Markdown, `LessonEngine` walks it,
/// `LessonLinter` checks it like code, and `LessonRenderer` shows it as text.
public struct Lesson: Sendable, Equatable {
  /// The header (id, title, placement, format version).
  public var header: LessonHeader
  /// The blocks in reading order.
  public var blocks: [LessonBlock]
  /// The file name the lesson was parsed from (used in locations).
  public var file: String
  /// A hash of the source text; progress remembers it to notice edited lessons.
  public var contentHash: String

  /// Creates a lesson.
  public init(header: LessonHeader, blocks: [LessonBlock], file: String, contentHash: String) {
    self.header = header
    self.blocks = blocks
    self.file = file
    self.contentHash = contentHash
  }

  /// The lesson's stable id.
  public var id: String { header.id }

  /// The exercises in reading order.
  public var exercises: [Exercise] {
    blocks.compactMap { if case .exercise(let exercise) = $0.kind { exercise } else { nil } }
  }

  /// The quizzes in reading order.
  public var quizzes: [Quiz] {
    blocks.compactMap { if case .quiz(let quiz) = $0.kind { quiz } else { nil } }
  }

  /// The python cells in reading order.
  public var cells: [PythonCell] {
    blocks.compactMap { if case .cell(let cell) = $0.kind { cell } else { nil } }
  }

  /// The exercise with the given id, if any.
  public func exercise(_ id: String) -> Exercise? {
    exercises.first { $0.id == id }
  }

  /// The quiz with the given id, if any.
  public func quiz(_ id: String) -> Quiz? {
    quizzes.first { $0.id == id }
  }

  /// The location of a line of this lesson's file.
  public func location(line: Int) -> LessonLocation {
    LessonLocation(file: file, line: line)
  }
}
