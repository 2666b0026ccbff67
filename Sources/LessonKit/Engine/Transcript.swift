/// The learner's own record of a lesson as Markdown: the prose, the cells with the output they
/// got, their answers with the verdict, and their code with the last check report.
public enum Transcript {
  /// The transcript of `lesson` as taken in `progress`.
  public static func markdown(_ lesson: Lesson, _ progress: LessonProgress) -> String {
    var parts: [String] = ["# \(lesson.header.title)"]
    let placement = lesson.header.placement
    parts.append("Lesson `\(lesson.id)`" + (placement.isEmpty ? "" : " · \(placement)"))
    for (index, block) in lesson.blocks.enumerated() {
      switch block.kind {
      case .heading(let level, let text):
        parts.append(String(repeating: "#", count: min(level + 1, 6)) + " " + text)
      case .paragraph(let text), .quote(let text):
        parts.append(text)
      case .list(let ordered, let items):
        parts.append(
          items.enumerated().map { (ordered ? "\($0 + 1). " : "- ") + $1 }.joined(separator: "\n"))
      case .table(let header, let rows):
        let lines = [header, header.map { _ in "---" }] + rows
        parts.append(
          lines.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n"))
      case .math(let tex):
        parts.append("$$\n\(tex)\n$$")
      case .code(let language, let text):
        parts.append(fence(text, language))
      case .cell(let cell):
        parts.append(fence(cell.source, "python"))
        if let output = progress.cellOutputs[index] { parts.append(fence(output, "output")) }
      case .quiz(let quiz):
        parts.append(quizRecord(quiz, progress.quizzes[quiz.id]))
      case .exercise(let exercise):
        parts.append(exerciseRecord(exercise, progress.exercises[exercise.id]))
      }
    }
    return parts.joined(separator: "\n\n") + "\n"
  }

  static func fence(_ text: String, _ language: String) -> String {
    "```\(language)\n\(text)\n```"
  }

  static func quizRecord(_ quiz: Quiz, _ record: LessonProgress.QuizProgress?) -> String {
    var lines = ["**Quiz** \(quiz.question)"]
    if case .single(let choices) = quiz.kind {
      lines += choices.enumerated().map { "\($0 + 1). \($1.text)" }
    }
    if case .multiple(let choices) = quiz.kind {
      lines += choices.enumerated().map { "\($0 + 1). \($1.text)" }
    }
    guard let record, let last = record.answers.last else {
      return (lines + ["", "_Not answered._"]).joined(separator: "\n")
    }
    let verdict = record.isSolved ? "correct" : "not yet correct"
    let tries = record.answers.count == 1 ? "1 try" : "\(record.answers.count) tries"
    lines += ["", "Your answer: \(text(of: last, for: quiz)) (\(verdict), \(tries))"]
    return lines.joined(separator: "\n")
  }

  static func text(of answer: QuizAnswer, for quiz: Quiz) -> String {
    switch answer {
    case .choices(let indices): indices.map { String($0 + 1) }.joined(separator: ", ")
    case .number(let x): NumberText.short(x)
    case .text(let text): text.contains("\n") ? "\n" + fence(text, "") : text
    }
  }

  static func exerciseRecord(_ exercise: Exercise, _ record: LessonProgress.ExerciseProgress?)
    -> String
  {
    var parts = ["**Exercise** \(exercise.title)", exercise.task]
    guard let record else { return (parts + ["_Not attempted._"]).joined(separator: "\n\n") }
    parts.append(fence(record.code, "python"))
    var status = record.isSolved ? "Solved" : "Not solved yet"
    status +=
      " after \(record.failedAttempts) failed attempt" + (record.failedAttempts == 1 ? "" : "s")
    if record.hintsRevealed > 0 { status += ", \(record.hintsRevealed) hint(s) seen" }
    if record.solutionRevealed { status += ", solution shown" }
    parts.append(status + ".")
    if !record.lastReport.isEmpty {
      parts.append(fence(record.lastReport.joined(separator: "\n"), "text"))
    }
    return parts.joined(separator: "\n\n")
  }
}
