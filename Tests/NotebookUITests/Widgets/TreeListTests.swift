import NotebookUI
import Testing

@Suite struct TreeListTests {
  @Test func drawsMarksInASCIIAndScrollsWithTheSelection() {
    var list = TreeListState(items: Fixtures.lessons, selection: 0)
    list.move(by: 4, viewHeight: 3)
    var screen = Screen(width: 24, height: 3)
    render(
      list, in: screen.bounds, on: &screen, theme: .monochrome, glyphs: .ascii, isFocused: true)
    #expect(list.scroll == 2)
    #expect(
      screen.lines == [
        "  [-] A shallow network ",
        "2 Improving networks    ",
        "  [ ] Initialisation    ",
      ])
    #expect(screen.grid[23, 2].style.isReversed)
  }

  @Test func emptyListSaysSo() {
    var screen = Screen(width: 12, height: 1)
    render(
      TreeListState(), in: screen.bounds, on: &screen, theme: .monochrome, glyphs: .unicode,
      isFocused: true)
    #expect(screen.lines == ["No lessons. "])
  }
}
