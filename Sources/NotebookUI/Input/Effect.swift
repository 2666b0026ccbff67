/// Work that `update` asks for; the `Runtime` performs it, never `update` itself.
///
/// The runtime handles `quit`, `editLine` and `cancelLine` itself (they touch the terminal and the
/// line editor); everything else goes to the app's effect handler, which answers with events.
public enum Effect: Sendable, Equatable {
  /// Leave the run loop; the terminal is restored by its owner.
  case quit
  /// Feed a key to the line editor (the REPL has focus).
  case editLine(Key)
  /// Throw away the half-typed line.
  case cancelLine
  /// Show a new prompt in the line editor (`>>> ` or `... `).
  case setPrompt(String)

  /// Run Python source in the shared namespace. With `allowsContinuation` the handler answers
  /// `.needsMoreInput` for an unfinished block; without it (a blank line ended the block) it runs
  /// the source as is and reports any syntax error.
  case evaluate(source: String, allowsContinuation: Bool)
  /// Stop the running evaluation or training (Esc, Ctrl-C), keeping what it computed.
  case interrupt
  /// Load a lesson by id; the handler answers `.lessonOpened`.
  case openLesson(id: String)
  /// Run one code cell of the open lesson.
  case runCell(lessonID: String, index: Int, source: String)
  /// Record a learner's step with the lesson engine and save the progress; the handler answers
  /// `.lessonUpdated`.
  case lesson(lessonID: String, LessonAction)
  /// Open an exercise's code in `$VISUAL`/`$EDITOR` (the terminal is handed over meanwhile);
  /// the handler answers `.exerciseEdited`.
  case editExercise(lessonID: String, exerciseID: String, code: String)
}
