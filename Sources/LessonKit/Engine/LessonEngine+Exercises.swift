extension LessonEngine {
  func submit(_ id: String, _ code: String, _ progress: inout LessonProgress) -> [LessonOutput] {
    guard let exercise = lesson.exercise(id) else { return [unknownExercise(id)] }
    var record = progress.exercises[id] ?? start(exercise)
    record.code = code
    let report = checker.check(code, for: exercise)
    if report.passed {
      record.isSolved = true
    } else {
      record.failedAttempts += 1
    }
    record.lastReport = report.lines
    progress.exercises[id] = record
    var outputs: [LessonOutput] = [.report(exercise: id, report)]
    if !report.passed, record.failedAttempts == LessonEngine.attemptsBeforeSolution {
      outputs.append(.notice("The reference solution is now available if you want it."))
    }
    return outputs
  }

  func revealHint(_ id: String, _ progress: inout LessonProgress) -> [LessonOutput] {
    guard let exercise = lesson.exercise(id) else { return [unknownExercise(id)] }
    var record = progress.exercises[id] ?? start(exercise)
    guard record.hintsRevealed < exercise.hints.count else {
      return [.notice(exercise.hints.isEmpty ? "This exercise has no hints." : "No more hints.")]
    }
    record.hintsRevealed += 1
    progress.exercises[id] = record
    return [
      .hint(
        exercise: id, number: record.hintsRevealed, of: exercise.hints.count,
        text: exercise.hints[record.hintsRevealed - 1])
    ]
  }

  func requestSolution(_ id: String, _ progress: inout LessonProgress) -> [LessonOutput] {
    guard let exercise = lesson.exercise(id) else { return [unknownExercise(id)] }
    let record = progress.exercises[id] ?? start(exercise)
    let required = LessonEngine.attemptsBeforeSolution
    guard record.isSolved || record.failedAttempts >= required else {
      let attempts = record.failedAttempts == 1 ? "1 so far" : "\(record.failedAttempts) so far"
      return [
        .notice(
          "The solution unlocks once you pass, or after \(required) failed attempts (\(attempts)).")
      ]
    }
    progress.pendingSolution = id
    return [.confirmSolution(exercise: id)]
  }

  func confirmSolution(_ id: String, _ progress: inout LessonProgress) -> [LessonOutput] {
    guard let exercise = lesson.exercise(id) else { return [unknownExercise(id)] }
    guard progress.pendingSolution == id else { return requestSolution(id, &progress) }
    progress.pendingSolution = nil
    progress.exercises[id, default: start(exercise)].solutionRevealed = true
    return [.solution(exercise: id, code: exercise.solution)]
  }

  /// A hash of an exercise's definition, independent of where it sits in the file.
  static func hash(of exercise: Exercise) -> String {
    var copy = exercise
    copy.line = 0
    copy.checks = copy.checks.map {
      var c = $0
      c.line = 0
      return c
    }
    copy.misconceptions = copy.misconceptions.map {
      var m = $0
      m.line = 0
      return m
    }
    return ContentHash.of(String(describing: copy))
  }

  /// A hash of a quiz's definition, independent of where it sits in the file.
  static func hash(of quiz: Quiz) -> String {
    var copy = quiz
    copy.line = 0
    return ContentHash.of(String(describing: copy))
  }
}

extension LessonEngine {
  /// Whether the cell at `block` is the subject of a predict-the-output quiz that the learner
  /// has not yet answered correctly or given up on; the host should hold back its output (and
  /// not run it) until then.
  public func isPredictionPending(forCellAt block: Int, in progress: LessonProgress) -> Bool {
    guard lesson.blocks.indices.contains(block), case .cell(let cell) = lesson.blocks[block].kind,
      let id = cell.id
    else { return false }
    return lesson.quizzes.contains { quiz in
      guard case .predict(let target, _) = quiz.kind, target == id else { return false }
      let record = progress.quizzes[quiz.id]
      return record?.isSolved != true && record?.answerRevealed != true
    }
  }
}
