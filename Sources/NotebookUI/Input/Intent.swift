/// What a key means in the pane that has focus, before `update` acts on it.
public enum Intent: Sendable, Equatable {
  case quit
  case toggleHelp
  case nextPane, previousPane
  case focus(Pane)
  case up, down, pageUp, pageDown, top, bottom
  /// Open the selected lesson (browser) or run the selected code cell (lesson).
  case activate
  case nextCell, previousCell
  /// Start searching the lesson tree (`/`).
  case search
  /// Stop a running evaluation, or clear the REPL line when nothing runs.
  case interrupt
}
