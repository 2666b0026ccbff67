/// An editor for the REPL's input line, fed one decoded key at a time.
///
/// The real one is GNU readline's callback interface (`CursesTerminal.ReadlineEditor`: history
/// across sessions, reverse search, completion); `MemoryLineEditor` is a small pure-Swift one
/// for tests. An editor draws nothing: the REPL pane renders its `state`.
public protocol LineEditor: AnyObject {
  /// The line as it should be drawn now.
  var state: LineEditorState { get }
  /// Feeds one key; returns what it produced (`.lineEdited`, `.lineSubmitted`, `.endOfInput`).
  func handle(_ key: Key) -> [Event]
  /// Replaces the prompt (for `... ` continuation lines).
  func setPrompt(_ prompt: String)
  /// Throws the current line away.
  func cancelLine()
}
