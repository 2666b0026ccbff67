import CursesTerminal
import Glibc
import NotebookUI
import Testing

/// readline is one global state machine: these tests run one at a time.
@Suite(.serialized) struct ReadlineEditorTests {
  init() {
    setenv("INPUTRC", "/dev/null", 1)  // a developer's ~/.inputrc must not change the keys
  }

  func editor(history: String? = nil) -> ReadlineEditor {
    ReadlineEditor(
      historyPath: history,
      complete: { _, word in
        ["np.zeros", "np.zeros_like", "print"].filter { $0.hasPrefix(word) }
      })
  }

  func type(_ text: String, into editor: ReadlineEditor) {
    for character in text { _ = editor.handle(.character(character)) }
  }

  @Test func placesTheCaretByDisplayWidthWithCJK() {
    let editor = editor()
    defer { editor.close() }
    type("s = '你好 wörld'", into: editor)
    for _ in 0..<6 { _ = editor.handle(.left) }
    #expect(editor.state.text == "s = '你好 wörld'")
    // The caret is before "wörld": ">>> " 4 + "s = '" 5 + "你好" 4 + " " 1 = 14.
    #expect(editor.state.cursorColumn == 14)
    _ = editor.handle(.control("a"))
    #expect(editor.state.cursorColumn == 4)
  }

  @Test func enterSubmitsAndClearsTheLine() {
    let editor = editor()
    defer { editor.close() }
    type("x = 1", into: editor)
    let events = editor.handle(.enter)
    #expect(events.first == .lineSubmitted("x = 1"))
    #expect(editor.state.text == "")
    _ = editor.handle(.up)
    #expect(editor.state.text == "x = 1")
    _ = editor.handle(.control("u"))
  }

  @Test func tabCompletesTheCommonPrefixThenListsMatches() {
    let editor = editor()
    defer { editor.close() }
    type("np.z", into: editor)
    _ = editor.handle(.tab)
    #expect(editor.state.text == "np.zeros")
    // readline lists the matches on the second Tab that makes no progress.
    _ = editor.handle(.tab)
    #expect(editor.state.matches == [])
    _ = editor.handle(.tab)
    #expect(editor.state.matches == ["np.zeros", "np.zeros_like"])
    type("_", into: editor)
    #expect(editor.state.matches == [])
    _ = editor.handle(.tab)
    #expect(editor.state.text == "np.zeros_like")
    editor.cancelLine()
    #expect(editor.state.text == "")
  }

  @Test func tabCompletesDictKeysFromTheWholeLine() {
    // readline's word in `y = d['W` is `'W`; the line lets the app see which dict it is.
    let editor = ReadlineEditor(
      historyPath: nil,
      complete: { line, word in
        line == "y = d['W" && word == "'W" ? ["'W1']"] : []
      })
    defer { editor.close() }
    type("y = d['W", into: editor)
    _ = editor.handle(.tab)
    #expect(editor.state.text == "y = d['W1']")
    editor.cancelLine()
  }

  @Test func reverseSearchFindsCJKHistory() {
    let editor = editor()
    defer { editor.close() }
    type("print('你好')", into: editor)
    _ = editor.handle(.enter)
    _ = editor.handle(.control("r"))
    type("你", into: editor)
    #expect(editor.state.prompt == "(reverse-i-search)`你': ")
    #expect(editor.state.text == "print('你好')")
    #expect(editor.handle(.enter).first == .lineSubmitted("print('你好')"))
  }

  @Test func controlDOnAnEmptyLineEndsInput() {
    let editor = editor()
    defer { editor.close() }
    #expect(editor.handle(.control("d")).first == .endOfInput)
  }

  @Test func promptChangesForContinuationLines() {
    let editor = editor()
    defer { editor.close() }
    editor.setPrompt("... ")
    #expect(editor.state.prompt == "... ")
    #expect(editor.state.cursorColumn == 4)
    editor.setPrompt(">>> ")
  }

  @Test func historyIsSavedAndReadBack() throws {
    let folder = String(cString: mkdtemp(strdup("/tmp/backprop-history-XXXXXX")))
    let path = folder + "/state/backprop/history"
    let first = editor(history: path)
    type("losses = []", into: first)
    _ = first.handle(.enter)
    first.close()
    let second = editor(history: path)
    _ = second.handle(.up)
    #expect(second.state.text == "losses = []")
    _ = second.handle(.control("u"))
    second.close()
    #expect(unlink(path) == 0)
    for folder in [folder + "/state/backprop", folder + "/state", folder] { rmdir(folder) }
  }
}
