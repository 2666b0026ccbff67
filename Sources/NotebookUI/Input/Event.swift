/// Something that happened, fed to `update`: input from the terminal, or a result of an effect.
public enum Event: Sendable, Equatable {
  case key(Key)
  case mouse(MouseEvent)
  /// The terminal now has this many columns and rows.
  case resize(width: Int, height: Int)
  /// A periodic tick while nothing else happens (the terminal's input timeout).
  case tick
  /// SIGTERM, SIGHUP or SIGINT arrived: leave now, restoring the terminal.
  case terminationRequested

  /// The line editor's visible state changed (text, caret, completion matches).
  case lineEdited(LineEditorState)
  /// The line editor accepted a line (Enter).
  case lineSubmitted(String)
  /// Ctrl-D on an empty line.
  case endOfInput

  /// Source sent with `Effect.evaluate` is an unfinished block: ask for another line.
  case needsMoreInput
  /// Output of a running evaluation; `isFinished` is false while training still reports.
  case output([OutputItem], isFinished: Bool)
  /// An author saved a lesson (`--lessons DIR`, `LessonReloader`): its new text, shown in place
  /// of the open lesson with the same id (position and unchanged cells' outputs kept).
  case lessonReloaded(Document)

  /// The lesson tree to show in the browser.
  case lessonsListed([TreeItem])
  /// A lesson's text, ready to show.
  case lessonOpened(Document)
  /// The learner's standing in a lesson after a step (`after`, `nil` when it was just loaded),
  /// with a one-line message for the status bar (no more hints, the solution is locked, ...).
  case lessonUpdated(LessonStanding, after: LessonAction?, notice: String?)
  /// Where the learner left a lesson: select that item again.
  case selectionRestored(lessonID: String, LessonItem)
  /// The learner's editor closed.
  case exerciseEdited(lessonID: String, exerciseID: String, EditOutcome)
  /// A one-line message for the status bar (a progress file that could not be read, ...).
  case notice(String)
}
