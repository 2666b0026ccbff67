/// A lesson's text as the lesson pane shows it: headings, prose, code cells and their output.
///
/// LessonKit's lessons are converted to this (maths already turned into Unicode), so the UI does
/// not depend on the lesson format.
public struct Document: Sendable, Equatable {
  public enum Block: Sendable, Equatable {
    case heading(String)
    /// Prose, wrapped to the pane by display width.
    case paragraph(String)
    /// A runnable code cell (its source, shown verbatim, never wrapped).
    case code(String)
    /// Lines drawn as they are, clipped not wrapped (display maths, tables, quiz text).
    case preformatted([String])
    /// What the code cell above produced.
    case output([OutputItem])
    /// A quiz, answered in place.
    case quiz(QuizCard)
    /// An exercise, edited in the learner's editor and checked on return.
    case exercise(ExerciseCard)
  }

  public var id: String
  public var title: String
  public var blocks: [Block]

  public init(id: String, title: String, blocks: [Block]) {
    self.id = id
    self.title = title
    self.blocks = blocks
  }

  /// The indices of the code blocks, in order: cell 0 is the first code block.
  public var codeBlockIndices: [Int] {
    blocks.indices.filter { if case .code = blocks[$0] { return true } else { return false } }
  }

  /// The selectable blocks in order (code cells, quizzes, exercises), with their block index.
  public var items: [(item: LessonItem, block: Int)] {
    var result: [(item: LessonItem, block: Int)] = []
    var cell = 0
    for (index, block) in blocks.enumerated() {
      switch block {
      case .code:
        result.append((.cell(cell), index))
        cell += 1
      case .quiz(let quiz): result.append((.quiz(quiz.id), index))
      case .exercise(let exercise): result.append((.exercise(exercise.id), index))
      default: break
      }
    }
    return result
  }
}
