extension LessonLinter {
  /// Unknown LaTeX commands and unbalanced braces in every formula of the lesson: prose
  /// `$…$`, display `$$…$$`, quiz text and choices, exercise tasks and hints.
  static func mathDiagnostics(_ lesson: Lesson) -> [LessonDiagnostic] {
    var diagnostics: [LessonDiagnostic] = []
    func check(_ tex: String, display: Bool = false, line: Int) {
      let rendering = display ? LaTeXRenderer.display(tex) : LaTeXRenderer.inline(tex)
      for issue in rendering.issues {
        diagnostics.append(
          LessonDiagnostic(.error, issue.message, at: lesson.location(line: line), help: issue.help)
        )
      }
    }
    func prose(_ texts: [String], line: Int) {
      for text in texts {
        for tex in InlineText.formulas(text) { check(tex, line: line) }
      }
    }
    for block in lesson.blocks {
      switch block.kind {
      case .heading(_, let text), .paragraph(let text), .quote(let text):
        prose([text], line: block.line)
      case .list(_, let items):
        prose(items, line: block.line)
      case .table(let header, let rows):
        prose(header + rows.flatMap { $0 }, line: block.line)
      case .math(let tex):
        check(tex, display: true, line: block.line)
      case .quiz(let quiz):
        var texts = [quiz.question, quiz.explanation] + quiz.wrongAnswerHints.map(\.feedback)
        if case .single(let choices) = quiz.kind {
          texts += choices.flatMap { [$0.text, $0.hint ?? ""] }
        }
        if case .multiple(let choices) = quiz.kind {
          texts += choices.flatMap { [$0.text, $0.hint ?? ""] }
        }
        prose(texts, line: quiz.line)
      case .exercise(let exercise):
        prose(
          [exercise.task] + exercise.hints + exercise.misconceptions.map(\.feedback),
          line: exercise.line)
      case .cell, .code:
        break
      }
    }
    return diagnostics
  }
}
