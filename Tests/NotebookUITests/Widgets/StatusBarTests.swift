import NotebookUI
import Testing

@Suite struct StatusBarTests {
  @Test func anExerciseSaysWhatHAndRDoThere() {
    // h is the exercise's hint, so the lessons are offered on ←; r still goes to the REPL, and
    // reset is Shift-R.
    let state = LessonFixtures.opened(width: 160, selecting: 5)
    #expect(
      Fixtures.screen(state).lines[23]
        == " e edit  c check  h hint  R reset  n next item  ← lessons  r REPL  Tab next pane"
        + "  ? all keys  q quit" + String(repeating: " ", count: 60))
  }

  @Test func hAndRAreShownAt80ColumnsInTheLessonAndInAnExercise() {
    let cell = LessonFixtures.opened(width: 80, selecting: 4)
    #expect(
      Fixtures.screen(cell).lines[23]
        == " Enter run cell  n next item  h lessons  r REPL  Tab next pane  ? all keys      ")
    let quiz = LessonFixtures.opened(width: 80, selecting: 0)
    #expect(
      Fixtures.screen(quiz).lines[23]
        == " Enter answer  1-3 pick  n next item  h lessons  r REPL  ? all keys             ")
    let exercise = LessonFixtures.opened(width: 80, selecting: 5)
    #expect(
      Fixtures.screen(exercise).lines[23]
        == " e edit  c check  h hint  R reset  n next item  ← lessons  r REPL  ? all keys   ")
  }

  @Test func theHelpKeyIsKeptWhenTheOthersDoNotFit() {
    let state = LessonFixtures.opened(width: 40, selecting: 5)
    #expect(Fixtures.screen(state).lines[23] == " e edit  c check  h hint  ? all keys    ")
  }
}
