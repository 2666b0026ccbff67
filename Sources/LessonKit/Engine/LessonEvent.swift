/// What a learner can do in a lesson; `LessonEngine.advance(_:with:)` turns each into a new
/// `LessonProgress` and the outputs to show.
public enum LessonEvent: Sendable, Equatable {
  /// Go to the next block.
  case next
  /// Go to the previous block.
  case previous
  /// Jump to a block by index.
  case goTo(Int)
  /// The host ran the python cell at a block index; record its output.
  case cellRan(block: Int, result: CellResult)
  /// Answer a quiz with typed text.
  case answer(quiz: String, input: String)
  /// Give up on a quiz after at least one wrong answer: show its answer and explanation.
  case revealAnswer(quiz: String)
  /// Save the learner's code without checking it.
  case edit(exercise: String, code: String)
  /// Check the learner's code.
  case submit(exercise: String, code: String)
  /// Reveal the next hint.
  case revealHint(exercise: String)
  /// Ask to see the reference solution (needs a pass or three failed attempts).
  case requestSolution(exercise: String)
  /// Confirm the pending request to see the solution.
  case confirmSolution(exercise: String)
  /// Put the starter code back.
  case resetExercise(String)
  /// Open a finished lesson read-only.
  case startReview
  /// Leave read-only review.
  case endReview
}

/// What the engine asks the host to show.
public enum LessonOutput: Sendable, Equatable {
  /// Show the block at this index.
  case block(Int)
  /// The verdict on a quiz answer.
  case quizFeedback(quiz: String, QuizFeedback)
  /// A quiz's answer and explanation, after the learner gave up.
  case quizAnswer(quiz: String, answer: String, explanation: String)
  /// Typed input that could not be read (no attempt counted).
  case inputError(String)
  /// The result of checking an exercise.
  case report(exercise: String, ExerciseReport)
  /// A hint: its number, how many there are, and its text.
  case hint(exercise: String, number: Int, of: Int, text: String)
  /// Ask the learner to confirm that they want to see the solution.
  case confirmSolution(exercise: String)
  /// The reference solution.
  case solution(exercise: String, code: String)
  /// The exercise's code was replaced (after a reset).
  case code(exercise: String, code: String)
  /// A message for the learner.
  case notice(String)
  /// The lesson is finished.
  case finished
}
