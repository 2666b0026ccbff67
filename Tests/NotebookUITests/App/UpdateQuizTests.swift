import NotebookUI
import Testing

@Suite struct UpdateQuizTests {
  @Test func aChoiceIsPickedByNumberOrArrowAndEnterAnswersIt() {
    var state = LessonFixtures.opened()
    #expect(state.keyContext == .choiceQuiz)
    var effects = Fixtures.apply([.key(.character("2")), .key(.enter)], to: &state)
    #expect(effects == [.lesson(lessonID: "tour", .answer(quiz: "range", input: "2"))])
    effects = Fixtures.apply([.key(.up), .key(.enter)], to: &state)
    #expect(effects == [.lesson(lessonID: "tour", .answer(quiz: "range", input: "1"))])
    effects = Fixtures.apply([.key(.character("c")), .key(.down), .key(.enter)], to: &state)
    #expect(effects == [.lesson(lessonID: "tour", .answer(quiz: "range", input: "3"))])
  }

  @Test func aWrongAnswerShowsItsHintAndARightOneTheExplanation() {
    var state = LessonFixtures.opened()
    _ = update(
      &state,
      with: .lessonUpdated(
        LessonFixtures.wrongRange, after: .answer(quiz: "range", input: "2"), notice: nil))
    var quiz = state.lesson.selectedQuiz
    #expect(quiz?.status.verdict == "Not quite.")
    #expect(quiz?.status.hint == "e⁻ᶻ > 0 for every z, so σ(z) never reaches 0 or 1.")
    #expect(quiz?.status.isSettled == false)
    var solved = LessonFixtures.wrongRange
    solved.quizzes["range"] = QuizCard.Status(
      attempts: 2, isSolved: true, lastAnswer: "1", verdict: "Correct.",
      explanation: "1 + e⁻ᶻ > 1, so σ(z) lies strictly between 0 and 1.")
    _ = update(
      &state, with: .lessonUpdated(solved, after: .answer(quiz: "range", input: "1"), notice: nil))
    quiz = state.lesson.selectedQuiz
    #expect(quiz?.status.attempts == 2)
    #expect(quiz?.status.isSettled == true)
  }

