import CReadline
import Glibc
import NotebookUI
import TextPlot

/// The REPL's line editor inside the notebook: GNU readline's callback interface, fed keys by
/// the run loop and drawn by the notebook.
///
/// readline never touches the terminal here (no termios changes, no signal handlers, output to
/// `/dev/null`); it reads the bytes of each decoded key from a queue and the notebook renders
/// `state` (prompt, buffer, caret by display width, completion matches) in the REPL pane. It
/// brings readline's history (saved across sessions), Ctrl-R reverse search, Emacs editing keys
/// and Tab completion from the app's `complete` closure. Create one at a time; call `close()`
/// at the end to save the history.
public final class ReadlineEditor: LineEditor {
  public private(set) var state: LineEditorState
  private let historyPath: String?
  private var prompt: UnsafeMutablePointer<CChar>
  private var isClosed = false

  /// - Parameters:
  ///   - prompt: the first prompt.
  ///   - historyPath: the history file to read now and write on `close()` (`HistoryFile.path`).
  ///   - complete: candidates for the word before the caret (dots included: `np.ze`).
  public init(
    prompt: String = ">>> ", historyPath: String?, complete: @escaping LineCompletion
  ) {
    self.historyPath = historyPath
    self.prompt = strdup(prompt)
    self.state = LineEditorState(prompt: prompt)
    ReadlineBridge.pending = []
    ReadlineBridge.accepted = []
    ReadlineBridge.onLine = nil
    ReadlineBridge.complete = complete
    cr_let_host_own_terminal()
    ReadlineBridge.configureCommon()
    cr_set_outstream(fopen("/dev/null", "w"))
    cr_set_getc(ReadlineBridge.getCharacter)
    cr_set_input_available(ReadlineBridge.inputAvailable)
    cr_set_redisplay(ReadlineBridge.recordOnly)
    cr_set_display_matches(ReadlineBridge.displayMatches)
    if let historyPath { read_history(historyPath) }
    rl_callback_handler_install(self.prompt, ReadlineBridge.lineHandler)
    refresh()
  }

  deinit { close() }

  /// Removes readline's handler, saves the history (at most `HistoryFile.capacity` lines) and
  /// empties readline's in-memory history.
  public func close() {
    guard !isClosed else { return }
    isClosed = true
    rl_callback_handler_remove()
    if let historyPath {
      HistoryFile.createParentFolders(of: historyPath)
      write_history(historyPath)
      history_truncate_file(historyPath, HistoryFile.capacity)
    }
    clear_history()  // the next editor reads the file afresh instead of doubling it
    free(prompt)
  }

  public func handle(_ key: Key) -> [Event] {
    ReadlineBridge.displayedMatches = []
    if key == .delete {
      rl_delete(1, 0)
    } else if let bytes = KeyEncoding.bytes(for: key) {
      ReadlineBridge.pending += bytes
      while !ReadlineBridge.pending.isEmpty { rl_callback_read_char() }
    } else {
      return []
    }
    let accepted = ReadlineBridge.accepted
    ReadlineBridge.accepted = []
    refresh()
    var events = accepted.map { $0.map(Event.lineSubmitted) ?? .endOfInput }
    events.append(.lineEdited(state))
    return events
  }

  public func setPrompt(_ prompt: String) {
    free(self.prompt)
    self.prompt = strdup(prompt)
    rl_set_prompt(self.prompt)
    refresh()
  }

  public func cancelLine() {
    rl_callback_sigcleanup()  // leaves a reverse search or a half-read key sequence
    rl_replace_line("", 0)
    cr_set_point(0)
    refresh()
  }

  /// Reads prompt, buffer and caret from readline's globals (`nil` before the first line).
  private func refresh() {
    let prompt = cr_display_prompt().map { String(cString: $0) } ?? String(cString: self.prompt)
    var buffer: [UInt8] = []
    if let line = cr_line_buffer() {
      buffer = Array(
        UnsafeBufferPointer(
          start: UnsafeRawPointer(line).assumingMemoryBound(to: UInt8.self), count: Int(cr_end())))
    }
    let text = String(decoding: buffer, as: UTF8.self)
    let beforeCaret = String(decoding: buffer.prefix(Int(max(0, cr_point()))), as: UTF8.self)
    state = LineEditorState(
      prompt: prompt, text: text, cursorColumn: displayWidth(prompt) + displayWidth(beforeCaret),
      matches: ReadlineBridge.displayedMatches)
  }
}
