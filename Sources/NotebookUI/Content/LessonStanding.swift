/// How the learner stands in one lesson: every quiz's and exercise's status, by id.
///
/// The lesson engine's progress, converted for the pane (`LessonStanding.init(_:for:)` in
/// Integration); `update` copies it into the open lesson's cards.
public struct LessonStanding: Sendable, Equatable {
  public var lessonID: String
  public var quizzes: [String: QuizCard.Status]
  public var exercises: [String: ExerciseCard.Status]

  public init(
    lessonID: String, quizzes: [String: QuizCard.Status] = [:],
    exercises: [String: ExerciseCard.Status] = [:]
  ) {
    self.lessonID = lessonID
    self.quizzes = quizzes
    self.exercises = exercises
  }
}
