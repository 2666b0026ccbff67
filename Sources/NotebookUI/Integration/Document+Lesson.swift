import LessonKit

extension Document {
  /// A lesson as the lesson pane shows it.
  ///
  /// A first level-1 heading that only repeats the title is dropped (the top bar shows the
  /// title). Headings and prose keep wrapping to the pane (their inline maths already Unicode); Python
  /// cells become runnable code blocks with their recorded output under them; quizzes and
  /// exercises become cards answered in place (fresh, until `LessonStanding` fills them in);
  /// everything else (lists, tables, display maths) is LessonKit's plain rendering at `width`
  /// columns, shown as preformatted lines.
  public init(_ lesson: Lesson, outputs: [Int: String] = [:], width: Int = 76) {
    var blocks: [Block] = []
    var cell = 0
    let cellNumbers = Dictionary(
      lesson.cells.enumerated().compactMap { index, cell in cell.id.map { ($0, index) } },
      uniquingKeysWith: { first, _ in first })
    for (index, block) in lesson.blocks.enumerated() {
      switch block.kind {
      case .heading(let level, let text):
        // The lesson's own title heading repeats the top bar, so it is left out.
        let heading = InlineText.plain(text)
        if index == 0 && level == 1 && heading == lesson.header.title { continue }
        blocks.append(.heading(heading))
      case .paragraph(let text):
        blocks.append(.paragraph(InlineText.plain(text)))
      case .cell(let python):
        blocks.append(.code(python.source))
        if let output = outputs[cell] { blocks.append(.output([.text(output)])) }
        cell += 1
      case .quiz(let quiz):
        blocks.append(.quiz(QuizCard(quiz, cellNumbers: cellNumbers)))
      case .exercise(let exercise):
        blocks.append(.exercise(ExerciseCard(exercise)))
      default:
        blocks.append(.preformatted(LessonRenderer.block(index, of: lesson, width: width)))
      }
    }
    self.init(id: lesson.id, title: lesson.header.title, blocks: blocks)
  }
}

extension QuizCard {
  /// A fresh card for a quiz; `cellNumbers` maps cell ids to cell numbers (for predictions).
  init(_ quiz: Quiz, cellNumbers: [String: Int]) {
    let kind: Kind
    var choices: [String] = []
    switch quiz.kind {
    case .single(let list):
      kind = .single
      choices = list.map { InlineText.plain($0.text) }
    case .multiple(let list):
      kind = .multiple
      choices = list.map { InlineText.plain($0.text) }
    case .numeric: kind = .numeric
    case .text: kind = .text
    case .predict(let cell, _): kind = .predict(cell: cellNumbers[cell])
    }
    self.init(id: quiz.id, kind: kind, question: InlineText.plain(quiz.question), choices: choices)
  }
}

extension ExerciseCard {
  /// A fresh card for an exercise: the starter code, nothing checked.
  init(_ exercise: Exercise) {
    self.init(
      id: exercise.id, title: InlineText.plain(exercise.title),
      task: exercise.task.split(separator: "\n\n").map { InlineText.plain(String($0)) }
        .joined(separator: "\n\n"),
      status: Status(code: exercise.starter, hintCount: exercise.hints.count))
  }
}
