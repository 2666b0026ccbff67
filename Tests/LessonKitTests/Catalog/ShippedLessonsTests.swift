import Dispatch
import Testing

@testable import LessonKit

/// Walks every lesson compiled into the binary headlessly, as a learner would, with the real
/// interpreter: the lesson lints clean (every cell runs and prints what it recorded, every
/// exercise's starter fails and its reference passes), every quiz driven through
/// `LessonEngine.advance` accepts its right answer and rejects a wrong one with the feedback
/// written for it, and every exercise submitted through the engine passes with its reference
/// solution and fails with its starter. One case per lesson, so a failure names the lesson.
@Suite(.serialized) struct ShippedLessonsTests {
  static let ids = LessonCatalog.embedded.lessons.map(\.id)
  static let runtime = MiniPythonRuntime()

  static func lesson(_ id: String) -> Lesson {
    LessonCatalog.embedded.lesson(id)!  // the ids come from the same catalogue
  }

  @Test(arguments: ids) func lintsClean(_ id: String) async {
    // Linting runs every cell of the lesson (seconds in a debug build): on a thread of its own,
    // so the blocking interpreter holds neither one of the few threads Swift Testing's async tests
    // share nor one of the global Dispatch pool's (the notebook's effect tests wait on both).
    let diagnostics = await withCheckedContinuation { continuation in
      DispatchQueue(label: "lint \(id)").async {
        continuation.resume(returning: LessonLinter.lint(Self.lesson(id), runtime: Self.runtime).map(\.description))
      }
    }
    #expect(diagnostics == [])
  }

  @Test(arguments: ids) func hasTheQuizzesAndExercisesALessonNeeds(_ id: String) {
    let lesson = Self.lesson(id)
    #expect(lesson.quizzes.count >= 4, "a lesson has at least four quizzes")
    #expect(lesson.exercises.count >= 1, "a lesson has at least one exercise")
    #expect(lesson.cells.count >= 1, "a lesson has runnable cells")
  }

  @Test(arguments: ids) func everyQuizAcceptsItsAnswerAndRejectsWrongOnes(_ id: String) {
    let lesson = Self.lesson(id)
    let engine = LessonEngine(lesson: lesson, runtime: Self.runtime)
    for quiz in lesson.quizzes {
      let start = LessonProgress(lesson: lesson)
      let (solved, right) = engine.advance(start, with: .answer(quiz: quiz.id, input: quiz.rightInput))
      #expect(
        right == [
          .quizFeedback(
            quiz: quiz.id,
            QuizFeedback(isCorrect: true, message: "Correct.", hint: nil, explanation: quiz.explanation))
        ], "quiz '\(quiz.id)' rejects its own answer '\(quiz.rightInput)'")
      #expect(solved.quizzes[quiz.id]?.isSolved == true)
      for wrong in quiz.wrongInputs {
        let (unsolved, outputs) = engine.advance(start, with: .answer(quiz: quiz.id, input: wrong.input))
        #expect(
          outputs == [
            .quizFeedback(
              quiz: quiz.id,
              QuizFeedback(isCorrect: false, message: quiz.wrongMessage, hint: wrong.hint, explanation: nil))
          ], "quiz '\(quiz.id)' answered '\(wrong.input)'")
        #expect(unsolved.quizzes[quiz.id]?.isSolved == false)
      }
    }
  }

  @Test(arguments: ids) func everyExercisePassesWithItsSolutionAndFailsWithItsStarter(_ id: String) {
    let lesson = Self.lesson(id)
    let engine = LessonEngine(lesson: lesson, runtime: Self.runtime)
    for exercise in lesson.exercises {
      let start = LessonProgress(lesson: lesson)
      let (failed, starter) = engine.advance(start, with: .submit(exercise: exercise.id, code: exercise.starter))
      guard case .report(_, let starterReport) = starter.first else {
        Issue.record("exercise '\(exercise.id)': no report for the starter")
        continue
      }
      #expect(!starterReport.passed, "the starter of '\(exercise.id)' passes")
      #expect(failed.exercises[exercise.id]?.failedAttempts == 1)
      let (solved, solution) = engine.advance(failed, with: .submit(exercise: exercise.id, code: exercise.solution))
      guard case .report(_, let solutionReport) = solution.first else {
        Issue.record("exercise '\(exercise.id)': no report for the solution")
        continue
      }
      #expect(solutionReport.passed, "the solution of '\(exercise.id)': \(solutionReport.lines)")
      #expect(solutionReport.lines.last == "All checks passed.")
      #expect(solved.exercises[exercise.id]?.isSolved == true)
    }
  }

  @Test func tourExercisesGiveTargetedFeedback() throws {
    let catalog = LessonCatalog.embedded
    let runtime = MiniPythonRuntime()
    let transposed = """
      def gradient(w, X, Y):
          m = X.shape[1]
          A = sigmoid(np.dot(w.T, X))
          return np.dot((A - Y), X.T) / m
      """
    let report = try catalog.check("tour/gradient", code: transposed, runtime: runtime).get()
    #expect(report.outcomes.first?.misconception == "Your gradient is transposed: dw has the shape of w, (n_x, 1).")
    let noMean = transposed.replacing("np.dot((A - Y), X.T) / m", with: "np.dot(X, (A - Y).T)")
    let factor = try catalog.check("tour/gradient", code: noMean, runtime: runtime).get()
    #expect(factor.outcomes.first?.misconception == "Off by a factor of m: divide by m exactly once.")
    let overflow = try catalog.check(
      "tour/softmax", code: "def softmax(z):\n    e = np.exp(z)\n    return e / np.sum(e)", runtime: runtime
    ).get()
    #expect(overflow.outcomes.first?.misconception == "Your result holds inf or nan: subtract np.max(z) before np.exp.")
  }
}

extension Quiz {
  /// The right answer as a learner would type it.
  var rightInput: String {
    switch kind {
    case .single(let choices), .multiple(let choices):
      choices.indices.filter { choices[$0].isCorrect }.map { String($0 + 1) }.joined(separator: ", ")
    case .numeric(let answer, _): String(answer)
    case .text(let accepted): accepted[0]
    case .predict(_, let expected): expected
    }
  }

  /// Wrong answers with the hint each should bring: every answer the quiz has feedback for,
  /// or one plainly wrong answer (with no hint) when it has none.
  var wrongInputs: [(input: String, hint: String?)] {
    switch kind {
    case .single(let choices), .multiple(let choices):
      let hinted = choices.indices.filter { !choices[$0].isCorrect }.compactMap { index in
        choices[index].hint.map { (input: String(index + 1), hint: Optional($0)) }
      }
      if !hinted.isEmpty { return hinted }
      let wrong = choices.indices.first { !choices[$0].isCorrect }
      return wrong.map { [(String($0 + 1), nil)] } ?? []
    case .numeric(let answer, _):
      if !wrongAnswerHints.isEmpty { return wrongAnswerHints.map { ($0.answer, $0.feedback) } }
      return [(String(answer * 1000 + 1000), nil)]
    case .text, .predict:
      if !wrongAnswerHints.isEmpty { return wrongAnswerHints.map { ($0.answer, $0.feedback) } }
      return [("certainly not the answer", nil)]
    }
  }

  /// What the grader says to a wrong answer.
  var wrongMessage: String {
    if case .predict = kind { return "Not quite: run the cell to see what it prints." }
    return "Not quite."
  }
}
