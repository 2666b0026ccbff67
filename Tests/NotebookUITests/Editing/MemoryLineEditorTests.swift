import NotebookUI
import Testing

@Suite struct MemoryLineEditorTests {
  func type(_ text: String, into editor: MemoryLineEditor) {
    for character in text { _ = editor.handle(.character(character)) }
  }

  @Test func editsAndPlacesTheCaretByDisplayWidth() {
    let editor = MemoryLineEditor()
    type("x = '你好'", into: editor)
    _ = editor.handle(.left)
    _ = editor.handle(.left)
    #expect(editor.state.text == "x = '你好'")
    // ">>> " (4) + "x = '你" (5 + 2) = 11.
    #expect(editor.state.cursorColumn == 11)
    _ = editor.handle(.backspace)
    #expect(editor.state.text == "x = '好'")
    #expect(editor.state.cursorColumn == 9)
  }

  @Test func submitsAndRecallsHistory() {
    let editor = MemoryLineEditor(history: ["a = 1"])
    type("b = 2", into: editor)
    #expect(editor.handle(.enter) == [.lineSubmitted("b = 2")])
    #expect(editor.state.text == "")
    _ = editor.handle(.up)
    #expect(editor.state.text == "b = 2")
    _ = editor.handle(.up)
    #expect(editor.state.text == "a = 1")
    _ = editor.handle(.down)
    _ = editor.handle(.down)
    #expect(editor.state.text == "")
    #expect(editor.history == ["a = 1", "b = 2"])
  }

  @Test func completesToTheCommonPrefixAndListsMatches() {
    let editor = MemoryLineEditor(complete: { _, word in
      ["np.zeros", "np.zeros_like"].filter { $0.hasPrefix(word) }
    })
    type("np.z", into: editor)
    _ = editor.handle(.tab)
    #expect(editor.state.text == "np.zeros")
    #expect(editor.state.matches == ["np.zeros", "np.zeros_like"])
    type("_", into: editor)
    _ = editor.handle(.tab)
    #expect(editor.state.text == "np.zeros_like")
    #expect(editor.state.matches == [])
  }

  @Test func givesTheCompleterTheLineBeforeTheCaret() {
    let editor = MemoryLineEditor(complete: { line, word in
      line == "x = d['W" && word == "W" ? ["W1']"] : []
    })
    type("x = d['W", into: editor)
    _ = editor.handle(.tab)
    #expect(editor.state.text == "x = d['W1']")
  }

  @Test func controlDEndsInputOnlyOnAnEmptyLine() {
    let editor = MemoryLineEditor()
    #expect(editor.handle(.control("d")) == [.endOfInput])
    type("ab", into: editor)
    _ = editor.handle(.home)
    _ = editor.handle(.control("d"))
    #expect(editor.state.text == "b")
  }
}
