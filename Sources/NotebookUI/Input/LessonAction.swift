/// A learner's step in a lesson that the lesson engine records (and the progress file keeps).
///
/// `update` asks for them with `Effect.lesson(lessonID:_:)`; the handler advances the engine,
/// saves the progress and answers with `Event.lessonUpdated`.
public enum LessonAction: Sendable, Equatable {
  /// Answer a quiz with the text the learner typed or picked (`2`, `1, 3`, `0.73`).
  case answer(quiz: String, input: String)
  /// Show a quiz's answer and explanation (after at least one try).
  case revealAnswer(quiz: String)
  /// Check the learner's code (it is saved whatever the result).
  case check(exercise: String, code: String)
  /// Save the learner's code without checking it.
  case save(exercise: String, code: String)
  case revealHint(exercise: String)
  /// Put the starter code back (the learner confirmed).
  case reset(exercise: String)
  /// Show the reference solution (the learner confirmed; needs a pass or three failures).
  case revealSolution(exercise: String)
  /// The learner moved to an item: where "continue" brings them back.
  case select(LessonItem)
  /// A code cell ran and printed `output`.
  case cellRan(cell: Int, output: String)
}
