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
}
