/// One block of a lesson in reading order, with the line it starts on.
public struct LessonBlock: Sendable, Equatable {
  /// What the block holds.
  public var kind: Kind
  /// The 1-based line where the block starts in the lesson file.
  public var line: Int

  /// Creates a block.
  public init(_ kind: Kind, line: Int) {
    self.kind = kind
    self.line = line
  }

  /// The kinds of block. Prose keeps its inline Markdown (emphasis, code, links, `$…$` maths);
  /// `InlineText` splits it into spans when it is rendered.
  public enum Kind: Sendable, Equatable {
    /// A `#`…`######` heading.
    case heading(level: Int, text: String)
    /// A paragraph; consecutive lines joined by one space.
    case paragraph(String)
    /// A bulleted or numbered list; one string per item.
    case list(ordered: Bool, items: [String])
    /// A pipe table: the header row and the body rows.
    case table(header: [String], rows: [[String]])
    /// A `>` block quote.
    case quote(String)
    /// A display formula from a `$$…$$` block, as TeX source.
    case math(String)
    /// A runnable Python cell.
    case cell(PythonCell)
    /// A quiz.
    case quiz(Quiz)
    /// An exercise.
    case exercise(Exercise)
    /// A fenced block in another language, shown verbatim and never run.
    case code(language: String, text: String)
  }
}
