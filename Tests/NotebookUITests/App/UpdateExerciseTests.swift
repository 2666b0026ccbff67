import NotebookUI
import Testing

@Suite struct UpdateExerciseTests {
  static let solved = "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))"

  @Test func eOpensTheExternalEditorAndChangedCodeIsChecked() {
    var state = LessonFixtures.opened(selecting: 5)
    #expect(state.keyContext == .exercise)
    #expect(
      update(&state, with: .key(.character("e")))
        == [
          .editExercise(
            lessonID: "tour", exerciseID: "sigmoid", code: "def sigmoid(z):\n    return z")
        ])
    let effects = update(
      &state, with: .exerciseEdited(lessonID: "tour", exerciseID: "sigmoid", .changed(Self.solved)))
    #expect(effects == [.lesson(lessonID: "tour", .check(exercise: "sigmoid", code: Self.solved))])
    #expect(state.lesson.selectedExercise?.isChecking == true)
    #expect(state.lesson.selectedExercise?.status.code == Self.solved)
    // Quitting while the check runs asks first.
    #expect(update(&state, with: .key(.character("q"))) == [])
    #expect(state.confirmation == .quit)
    _ = update(&state, with: .key(.character("n")))
    var standing = LessonStanding(lessonID: "tour")
    standing.exercises["sigmoid"] = ExerciseCard.Status(
      code: Self.solved, isSolved: true, hintCount: 2, report: ["✓ values", "All checks passed."])
    _ = update(
      &state,
      with: .lessonUpdated(
        standing, after: .check(exercise: "sigmoid", code: Self.solved), notice: nil))
    #expect(state.lesson.selectedExercise?.isChecking == false)
    #expect(state.lesson.selectedExercise?.status.isSolved == true)
    #expect(update(&state, with: .key(.character("q"))) == [.quit])
  }

  @Test func aCheckReportEndsAtTheBottomOfTheViewNotPastIt() {
    var document = LessonFixtures.document
    document.blocks += (1...40).map { .paragraph("Prose \($0).") }
    var state = Fixtures.state(width: 80, height: 24)
    _ = update(&state, with: .lessonOpened(document))
    state.lesson.selection = 5
    var standing = LessonStanding(lessonID: "tour")
    standing.exercises["sigmoid"] = ExerciseCard.Status(
      code: Self.solved, hintCount: 2, report: ["✗ values", "1 of 2 checks passed."])
    _ = update(
      &state,
      with: .lessonUpdated(
        standing, after: .check(exercise: "sigmoid", code: Self.solved), notice: nil))
    // Row 22 is the pane's last row: the report ends there, and the prose after it stays below.
    let rows = Fixtures.screen(state).lines
    #expect(
      Array(rows[21...22]) == [
        " │   ✗ values                                                                   ",
        " │   1 of 2 checks passed.                                                     ▼",
      ])
  }

  @Test func anEditorThatFailsOrChangesNothingKeepsTheCode() {
    var state = LessonFixtures.opened(selecting: 5)
    let reason = "The editor (vi) exited with status 1, so your code was kept as it was."
    #expect(
      update(
        &state,
        with: .exerciseEdited(lessonID: "tour", exerciseID: "sigmoid", .kept(reason: reason)))
        == [])
    #expect(state.notice == reason)
    #expect(state.lesson.selectedExercise?.status == LessonFixtures.exerciseStatus)
    #expect(
      update(&state, with: .exerciseEdited(lessonID: "tour", exerciseID: "sigmoid", .unchanged))
        == [])
    #expect(state.notice == "No changes to your code; c checks it as it is.")
    #expect(
      update(&state, with: .key(.character("c")))
        == [
          .lesson(
            lessonID: "tour", .check(exercise: "sigmoid", code: "def sigmoid(z):\n    return z"))
        ])
  }

  @Test func withoutAnEditorTheBuiltInOneEditsAndChecks() {
    var state = LessonFixtures.opened(selecting: 5, externalEditor: false)
    #expect(update(&state, with: .key(.character("e"))) == [])
    #expect(state.keyContext == .codeEditor)
    let keys: [Event] =
      [.key(.down), .key(.end)] + Array(repeating: .key(.backspace), count: 1)
      + "1 / (1 + np.exp(-z))".map { .key(.character($0)) }
    _ = Fixtures.apply(keys, to: &state)
    #expect(state.lesson.editor?.area.text == "def sigmoid(z):\n    return 1 / (1 + np.exp(-z))")
    #expect(
      update(&state, with: .key(.control("s")))
        == [.lesson(lessonID: "tour", .check(exercise: "sigmoid", code: Self.solved))])
    #expect(state.lesson.editor == nil)
  }

  @Test func escapeKeepsADraftAndAnEmptiedEditorChangesNothing() {
    var state = LessonFixtures.opened(selecting: 5, externalEditor: false)
    _ = Fixtures.apply([.key(.enter), .key(.character("#")), .key(.escape)], to: &state)
    let draft = "#def sigmoid(z):\n    return z"
    #expect(state.lesson.selectedExercise?.status.code == draft)
    #expect(state.notice == "Your code is saved; c checks it.")
    _ = update(&state, with: .key(.character("e")))
    let clear: [Event] = [.key(.control("k")), .key(.delete), .key(.control("k"))]
    _ = Fixtures.apply(clear, to: &state)
    #expect(state.lesson.editor?.area.text == "")
    #expect(update(&state, with: .key(.control("s"))) == [])
    #expect(state.notice == "The editor was empty, so your code was kept as it was.")
    #expect(state.lesson.selectedExercise?.status.code == draft)
  }

  @Test func hRevealsHintsAndShiftRResetsAfterConfirmation() {
    var state = LessonFixtures.opened(selecting: 5)
    #expect(
      update(&state, with: .key(.character("h")))
        == [.lesson(lessonID: "tour", .revealHint(exercise: "sigmoid"))])
    #expect(update(&state, with: .key(.character("R"))) == [])
    #expect(state.confirmation == .resetExercise("sigmoid"))
    #expect(
      Fixtures.screen(state).lines[23]
        == " Replace your code in sigmoid with the starter? (y/n)                           ")
    #expect(update(&state, with: .key(.character("n"))) == [])
    #expect(state.confirmation == nil)
    _ = update(&state, with: .key(.character("R")))
    #expect(
      update(&state, with: .key(.character("y")))
        == [.lesson(lessonID: "tour", .reset(exercise: "sigmoid"))])
  }

  @Test func rGoesToTheReplFromAnExerciseWithoutTouchingTheCode() {
    var state = LessonFixtures.opened(selecting: 5)
    _ = update(&state, with: .key(.character("r")))
    #expect(state.confirmation == nil)
    #expect(state.focus == .repl)
    #expect(state.lesson.selectedExercise?.status == LessonFixtures.exerciseStatus)
  }

  @Test func leftGoesBackToTheLessonsFromAnExercise() {
    var state = LessonFixtures.opened(selecting: 5)
    _ = update(&state, with: .key(.left))
    #expect(state.focus == .browser)
  }

  @Test func theSolutionIsOfferedAfterThreeFailuresWithConfirmation() {
    var state = LessonFixtures.opened(selecting: 5)
    #expect(update(&state, with: .key(.character("s"))) == [])
    #expect(
      state.notice
        == "The solution unlocks once you pass, or after 3 failed attempts (0 so far).")
    var standing = LessonFixtures.failedSigmoid
    standing.exercises["sigmoid"]?.failedAttempts = 3
    _ = update(&state, with: .lessonUpdated(standing, after: nil, notice: nil))
    #expect(update(&state, with: .key(.character("s"))) == [])
    #expect(state.confirmation == .showSolution("sigmoid"))
    #expect(
      update(&state, with: .key(.character("y")))
        == [.lesson(lessonID: "tour", .revealSolution(exercise: "sigmoid"))])
  }

  @Test func keysOfTheSelectedItemComeBeforeThePanes() {
    var state = LessonFixtures.opened(selecting: 4)
    #expect(update(&state, with: .key(.character("h"))) == [])
    #expect(state.focus == .browser)
  }
}
