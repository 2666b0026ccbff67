import NotebookUI
import TestSupport
import Testing
import TextPlot

@Suite struct ExerciseCardViewTests {
  @Test func aFailedCheckShowsWhichCheckExpectedAndGotAt80x24() {
    var state = LessonFixtures.opened(selecting: 5)
    _ = update(
      &state,
      with: .lessonUpdated(
        LessonFixtures.failedSigmoid,
        after: .check(exercise: "sigmoid", code: "def sigmoid(z):\n    return 1 / (1 + np.exp(z))"),
        notice: nil))
    assertSnapshot(Fixtures.screen(state).lines, named: "exercise-failed-80x24")
  }

  @Test func theSolutionAppearsUnderTheCodeOnceRevealed() {
    var state = LessonFixtures.opened(width: 60, height: 30, selecting: 5)
    var standing = LessonFixtures.failedSigmoid
    standing.exercises["sigmoid"]?.failedAttempts = 3
    standing.exercises["sigmoid"]?.report = []
    standing.exercises["sigmoid"]?.solution = "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))"
    _ = update(
      &state,
      with: .lessonUpdated(standing, after: .revealSolution(exercise: "sigmoid"), notice: nil))
    let lines = Fixtures.screen(state).lines
    #expect(
      Array(lines[lines.count - 5...lines.count - 2]) == [
        " │ np.exp(-z).                                              ",
        " │ The reference solution:                                  ",
        " │   def sigmoid(z):                                        ",
        " │       return 1 / (1 + np.exp(-z))                        ",
      ])
  }

  @Test func theBuiltInEditorNumbersLinesAndPlacesTheCursor() {
    var state = LessonFixtures.opened(width: 40, height: 10, selecting: 5, externalEditor: false)
    _ = Fixtures.apply([.key(.character("e")), .key(.down), .key(.end)], to: &state)
    let screen = Fixtures.screen(state)
    #expect(
      screen.lines == [
        " Backprop · Tour                        ",
        " Editing The sigmoid · Ctrl-S check · Es",
        "  1 │def sigmoid(z):                    ",
        "  2 │    return z                       ",
        "                                        ",
        "                                        ",
        "                                        ",
        "                                        ",
        "                                        ",
        " Ctrl-S save and check                  ",
      ])
    #expect(screen.cursor == GridPoint(column: 17, row: 3))
  }
}
