import LessonKit

extension LessonStanding {
  /// The learner's standing as the lesson engine's progress records it: each quiz's last answer
  /// graded again (so its verdict, the hint for that wrong answer and the explanation show after
  /// a restart too), each exercise's code, attempts, revealed hints, last report and solution.
  public init(_ progress: LessonProgress, for lesson: Lesson) {
    self.init(lessonID: lesson.id)
    for quiz in lesson.quizzes {
      guard let record = progress.quizzes[quiz.id], let last = record.answers.last else { continue }
      let feedback = QuizGrader.grade(last, for: quiz)
      quizzes[quiz.id] = QuizCard.Status(
        attempts: record.answers.count, isSolved: record.isSolved,
        isAnswerRevealed: record.answerRevealed, lastAnswer: Self.text(of: last),
        verdict: feedback.message, hint: feedback.hint,
        explanation: quiz.explanation.isEmpty ? nil : InlineText.plain(quiz.explanation),
        answer: record.answerRevealed ? InlineText.plain(LessonEngine.answerText(quiz)) : nil)
      if let hint = feedback.hint { quizzes[quiz.id]?.hint = InlineText.plain(hint) }
    }
    for exercise in lesson.exercises {
      guard let record = progress.exercises[exercise.id] else { continue }
      exercises[exercise.id] = ExerciseCard.Status(
        code: record.code, failedAttempts: record.failedAttempts, isSolved: record.isSolved,
        hints: exercise.hints.prefix(record.hintsRevealed).map(InlineText.plain),
        hintCount: exercise.hints.count, report: record.lastReport,
        solution: record.solutionRevealed ? exercise.solution : nil)
    }
  }

  /// An answer as the learner gave it: `2`, `1, 3`, `12288`, `logistic`.
  static func text(of answer: QuizAnswer) -> String {
    switch answer {
    case .choices(let indices): return indices.map { String($0 + 1) }.joined(separator: ", ")
    case .number(let x):
      return x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    case .text(let text): return text.trimmingSpaces.description
    }
  }
}
