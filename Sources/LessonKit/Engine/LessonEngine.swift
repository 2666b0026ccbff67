/// The lesson state machine: a pure function from progress and an event to new progress and
/// the outputs to show, shared by the notebook UI, the line mode and the tests.
///
/// ```swift
/// let engine = LessonEngine(lesson: lesson, runtime: MiniPythonRuntime())
/// var progress = LessonProgress(lesson: lesson)
/// let (next, outputs) = engine.advance(progress, with: .answer(quiz: "q1", input: "2"))
/// ```
/// Checking an exercise runs the learner's code through the runtime in fresh seeded sessions,
/// so the result depends only on the progress, the event and the lesson.
public struct LessonEngine: Sendable {
  /// Failed attempts after which the solution may be revealed.
  public static let attemptsBeforeSolution = 3

  /// The lesson being taken.
  public var lesson: Lesson
  /// Checks exercises.
  public var checker: ExerciseChecker

  /// Creates an engine for `lesson`, checking exercises with `runtime`.
  public init(lesson: Lesson, runtime: any LessonRuntime) {
    self.lesson = lesson
    self.checker = ExerciseChecker(runtime: runtime, seed: lesson.header.seed)
  }

  /// Applies `event` to `progress`.
  ///
  /// - Returns: the new progress and what to show, in order.
  public func advance(_ progress: LessonProgress, with event: LessonEvent) -> (
    LessonProgress, [LessonOutput]
  ) {
    var progress = progress
    var outputs: [LessonOutput] = []
    if progress.isReviewing, event.changesWork {
      return (progress, [.notice(LessonEngine.reviewNotice)])
    }
    if case .confirmSolution = event {} else { progress.pendingSolution = nil }
    switch event {
    case .next:
      if progress.position + 1 < lesson.blocks.count {
        progress.position += 1
        outputs.append(.block(progress.position))
      } else {
        progress.isFinished = true
        outputs.append(.finished)
      }
    case .previous:
      progress.position = max(0, min(progress.position, lesson.blocks.count) - 1)
      if !lesson.blocks.isEmpty { outputs.append(.block(progress.position)) }
    case .goTo(let index):
      guard lesson.blocks.indices.contains(index) else {
        return (
          progress,
          [.notice("There is no block \(index + 1); the lesson has \(lesson.blocks.count).")]
        )
      }
      progress.position = index
      outputs.append(.block(index))
    case .cellRan(let block, let result):
      progress.cellOutputs[block] = result.text + (result.error.map { "\n" + $0 } ?? "")
    case .answer(let id, let input):
      outputs = answer(id, input, &progress)
    case .revealAnswer(let id):
      outputs = revealAnswer(id, &progress)
    case .edit(let id, let code):
      guard let exercise = lesson.exercise(id) else { return (progress, [unknownExercise(id)]) }
      progress.exercises[id, default: start(exercise)].code = code
    case .submit(let id, let code):
      outputs = submit(id, code, &progress)
    case .revealHint(let id):
      outputs = revealHint(id, &progress)
    case .requestSolution(let id):
      outputs = requestSolution(id, &progress)
    case .confirmSolution(let id):
      outputs = confirmSolution(id, &progress)
    case .resetExercise(let id):
      guard let exercise = lesson.exercise(id) else { return (progress, [unknownExercise(id)]) }
      progress.exercises[id, default: start(exercise)].code = exercise.starter
      outputs.append(.code(exercise: id, code: exercise.starter))
    case .startReview:
      guard progress.isFinished else {
        return (progress, [.notice("Review opens once the lesson is finished.")])
      }
      progress.isReviewing = true
      progress.position = 0
      outputs.append(.notice(LessonEngine.reviewNotice))
      if !lesson.blocks.isEmpty { outputs.append(.block(0)) }
    case .endReview:
      progress.isReviewing = false
    }
    return (progress, outputs)
  }

  static let reviewNotice =
    "You are reviewing a finished lesson read-only; reset it to work through it again."

  func unknownExercise(_ id: String) -> LessonOutput {
    .notice("This lesson has no exercise '\(id)'.")
  }

  /// Fresh progress for an exercise: the starter code.
  func start(_ exercise: Exercise) -> LessonProgress.ExerciseProgress {
    LessonProgress.ExerciseProgress(
      itemHash: LessonEngine.hash(of: exercise), code: exercise.starter)
  }

  func answer(_ id: String, _ input: String, _ progress: inout LessonProgress) -> [LessonOutput] {
    guard let quiz = lesson.quiz(id) else { return [.notice("This lesson has no quiz '\(id)'.")] }
    let answer: QuizAnswer
    switch QuizGrader.read(input, for: quiz) {
    case .success(let value): answer = value
    case .failure(let error): return [.inputError(error.description)]
    }
    let feedback = QuizGrader.grade(answer, for: quiz)
    var record =
      progress.quizzes[id] ?? LessonProgress.QuizProgress(itemHash: LessonEngine.hash(of: quiz))
    record.answers.append(answer)
    record.isSolved = feedback.isCorrect
    progress.quizzes[id] = record
    return [.quizFeedback(quiz: id, feedback)]
  }

  func revealAnswer(_ id: String, _ progress: inout LessonProgress) -> [LessonOutput] {
    guard let quiz = lesson.quiz(id) else { return [.notice("This lesson has no quiz '\(id)'.")] }
    guard let record = progress.quizzes[id], !record.answers.isEmpty else {
      return [.notice("Try the question once before asking for its answer.")]
    }
    progress.quizzes[id]?.answerRevealed = true
    return [.quizAnswer(quiz: id, answer: LessonEngine.answerText(quiz), explanation: quiz.explanation)]
  }

  /// The right answer as the learner would type it.
  public static func answerText(_ quiz: Quiz) -> String {
    switch quiz.kind {
    case .single(let choices), .multiple(let choices):
      return choices.indices.filter { choices[$0].isCorrect }
        .map { "\($0 + 1)) \(InlineText.plain(choices[$0].text))" }.joined(separator: "; ")
    case .numeric(let answer, let tolerance):
      let margin = tolerance == .absolute(1e-9) || tolerance == .absolute(0) ? "" : " (within \(tolerance))"
      return NumberText.short(answer) + margin
    case .text(let accepted): return accepted[0]
    case .predict(_, let expected): return expected
    }
  }
}

extension LessonEvent {
  /// Whether the event would change the learner's work (refused in read-only review).
  var changesWork: Bool {
    switch self {
    case .answer, .revealAnswer, .edit, .submit, .revealHint, .requestSolution, .confirmSolution,
      .resetExercise:
      true
    default:
      false
    }
  }
}
