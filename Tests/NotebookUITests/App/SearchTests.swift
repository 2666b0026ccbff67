import NotebookUI
import Testing

@Suite struct SearchTests {
  static let lessons =
    Fixtures.lessons + [
      TreeItem(id: "adam", title: "Optimizers", depth: 1, searchText: "Adam and RMSProp")
    ]

  @Test func typingSelectsTheFirstMatchAndEnterOpensIt() {
    var state = AppState(width: 40, height: 12, lessons: Self.lessons, theme: .monochrome)
    let effects = Fixtures.apply(
      [.key(.character("/")), .key(.character("S")), .key(.character("h")), .key(.enter)],
      to: &state)
    #expect(effects == [.openLesson(id: "shallow")])
    #expect(state.browser.query == nil)
    #expect(state.browser.selection == 2)
  }

  @Test func searchesLessonTextAndTabCyclesMatches() {
    var state = AppState(width: 40, height: 12, lessons: Self.lessons, theme: .monochrome)
    _ = Fixtures.apply([.key(.character("/"))] + "rmsprop".map { .key(.character($0)) }, to: &state)
    #expect(state.browser.selection == 5)
    _ = Fixtures.apply([.key(.backspace), .key(.backspace)], to: &state)
    #expect(state.browser.query == "rmspr")
    _ = Fixtures.apply(
      [.key(.escape), .key(.character("/")), .key(.character("n")), .key(.tab)], to: &state)
    // "n" is in "Logistic regression", "A shallow network", "Initialisation" and "Optimizers"
    // (by its text): "/n" selects the first, Tab the second.
    #expect(state.browser.matches(for: "n") == [1, 2, 4, 5])
    #expect(state.browser.selection == 2)
  }

  @Test func aTitleMatchComesBeforeATextMatch() {
    let lessons = [
      TreeItem(id: nil, title: "Course 1"),
      TreeItem(id: "lr", title: "Logistic regression", depth: 1, searchText: "no hidden layer yet"),
      TreeItem(id: "shallow", title: "One hidden layer", depth: 1, searchText: "planar flower"),
    ]
    var state = AppState(width: 40, height: 12, lessons: lessons, theme: .monochrome)
    _ = Fixtures.apply([.key(.character("/"))] + "hidden".map { .key(.character($0)) }, to: &state)
    #expect(state.browser.selection == 2)
    _ = Fixtures.apply([.key(.tab)], to: &state)
    #expect(state.browser.selection == 1)
  }

  @Test func escapeRestoresTheSelectionAndTheStatusBarShowsTheQuery() {
    var state = AppState(width: 60, height: 12, lessons: Self.lessons, theme: .monochrome)
    _ = Fixtures.apply(
      [.key(.down), .key(.character("/")), .key(.character("i")), .key(.character("n"))], to: &state
    )
    #expect(state.browser.selection == 4)
    #expect(
      Fixtures.screen(state).lines[11]
        == " /in  1 match   Enter open  Tab next  Esc cancel            ")
    _ = update(&state, with: .key(.escape))
    #expect(state.browser.selection == 1)
    #expect(state.browser.query == nil)
  }
}
