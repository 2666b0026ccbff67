import NotebookUI

/// A lesson with every kind of item, for the quiz and exercise tests.
enum LessonFixtures {
  static let choices = [
    "strictly between 0 and 1", "from 0 to 1, ends included", "between -1 and 1",
  ]

  static let exerciseStatus = ExerciseCard.Status(
    code: "def sigmoid(z):\n    return z", hintCount: 2)

  static let document = Document(
    id: "tour", title: "Tour",
    blocks: [
      .paragraph("Answer these."),
      .quiz(
        QuizCard(
          id: "range", kind: .single, question: "Which values can σ(z) take?", choices: choices)),
      .quiz(QuizCard(id: "count", kind: .numeric, question: "How many parameters?")),
      .quiz(
        QuizCard(
          id: "activations", kind: .multiple, question: "Which are activations?",
          choices: ["ReLU", "Adam", "tanh"])),
      .quiz(
        QuizCard(id: "sum", kind: .predict(cell: 0), question: "What does the next cell print?")),
      .code("print(1 + 1)"),
      .exercise(
        ExerciseCard(
          id: "sigmoid", title: "The sigmoid", task: "Write sigmoid(z) = 1/(1 + e⁻ᶻ).",
          status: exerciseStatus)),
    ])

  /// The items in order: 0 range, 1 count, 2 activations, 3 sum, 4 cell 0, 5 sigmoid.
  static func opened(
    width: Int = 80, height: Int = 24, selecting item: Int = 0, externalEditor: Bool = true
  ) -> AppState {
    var state = Fixtures.state(width: width, height: height)
    state.hasExternalEditor = externalEditor
    _ = update(&state, with: .lessonOpened(document))
    state.lesson.selection = item
    state.revealSelection()  // as selecting it with n does
    return state
  }

  /// The standing after a wrong answer `2` to the choice quiz.
  static let wrongRange = LessonStanding(
    lessonID: "tour",
    quizzes: [
      "range": QuizCard.Status(
        attempts: 1, lastAnswer: "2", verdict: "Not quite.",
        hint: "e⁻ᶻ > 0 for every z, so σ(z) never reaches 0 or 1.",
        explanation: "1 + e⁻ᶻ > 1, so σ(z) lies strictly between 0 and 1.")
    ])

  /// The standing after a failed check of the exercise.
  static let failedSigmoid = LessonStanding(
    lessonID: "tour",
    exercises: [
      "sigmoid": ExerciseCard.Status(
        code: "def sigmoid(z):\n    return 1 / (1 + np.exp(z))", failedAttempts: 1,
        hints: ["σ(z) = 1/(1 + e⁻ᶻ): write it with np.exp(-z)."], hintCount: 2,
        report: [
          "✗ values at -1, 0 and 2: at index [0]: expected 0.2689414213699951, got 0.7310585786300049",
          "  hint: Your values are the negatives of σ(z); check the formula's signs.",
          "✓ keeps the shape of its input",
          "1 of 2 checks passed.",
        ])
    ])
}
