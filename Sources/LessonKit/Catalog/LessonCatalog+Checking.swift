extension LessonCatalog {
  /// Checks a learner's code for `lesson-id/exercise-id` (`backprop check ID/EXERCISE FILE.py`),
  /// with the same feedback as in the notebook.
  ///
  /// - Returns: the report (`report.passed` decides the exit status), or why the exercise
  ///   could not be found.
  public func check(_ reference: String, code: String, runtime: any LessonRuntime)
    -> Result<ExerciseReport, ExerciseLookupError>
  {
    guard let (lesson, exercise) = exercise(reference) else {
      let lessonID = String(reference.split(separator: "/").first ?? "")
      guard reference.contains("/"), let lesson = lesson(lessonID) else {
        return .failure(
          .unknown(
            reference,
            known: lessons.flatMap { lesson in
              lesson.exercises.map { "\(lesson.id)/\($0.id)" }
            }))
      }
      return .failure(.unknown(reference, known: lesson.exercises.map { "\(lesson.id)/\($0.id)" }))
    }
    return .success(
      ExerciseChecker(runtime: runtime, seed: lesson.header.seed).check(code, for: exercise))
  }
}

/// An exercise reference that names no exercise.
public enum ExerciseLookupError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The reference, and the exercises that do exist (in the lesson, if the lesson exists).
  case unknown(String, known: [String])

  public var description: String {
    switch self {
    case .unknown(let reference, let known):
      let list = known.prefix(8).joined(separator: ", ") + (known.count > 8 ? ", …" : "")
      return "no exercise '\(reference)' (expected LESSON/EXERCISE, such as \(list))"
    }
  }
}
