import NotebookUI
import Testing

@Suite struct TextLayoutTests {
  @Test func wrapsAtSpacesByDisplayWidth() {
    #expect(wrap("the loss goes down", toWidth: 8) == ["the loss", "goes", "down"])
  }

  @Test func aLoneOperatorStaysAtTheEndOfTheLineBeforeIt() {
    #expect(wrap("P(y = 0 | x) = 1 − ŷ. Both", toWidth: 20) == ["P(y = 0 | x) = 1 −", "ŷ. Both"])
    #expect(wrap("- a list item", toWidth: 6) == ["- a", "list", "item"])
  }

  @Test func breaksCJKBetweenCharactersByWidth() {
    // Each ideograph is two columns: five of them need three 4-column lines.
    #expect(wrap("深度学习模", toWidth: 4) == ["深度", "学习", "模"])
    #expect(wrap("深度学习模", toWidth: 5) == ["深度", "学习", "模"])
  }

  @Test func breaksAWordLongerThanTheLine() {
    #expect(wrap("a backpropagation b", toWidth: 6) == ["a", "backpr", "opagat", "ion b"])
  }

  @Test func keepsNewlinesAndIndentation() {
    #expect(wrap("def f():\n  return 1\n", toWidth: 20) == ["def f():", "  return 1", ""])
  }

  @Test func emptyTextIsOneEmptyLineAndZeroWidthIsNone() {
    #expect(wrap("", toWidth: 5) == [""])
    #expect(wrap("abc", toWidth: 0) == [])
  }

  @Test func wideCharacterInOneColumnStillMakesProgress() {
    #expect(wrap("你好", toWidth: 1) == ["你", "好"])
  }

  @Test func clipsAndPadsByDisplayWidth() {
    #expect(clip("损失loss", toWidth: 5) == "损失l")
    #expect(clip("损失", toWidth: 3) == "损")
    #expect(padded("损", toWidth: 4) == "损  ")
  }
}
