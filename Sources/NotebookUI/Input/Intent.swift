/// What a key means in the pane that has focus, before `update` acts on it.
public enum Intent: Sendable, Equatable {
  case quit
  case toggleHelp
  case nextPane, previousPane
  case focus(Pane)
  case up, down, pageUp, pageDown, top, bottom
  /// Open the selected lesson (browser), run the selected cell, answer the selected quiz or edit
  /// the selected exercise (lesson).
  case activate
  /// Select the next or previous code cell, quiz or exercise.
  case nextCell, previousCell
  /// Start searching the lesson tree (`/`).
  case search
  /// Give the lesson the whole window, or give the browser and REPL back (`z`).
  case toggleMaximized
  /// Stop a running evaluation, or clear the REPL line when nothing runs.
  case interrupt

  /// Move the highlight to the previous or next choice of a quiz.
  case previousChoice, nextChoice
  /// Tick or untick the highlighted choice of a multiple-choice quiz.
  case toggleChoice
  /// Pick a choice by its number or letter (the key says which).
  case pickChoice
  /// Show a quiz's answer, or an exercise's solution (asks first).
  case reveal
  /// Open the exercise's code in the editor.
  case edit
  /// Check the exercise's code as it is.
  case check
  case hint
  /// Put the starter code back (asks first).
  case reset
  /// Send the typed answer, or check the code in the built-in editor.
  case submit
  /// Close the answer line or the built-in editor (the editor keeps its text as a draft).
  case cancel
}
