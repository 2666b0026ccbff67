import NotebookUI
import TestSupport
import Testing
import TextPlot

@Suite struct QuizCardViewTests {
  @Test func aWrongChoiceShowsTheVerdictAndItsHintAt80x24() {
    var state = LessonFixtures.opened()
    _ = Fixtures.apply(
      [
        .key(.character("2")),
        .lessonUpdated(
          LessonFixtures.wrongRange, after: .answer(quiz: "range", input: "2"), notice: nil),
      ],
      to: &state)
    assertSnapshot(Fixtures.screen(state).lines, named: "quiz-wrong-80x24")
  }

  @Test func theAnswerLineIsTypedInPlaceWithTheCursorOnIt() {
    var state = LessonFixtures.opened(width: 40, height: 12, selecting: 1)
    _ = Fixtures.apply(
      [.key(.enter)] + "12 你".map { .key(.character($0)) }, to: &state)
    let screen = Fixtures.screen(state)
    #expect(
      Array(screen.lines[7...11]) == [
        "                                        ",
        " │ Quiz · answer with a number          ",
        " │ How many parameters?                 ",
        " │ Answer: 12 你                       ▼",
        " Enter send the answer  Esc stop typing ",
      ])
    #expect(screen.cursor == GridPoint(column: 16, row: 10))
  }

  @Test func aSettledQuizShowsTheExplanationInASCII() {
    var state = LessonFixtures.opened(width: 40, height: 12)
    state.glyphs = .ascii
    var standing = LessonFixtures.wrongRange
    standing.quizzes["range"]?.isSolved = true
    standing.quizzes["range"]?.verdict = "Correct."
    standing.quizzes["range"]?.attempts = 2
    standing.quizzes["range"]?.lastAnswer = "1"
    _ = update(&state, with: .lessonUpdated(standing, after: nil, notice: nil))
    #expect(
      Array(Fixtures.screen(state).lines[5...11]) == [
        " | Which values can σ(z) take?          ",
        " | > 1) strictly between 0 and 1        ",
        " |   2) from 0 to 1, ends included      ",
        " |   3) between -1 and 1                ",
        " | + Correct. Your answer: 1. (2 tries) ",
        " |   1 + e⁻ᶻ > 1, so σ(z) lies strictlyv",
        " Enter answer  1-3 pick  ? all keys     ",
      ])
  }
}
