extension LessonProgress {
  /// This progress carried over to an edited version of its lesson.
  ///
  /// - A quiz keeps its answers only if its definition is unchanged.
  /// - An exercise always keeps the learner's code (their work is never thrown away) and the
  ///   hints they saw; it keeps its solved state and attempts only if its definition is
  ///   unchanged, since its checks may be new.
  /// - Items that no longer exist are dropped; the position is kept within the lesson.
  public func migrated(to lesson: Lesson) -> LessonProgress {
    guard lesson.contentHash != contentHash || lesson.id != lessonID else { return self }
    var result = LessonProgress(lesson: lesson)
    result.position = min(position, max(lesson.blocks.count - 1, 0))
    result.isFinished = isFinished
    for quiz in lesson.quizzes {
      if let old = quizzes[quiz.id], old.itemHash == LessonEngine.hash(of: quiz) {
        result.quizzes[quiz.id] = old
      }
    }
    for exercise in lesson.exercises {
      guard let old = exercises[exercise.id] else { continue }
      let hash = LessonEngine.hash(of: exercise)
      if old.itemHash == hash {
        result.exercises[exercise.id] = old
      } else {
        var kept = ExerciseProgress(itemHash: hash, code: old.code)
        kept.hintsRevealed = min(old.hintsRevealed, exercise.hints.count)
        result.exercises[exercise.id] = kept
      }
    }
    return result
  }
}
