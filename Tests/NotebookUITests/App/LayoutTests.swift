import NotebookUI
import Testing

@Suite struct LayoutTests {
  @Test func theReplTakesAThirdOfTheColumnBetweenSixAndTwelveRowsOrHalfWithFocus() {
    #expect(Layout.replHeight(forHeight: 12) == 6)
    #expect(Layout.replHeight(forHeight: 28) == 9)
    #expect(Layout.replHeight(forHeight: 38) == 12)
    #expect(Layout.replHeight(forHeight: 58) == 12)
    #expect(Layout.replHeight(forHeight: 28, isFocused: true) == 14)
    #expect(Layout.replHeight(forHeight: 58, isFocused: true) == 29)
  }

  @Test func theWideLayoutGivesTheLessonMostOfTheHeight() {
    let layout = Layout(width: 120, height: 40, focus: .lesson)
    #expect(layout.panes[.browser] == Rect(column: 0, row: 1, width: 36, height: 38))
    #expect(layout.panes[.lesson] == Rect(column: 37, row: 1, width: 83, height: 26))
    #expect(layout.panes[.repl] == Rect(column: 37, row: 27, width: 83, height: 12))
  }

  @Test func aMaximisedLessonTakesTheBrowsersColumnsAndLeavesTheReplItsPrompt() {
    let layout = Layout(width: 120, height: 40, focus: .lesson, isLessonMaximized: true)
    #expect(layout.panes[.browser] == nil)
    #expect(layout.separator == nil)
    #expect(layout.panes[.lesson] == Rect(column: 0, row: 1, width: 120, height: 36))
    #expect(layout.panes[.repl] == Rect(column: 0, row: 37, width: 120, height: 2))
    #expect(layout.content(of: .repl) == Rect(column: 1, row: 38, width: 119, height: 1))
  }

  @Test func zMaximisesTheLessonOnlyWhileItHasFocus() {
    var state = Fixtures.state(width: 120, height: 40)
    _ = Fixtures.apply([.lessonOpened(Fixtures.document), .key(.character("z"))], to: &state)
    #expect(state.isLessonMaximized)
    #expect(state.layout.panes[.lesson]?.width == 120)
    #expect(
      Fixtures.screen(state).lines[1].hasPrefix(" 1 Neural networks · z brings back the lessons ")
    )
    _ = update(&state, with: .key(.tab))
    #expect(state.focus == .repl)
    #expect(state.layout.panes[.browser] != nil)
    _ = Fixtures.apply([.key(.escape), .key(.character("z"))], to: &state)
    #expect(state.focus == .lesson)
    #expect(!state.isLessonMaximized)
    #expect(state.layout.panes[.lesson]?.width == 83)
  }
}
