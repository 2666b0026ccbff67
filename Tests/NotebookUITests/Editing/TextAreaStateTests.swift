import NotebookUI
import Testing

@Suite struct TextAreaStateTests {
  @Test func enterKeepsTheIndentAndBackspaceJoinsLines() {
    var area = TextAreaState("def f():\n    x = 1")
    for key: Key in [.down, .end, .enter] { _ = area.handle(key, viewHeight: 5) }
    for character in "return x" { _ = area.handle(.character(character), viewHeight: 5) }
    #expect(area.text == "def f():\n    x = 1\n    return x")
    #expect(area.caretColumn == 12)
    _ = area.handle(.home, viewHeight: 5)
    for _ in 0..<5 { _ = area.handle(.backspace, viewHeight: 5) }
    #expect(area.text == "def f():\n    x    return x")
    #expect(area.isModified)
  }

  @Test func theViewFollowsTheCaret() {
    var area = TextAreaState((1...10).map(String.init).joined(separator: "\n"))
    for _ in 0..<6 { _ = area.handle(.down, viewHeight: 3) }
    #expect(area.row == 6)
    #expect(area.top == 4)
    _ = area.handle(.pageUp, viewHeight: 3)
    #expect(area.row == 4)
    #expect(area.top == 4)
    let used = area.handle(.control("s"), viewHeight: 3)
    #expect(!used)
  }

  @Test func aFieldEditsOneLineWithWideCharacters() {
    var field = TextFieldState("ab")
    _ = field.handle(.left)
    _ = field.handle(.character("你"))
    #expect(field.text == "a你b")
    #expect(field.caretColumn == 3)
    let used = field.handle(.enter)
    #expect(!used)
  }

  @Test func aSelectedFieldIsReplacedByTypingAndEditedByArrows() {
    var typed = TextFieldState("1.609", isSelected: true)
    _ = typed.handle(.character("0"))
    #expect(typed.text == "0")
    #expect(!typed.isSelected)
    var edited = TextFieldState("1.609", isSelected: true)
    _ = edited.handle(.left)
    _ = edited.handle(.character("1"))
    #expect(edited.text == "1.6019")
    #expect(!TextFieldState("", isSelected: true).isSelected)
  }

  @Test func theCodeEditorStartsInTheLearnersRegion() {
    let code = "def f(x):\n    # START CODE HERE\n    y = x\n    # END CODE HERE\n    return y"
    let editor = CodeEditorState(exerciseID: "f", title: "F", code: code)
    #expect(editor.area.row == 2)
    #expect(editor.area.caretColumn == 9)
    #expect(!editor.area.isModified)
  }
}
