import LessonKit

extension Document {
  /// A lesson as the lesson pane shows it.
  ///
  /// Headings and prose keep wrapping to the pane (their inline maths already Unicode); Python
  /// cells become runnable code blocks with their recorded output under them; everything else
  /// (lists, tables, display maths, quizzes, exercises) is LessonKit's plain rendering at
  /// `width` columns, shown as preformatted lines.
  public init(_ lesson: Lesson, outputs: [Int: String] = [:], width: Int = 76) {
    var blocks: [Block] = []
    var cell = 0
    for (index, block) in lesson.blocks.enumerated() {
      switch block.kind {
      case .heading(_, let text):
        blocks.append(.heading(InlineText.plain(text)))
      case .paragraph(let text):
        blocks.append(.paragraph(InlineText.plain(text)))
      case .cell(let python):
        blocks.append(.code(python.source))
        if let output = outputs[cell] { blocks.append(.output([.text(output)])) }
        cell += 1
      default:
        blocks.append(.preformatted(LessonRenderer.block(index, of: lesson, width: width)))
      }
    }
    self.init(id: lesson.id, title: lesson.header.title, blocks: blocks)
  }
}
