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

@Suite struct TreeListContinueTests {
  @Test func theContinueRowComesFirstAndALongNoticeGrowsUpwardsWhole() {
    let rows = [
      TreeItem(id: "tour", title: "Continue: A tour", mark: .started),
      TreeItem(id: nil, title: "Start here"),
      TreeItem(id: "tour", title: "A tour", depth: 1, mark: .started),
      TreeItem(id: "logistic", title: "Logistic regression", depth: 1, mark: .done),
    ]
    var state = AppState(width: 40, height: 10, lessons: rows, theme: .monochrome)
    state.notice = "Unreadable progress for init set aside as init.json.unreadable; starts fresh."
    #expect(
      Fixtures.screen(state).lines == [
        " Backprop                               ",
        " Lessons                                ",
        "• Continue: A tour                      ",
        "Start here                              ",
        "  • A tour                              ",
        "  ✓ Logistic regression                 ",
        "                                        ",
        "                                        ",
        " Unreadable progress for init set aside ",
        " as init.json.unreadable; starts fresh. ",
      ])
    #expect(update(&state, with: .key(.enter)) == [.openLesson(id: "tour")])
    #expect(state.notice == nil)
  }
}
