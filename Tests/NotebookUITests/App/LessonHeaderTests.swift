import NotebookUI
import Testing

/// The lesson pane's header: its section and the learner's progress (the title is in the top bar).
@Suite struct LessonHeaderTests {
  @Test func theTitleIsInTheTopBarAndTheHeaderNamesTheSection() {
    var state = Fixtures.state(width: 80, height: 24)
    _ = update(&state, with: .lessonOpened(Fixtures.document))
    let lines = Fixtures.screen(state).lines
    #expect(lines[0] == " Backprop · Logistic regression" + String(repeating: " ", count: 49))
    #expect(lines[1] == " 1 Neural networks" + String(repeating: " ", count: 62))
    #expect(state.browser.section(ofLesson: "logistic") == "1 Neural networks")
    #expect(state.browser.section(ofLesson: "init") == "2 Improving networks")
    #expect(state.browser.section(ofLesson: "missing") == nil)
  }

  @Test func theHeaderCountsAnsweredQuizzesAndPassedExercises() {
    var state = LessonFixtures.opened(width: 80)
    #expect(
      Fixtures.screen(state).lines[1]
        == " 0/4 quizzes answered · 0/1 exercise passed" + String(repeating: " ", count: 37))
    var exercise = LessonFixtures.exerciseStatus
    exercise.isSolved = true
    let standing = LessonStanding(
      lessonID: "tour",
      quizzes: [
        "count": QuizCard.Status(attempts: 1, isSolved: true),
        "range": QuizCard.Status(attempts: 2, isAnswerRevealed: true),
        "sum": QuizCard.Status(attempts: 1, lastAnswer: "3"),
      ], exercises: ["sigmoid": exercise])
    _ = update(&state, with: .lessonUpdated(standing, after: nil, notice: nil))
    #expect(
      Fixtures.screen(state).lines[1]
        == " 2/4 quizzes answered · 1/1 exercise passed" + String(repeating: " ", count: 37))
  }

  @Test func theSectionGivesWayWhenTheHeaderIsNarrow() {
    var state = Fixtures.state(width: 40, height: 12)
    var document = LessonFixtures.document
    document.id = "logistic"
    _ = update(&state, with: .lessonOpened(document))
    #expect(Fixtures.screen(state).lines[1].hasPrefix(" 0/4 quizzes answered · 0/1 exercis"))
    state = Fixtures.state(width: 120, height: 24)
    _ = update(&state, with: .lessonOpened(document))
    #expect(
      Fixtures.screen(state).lines[1].contains(
        "│ 1 Neural networks · 0/4 quizzes answered · 0/1 exercise passed  "))
  }
}
