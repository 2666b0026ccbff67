import Testing

@testable import LessonKit

@Suite struct LessonEngineTests {
  static let source = """
    ---
    id: tiny
    title: Tiny
    format: 1
    ---
    # Start

    ```quiz
    id: q
    kind: numeric
    question: How many?
    answer: 3
    hint for 2: Count again.
    explanation: One, two, three.
    ```

    ```exercise
    id: e
    --- task
    Set `a` to 2.
    --- starter
    # START CODE HERE
    a = 0
    # END CODE HERE
    --- solution
    a = 2
    --- hint
    Two.
    --- hint
    Really, two.
    --- check
    name: a is two
    equals: a
    ```
    """

  static let lesson = try! LessonParser.parse(source, file: "tiny.md")  // a fixed, valid source
  static let engine = LessonEngine(lesson: lesson, runtime: FakeRuntime())

  func run(_ events: [LessonEvent], from start: LessonProgress? = nil) -> (
    LessonProgress, [LessonOutput]
  ) {
    var progress = start ?? LessonProgress(lesson: Self.lesson)
    var outputs: [LessonOutput] = []
    for event in events {
      let (next, produced) = Self.engine.advance(progress, with: event)
      progress = next
      outputs += produced
    }
    return (progress, outputs)
  }

  @Test func walksBlocksAndFinishes() {
    let (progress, outputs) = run([.next, .next, .next, .previous])
    #expect(outputs == [.block(1), .block(2), .finished, .block(1)])
    #expect(progress.isFinished)
    #expect(progress.position == 1)
    #expect(run([.goTo(7)]).1 == [.notice("There is no block 8; the lesson has 3.")])
  }