  @Test func multipleChoiceTicksWithSpaceOrNumbers() {
    var state = LessonFixtures.opened(selecting: 2)
    #expect(update(&state, with: .key(.enter)) == [])
    #expect(
      state.notice == "Tick the right choices with Space or their numbers, then press Enter.")
    let effects = Fixtures.apply(
      [
        .key(.character(" ")), .key(.character("3")), .key(.character("2")), .key(.character("2")),
        .key(.enter),
      ],
      to: &state)
    #expect(effects == [.lesson(lessonID: "tour", .answer(quiz: "activations", input: "1, 3"))])
    #expect(state.notice == nil)
  }

  @Test func aNumberIsTypedInPlaceAndSentWithEnter() {
    var state = LessonFixtures.opened(selecting: 1)
    #expect(state.keyContext == .typedQuiz)
    _ = update(&state, with: .key(.enter))
    #expect(state.keyContext == .answerLine)
    #expect(Fixtures.apply([.key(.enter)], to: &state) == [])
    #expect(state.notice == "Type an answer first (Esc stops typing).")
    let keys: [Event] =
      "12289".map { .key(.character($0)) } + [.key(.backspace), .key(.character("8"))]
    #expect(Fixtures.apply(keys, to: &state) == [])
    #expect(state.lesson.selectedQuiz?.input?.text == "12288")
    #expect(
      update(&state, with: .key(.enter))
        == [.lesson(lessonID: "tour", .answer(quiz: "count", input: "12288"))])
    #expect(state.keyContext == .typedQuiz)
  }

  @Test func escapeClosesTheAnswerLineAndRetypingStartsFromTheWrongAnswer() {
    var state = LessonFixtures.opened(selecting: 1)
    _ = Fixtures.apply([.key(.enter), .key(.character("q")), .key(.escape)], to: &state)
    #expect(state.keyContext == .typedQuiz)
    let standing = LessonStanding(
      lessonID: "tour",
      quizzes: [
        "count": QuizCard.Status(
          attempts: 1, lastAnswer: "12288", verdict: "Not quite.",
          hint: "You counted the weights; add the bias b.")
      ])
    _ = update(&state, with: .lessonUpdated(standing, after: nil, notice: nil))
    _ = update(&state, with: .key(.enter))
    #expect(state.lesson.selectedQuiz?.input?.text == "12288")
    #expect(state.lesson.selectedQuiz?.input?.isSelected == true)
    // Typing replaces the earlier answer; arrows or Backspace would edit it instead.
    _ = Fixtures.apply([.key(.character("1")), .key(.character("2"))], to: &state)
    #expect(state.lesson.selectedQuiz?.input?.text == "12")
    _ = Fixtures.apply([.key(.escape), .key(.enter), .key(.backspace)], to: &state)
    #expect(state.lesson.selectedQuiz?.input?.text == "1228")
  }

  @Test func aCellWithAPendingPredictionAsksForItFirst() {
    var state = LessonFixtures.opened(selecting: 4)
    #expect(update(&state, with: .key(.enter)) == [])
    #expect(state.running == nil)
    #expect(state.lesson.selectedQuiz?.id == "sum")
    #expect(state.keyContext == .answerLine)
    #expect(state.notice == "Predict what this cell prints first: type it, then press Enter.")
    let effects = Fixtures.apply([.key(.character("2")), .key(.enter)], to: &state)
    #expect(effects == [.lesson(lessonID: "tour", .answer(quiz: "sum", input: "2"))])
    let standing = LessonStanding(
      lessonID: "tour",
      quizzes: [
        "sum": QuizCard.Status(attempts: 1, isSolved: true, lastAnswer: "2", verdict: "Correct.")
      ])
    _ = update(
      &state, with: .lessonUpdated(standing, after: .answer(quiz: "sum", input: "2"), notice: nil))
    #expect(state.lesson.selectedCell == 0)
    #expect(state.notice == "Now run the cell (Enter) and compare.")
    #expect(
      update(&state, with: .key(.enter))
        == [.runCell(lessonID: "tour", index: 0, source: "print(1 + 1)")])
  }

  @Test func sAsksTheEngineForTheAnswer() {
    var state = LessonFixtures.opened(selecting: 1)
    #expect(
      update(&state, with: .key(.character("s")))
        == [.lesson(lessonID: "tour", .revealAnswer(quiz: "count"))])
  }

  @Test func movingTheSelectionIsRememberedAndRestored() {
    var state = LessonFixtures.opened()
    #expect(
      update(&state, with: .key(.character("n"))) == [
        .lesson(lessonID: "tour", .select(.quiz("count")))
      ])
    #expect(
      update(&state, with: .key(.character("p"))) == [
        .lesson(lessonID: "tour", .select(.quiz("range")))
      ])
    #expect(update(&state, with: .key(.character("p"))) == [])
    _ = update(&state, with: .selectionRestored(lessonID: "tour", .exercise("sigmoid")))
    #expect(state.lesson.selectedExercise?.id == "sigmoid")
    _ = update(&state, with: .selectionRestored(lessonID: "other", .quiz("range")))
    #expect(state.lesson.selectedExercise?.id == "sigmoid")
  }

  @Test func aFinishedCellIsRecordedWithWhatItPrinted() {
    // Tall enough that the revealed answer above the cell does not push it out of view.
    var state = LessonFixtures.opened(height: 40, selecting: 4)
    var standing = LessonStanding(lessonID: "tour")
    standing.quizzes["sum"] = QuizCard.Status(attempts: 1, isAnswerRevealed: true, answer: "2")
    _ = update(&state, with: .lessonUpdated(standing, after: nil, notice: nil))
    _ = update(&state, with: .key(.enter))
    let effects = update(&state, with: .output([.text("2\n"), .error("oops")], isFinished: true))
    #expect(effects == [.lesson(lessonID: "tour", .cellRan(cell: 0, output: "2\noops\n"))])
  }

  @Test func aClickSelectsTheItemUnderIt() {
    var state = LessonFixtures.opened()
    // Row 2 is the first laid-out line; the numeric quiz starts on line 9 (after the choices).
    let effects = update(&state, with: .mouse(MouseEvent(.press, column: 5, row: 2 + 9)))
    #expect(effects == [.lesson(lessonID: "tour", .select(.quiz("count")))])
    #expect(state.lesson.selectedQuiz?.id == "count")
  }

  @Test func controlCStopsTypingAnAnswer() {
    var state = LessonFixtures.opened(selecting: 1)
    _ = Fixtures.apply([.key(.enter), .key(.character("4")), .key(.control("c"))], to: &state)
    #expect(state.keyContext == .typedQuiz)
  }
}
