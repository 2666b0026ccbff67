/// Checks lesson content like code, with rustlings' `dev check` rules.
///
/// - the format is valid and its version supported (parser errors);
/// - ids are unique (within a lesson, and lesson ids across a folder);
/// - every python cell runs, and prints its recorded output if it has one;
/// - every quiz has an explanation, and choice quizzes at least two choices; every hint can be
///   shown (it belongs to a wrong choice, or to a wrong answer the quiz can read);
/// - every exercise has hints, none empty, and at least one check; its starter fails its
///   checks and its reference solution passes them;
/// - every LaTeX command is known and braces balance.
///
/// With no runtime, the rules that run Python (cells, starter and reference) are skipped.
public enum LessonLinter {
  /// Lints one lesson's source.
  public static func lint(source: String, file: String, runtime: (any LessonRuntime)?)
    -> [LessonDiagnostic]
  {
    do {
      return lint(try LessonParser.parse(source, file: file), runtime: runtime)
    } catch {
      return [LessonDiagnostic(error)]
    }
  }

  /// Lints a parsed lesson.
  public static func lint(_ lesson: Lesson, runtime: (any LessonRuntime)?) -> [LessonDiagnostic] {
    var diagnostics = mathDiagnostics(lesson)
    if let runtime { diagnostics += cellDiagnostics(lesson, runtime: runtime) }
    for block in lesson.blocks {
      switch block.kind {
      case .quiz(let quiz): diagnostics += quizDiagnostics(quiz, lesson)
      case .exercise(let exercise):
        diagnostics += exerciseDiagnostics(exercise, lesson, runtime: runtime)
      default: break
      }
    }
    return diagnostics.sorted { $0.location.line < $1.location.line }
  }

  /// Lints every lesson of a catalogue, after its own problems (unreadable files, duplicate
  /// lesson ids, unknown prerequisites).
  public static func lint(_ catalog: LessonCatalog, runtime: (any LessonRuntime)?)
    -> [LessonDiagnostic]
  {
    catalog.diagnostics + catalog.lessons.flatMap { lint($0, runtime: runtime) }
  }

  static func cellDiagnostics(_ lesson: Lesson, runtime: any LessonRuntime) -> [LessonDiagnostic] {
    var session = runtime.makeSession(seed: lesson.header.seed)
    var diagnostics: [LessonDiagnostic] = []
    for cell in lesson.cells {
      let result = session.run(cell.source)
      let here = lesson.location(line: cell.line)
      if let error = result.error {
        let last = error.split(separator: "\n").last.map(String.init) ?? error
        diagnostics.append(LessonDiagnostic(.error, "the python cell raised \(last)", at: here))
      } else if let expected = cell.expectedOutput, !QuizGrader.sameLines(result.text, expected) {
        let got = result.text.trimmed.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.trimmed.split(separator: "\n", omittingEmptySubsequences: false)
        let line =
          Array(zip(got, want)).firstIndex { $0.trimmingSpaces != $1.trimmingSpaces }
          ?? min(got.count, want.count)
        let shown = { (lines: [Substring]) in line < lines.count ? "'\(lines[line])'" : "nothing" }
        diagnostics.append(
          LessonDiagnostic(
            .error, "the cell's output differs from its recorded output", at: here,
            help: "output line \(line + 1): recorded \(shown(want)), got \(shown(got))"))
      }
    }
    return diagnostics
  }

  static func quizDiagnostics(_ quiz: Quiz, _ lesson: Lesson) -> [LessonDiagnostic] {
    let here = lesson.location(line: quiz.line)
    var diagnostics: [LessonDiagnostic] = []
    if quiz.explanation.trimmed.isEmpty {
      diagnostics.append(LessonDiagnostic(.error, "quiz '\(quiz.id)' has no explanation", at: here))
    }
    switch quiz.kind {
    case .single(let choices), .multiple(let choices):
      if choices.count < 2 {
        diagnostics.append(
          LessonDiagnostic(.error, "quiz '\(quiz.id)' needs at least two choices", at: here))
      }
      for (index, choice) in choices.enumerated() where choice.isCorrect && choice.hint != nil {
        diagnostics.append(
          LessonDiagnostic(
            .error, "choice \(index + 1) of quiz '\(quiz.id)' is correct, so its hint is never shown",
            at: here, help: "a choice's hint is feedback for picking it wrongly"))
      }
    default: break
    }
    diagnostics += wrongAnswerHintDiagnostics(quiz, at: here)
    return diagnostics
  }

  /// A `hint for ANSWER` is shown only when the learner types ANSWER and it is wrong: a hint for
  /// an answer that cannot be read, or that is graded right, is never shown.
  static func wrongAnswerHintDiagnostics(_ quiz: Quiz, at here: LessonLocation) -> [LessonDiagnostic] {
    quiz.wrongAnswerHints.compactMap { hint in
      switch QuizGrader.read(hint.answer, for: quiz) {
      case .failure(let error):
        return LessonDiagnostic(
          .error, "the hint for '\(hint.answer)' of quiz '\(quiz.id)' is never shown: \(error)", at: here)
      case .success(let answer) where QuizGrader.grade(answer, for: quiz).isCorrect:
        return LessonDiagnostic(
          .error, "the hint for '\(hint.answer)' of quiz '\(quiz.id)' is never shown: that answer is right",
          at: here, help: "a hint is feedback for one wrong answer")
      case .success:
        return nil
      }
    }
  }

  static func exerciseDiagnostics(
    _ exercise: Exercise, _ lesson: Lesson, runtime: (any LessonRuntime)?
  )
    -> [LessonDiagnostic]
  {
    let here = lesson.location(line: exercise.line)
    var diagnostics: [LessonDiagnostic] = []
    if exercise.hints.isEmpty {
      diagnostics.append(
        LessonDiagnostic(.error, "exercise '\(exercise.id)' has no hints", at: here))
    }
    for (index, hint) in exercise.hints.enumerated() where hint.trimmed.isEmpty {
      diagnostics.append(
        LessonDiagnostic(
          .error, "hint \(index + 1) of exercise '\(exercise.id)' is empty", at: here))
    }
    guard !exercise.checks.isEmpty else {
      diagnostics.append(
        LessonDiagnostic(.error, "exercise '\(exercise.id)' has no checks", at: here))
      return diagnostics
    }
    guard let runtime else { return diagnostics }
    let checker = ExerciseChecker(runtime: runtime, seed: lesson.header.seed)
    if checker.check(exercise.starter, for: exercise).passed {
      diagnostics.append(
        LessonDiagnostic(
          .error, "the starter of exercise '\(exercise.id)' already passes its checks", at: here,
          help: "a check should fail until the learner fills in the marked region"))
    }
    let reference = checker.check(exercise.solution, for: exercise)
    if !reference.passed {
      let reason =
        reference.codeError.map {
          "it raised " + ($0.split(separator: "\n").last.map(String.init) ?? $0)
        }
        ?? reference.firstFailure.map { "\($0.name): \($0.message)" } ?? "no check ran"
      diagnostics.append(
        LessonDiagnostic(
          .error,
          "the reference solution of exercise '\(exercise.id)' fails its checks (\(reason))",
          at: here))
    }
    return diagnostics
  }
}

extension QuizGrader {
  /// Outputs agree line by line, ignoring trailing spaces and surrounding blank lines.
  static func sameLines(_ a: String, _ b: String) -> Bool {
    func lines(_ text: String) -> [Substring] {
      text.trimmed.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.trimmingSpaces
      }
    }
    return lines(a) == lines(b)
  }
}
