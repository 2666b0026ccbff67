import NotebookUI
import Testing

@Suite struct StatusBarTests {
  @Test func aKeyAnExerciseTakesOverIsOfferedByItsOtherKey() {
    // In an exercise r resets the code, so the REPL is offered on >.
    let state = LessonFixtures.opened(width: 160, selecting: 5)
    #expect(
      Fixtures.screen(state).lines[23]
        == " e edit your code  c check your code  h next hint  n next item  Tab next pane"
        + "  > go to the REPL  ? all keys  q quit" + String(repeating: " ", count: 45))
  }

  @Test func theHelpKeyIsKeptWhenTheOthersDoNotFit() {
    let state = LessonFixtures.opened(width: 40, selecting: 5)
    #expect(Fixtures.screen(state).lines[23] == " e edit your code  ? all keys           ")
  }
}