  @Test func gradesAnswersWithHintsAndKeepsThem() {
    let (progress, outputs) = run([
      .answer(quiz: "q", input: "two"), .answer(quiz: "q", input: "2"),
      .answer(quiz: "q", input: "3"),
    ])
    #expect(
      outputs == [
        .inputError("expected a number such as 0.5, -3 or 1/3, got 'two'"),
        .quizFeedback(
          quiz: "q",
          QuizFeedback(
            isCorrect: false, message: "Not quite.", hint: "Count again.", explanation: nil)),
        .quizFeedback(
          quiz: "q",
          QuizFeedback(
            isCorrect: true, message: "Correct.", hint: nil, explanation: "One, two, three.")),
      ])
    #expect(progress.quizzes["q"]?.answers == [.number(2), .number(3)])
    #expect(progress.quizzes["q"]?.isSolved == true)
  }

  @Test func revealsAQuizAnswerAfterATry() {
    #expect(run([.revealAnswer(quiz: "q")]).1 == [.notice("Try the question once before asking for its answer.")])
    let (progress, outputs) = run([.answer(quiz: "q", input: "2"), .revealAnswer(quiz: "q")])
    #expect(outputs.last == .quizAnswer(quiz: "q", answer: "3", explanation: "One, two, three."))
    #expect(progress.quizzes["q"]?.answerRevealed == true)
    #expect(progress.quizzes["q"]?.isSolved == false)
  }

  @Test func unlocksSolutionAfterThreeFailedAttemptsWithConfirmation() {
    let (early, earlyOutputs) = run([
      .submit(exercise: "e", code: "a = 1"), .requestSolution(exercise: "e"),
    ])
    #expect(
      earlyOutputs.last
        == .notice("The solution unlocks once you pass, or after 3 failed attempts (1 so far)."))
    #expect(early.exercises["e"]?.failedAttempts == 1)
    let (progress, outputs) = run(
      [
        .submit(exercise: "e", code: "a = 1"), .submit(exercise: "e", code: "a = 1"),
        .requestSolution(exercise: "e"),
        .confirmSolution(exercise: "e"),
      ], from: early)
    #expect(outputs.contains(.notice("The reference solution is now available if you want it.")))
    #expect(
      outputs.suffix(2) == [
        .confirmSolution(exercise: "e"), .solution(exercise: "e", code: "a = 2"),
      ])
    #expect(progress.exercises["e"]?.solutionRevealed == true)
    #expect(progress.exercises["e"]?.isSolved == false)
  }

  @Test func confirmationMustFollowTheRequest() {
    let (progress, outputs) = run([
      .submit(exercise: "e", code: "a = 2"), .requestSolution(exercise: "e"), .next,
      .confirmSolution(exercise: "e"),
    ])
    #expect(outputs.last == .confirmSolution(exercise: "e"))
    #expect(progress.exercises["e"]?.solutionRevealed == false)
    #expect(progress.exercises["e"]?.isSolved == true)
  }

  @Test func revealsHintsInOrder() {
    let (progress, outputs) = run(Array(repeating: .revealHint(exercise: "e"), count: 3))
    #expect(
      outputs == [
        .hint(exercise: "e", number: 1, of: 2, text: "Two."),
        .hint(exercise: "e", number: 2, of: 2, text: "Really, two."),
        .notice("No more hints."),
      ])
    #expect(progress.exercises["e"]?.hintsRevealed == 2)
  }

  @Test func resetsAnExerciseToItsStarter() {
    let (progress, outputs) = run([.edit(exercise: "e", code: "a = 5"), .resetExercise("e")])
    #expect(outputs == [.code(exercise: "e", code: "# START CODE HERE\na = 0\n# END CODE HERE")])
    #expect(progress.exercises["e"]?.code == "# START CODE HERE\na = 0\n# END CODE HERE")
  }

  @Test func reviewIsReadOnly() {
    #expect(run([.startReview]).1 == [.notice("Review opens once the lesson is finished.")])
    let (progress, outputs) = run([
      .next, .next, .next, .startReview, .answer(quiz: "q", input: "3"),
    ])
    #expect(progress.isReviewing)
    #expect(
      outputs.suffix(3) == [
        .notice(LessonEngine.reviewNotice), .block(0), .notice(LessonEngine.reviewNotice),
      ])
    #expect(progress.quizzes.isEmpty)
    #expect(!run([.endReview], from: progress).0.isReviewing)
  }

  @Test func exportsTranscript() {
    let (progress, _) = run([
      .answer(quiz: "q", input: "2"), .answer(quiz: "q", input: "3"),
      .submit(exercise: "e", code: "a = 2"),
    ])
    #expect(
      Transcript.markdown(Self.lesson, progress) == """
        # Tiny

        Lesson `tiny`

        ## Start

        **Quiz** How many?

        Your answer: 3 (correct, 2 tries)

        **Exercise** e

        Set `a` to 2.

        ```python
        a = 2
        ```

        Solved after 0 failed attempts.

        ```text
        ✓ a is two
        All checks passed.
        ```

        """)
  }
}

@Suite struct LessonEnginePredictionTests {
  @Test func holdsBackACellUntilItsPredictionIsAnswered() throws {
    let source = """
      ---
      id: p
      title: P
      format: 1
      ---
      ```quiz
      id: guess
      kind: predict
      question: What does it print?
      cell: c
      explanation: Two.
      ```
      ```python id=c
      print(2)
      ```
      ```output
      2
      ```
      """
    let lesson = try LessonParser.parse(source, file: "p.md")
    let engine = LessonEngine(lesson: lesson, runtime: FakeRuntime())
    var progress = LessonProgress(lesson: lesson)
    #expect(engine.isPredictionPending(forCellAt: 1, in: progress))
    #expect(!engine.isPredictionPending(forCellAt: 0, in: progress))
    progress = engine.advance(progress, with: .answer(quiz: "guess", input: "3")).0
    #expect(engine.isPredictionPending(forCellAt: 1, in: progress))
    progress = engine.advance(progress, with: .answer(quiz: "guess", input: "2")).0
    #expect(!engine.isPredictionPending(forCellAt: 1, in: progress))
  }
}
