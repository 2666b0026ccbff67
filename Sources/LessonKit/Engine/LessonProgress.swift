/// What a learner has done in one lesson: where they are, their answers and attempts, the
/// hints they have seen, what they solved, and their own code per exercise.
///
/// Keyed by the lesson id and the content hash of the lesson it was recorded against;
/// `LessonProgress.migrated(to:)` keeps what still applies when the lesson is edited. Codable as
/// human-readable JSON by `ProgressStore`.
public struct LessonProgress: Sendable, Equatable, Codable {
  /// The lesson's id.
  public var lessonID: String
  /// The content hash of the lesson this progress was recorded against.
  public var contentHash: String
  /// The index of the current block.
  public var position: Int
  /// Quiz progress by quiz id.
  public var quizzes: [String: QuizProgress]
  /// Exercise progress by exercise id.
  public var exercises: [String: ExerciseProgress]
  /// Printed output of the cells the learner ran, by block index (for the transcript).
  public var cellOutputs: [Int: String]
  /// Whether the learner has gone past the last block.
  public var isFinished: Bool
  /// Whether a finished lesson is open read-only.
  public var isReviewing: Bool
  /// The exercise whose solution is waiting for the learner's confirmation.
  public var pendingSolution: String?

  /// Fresh progress at the start of a lesson.
  public init(lesson: Lesson) {
    lessonID = lesson.id
    contentHash = lesson.contentHash
    position = 0
    quizzes = [:]
    exercises = [:]
    cellOutputs = [:]
    isFinished = false
    isReviewing = false
    pendingSolution = nil
  }

  /// The progress of one quiz.
  public struct QuizProgress: Sendable, Equatable, Codable {
    /// The hash of the quiz's definition when the answers were given.
    public var itemHash: String
    /// Every answer, in order.
    public var answers: [QuizAnswer] = []
    /// Whether the last answer was right.
    public var isSolved = false
    /// Whether the learner gave up and was shown the answer.
    public var answerRevealed = false

    /// Creates quiz progress.
    public init(itemHash: String) {
      self.itemHash = itemHash
    }
  }

  /// The progress of one exercise.
  public struct ExerciseProgress: Sendable, Equatable, Codable {
    /// The hash of the exercise's definition when this was recorded.
    public var itemHash: String
    /// The learner's code (starts as the starter).
    public var code: String
    /// Submissions that failed.
    public var failedAttempts = 0
    /// How many hints have been revealed, in order.
    public var hintsRevealed = 0
    /// Whether a submission passed every check.
    public var isSolved = false
    /// Whether the reference solution has been shown.
    public var solutionRevealed = false
    /// The last check report as lines, for the transcript.
    public var lastReport: [String] = []

    /// Creates exercise progress starting from `code`.
    public init(itemHash: String, code: String) {
      self.itemHash = itemHash
      self.code = code
    }
  }
}
