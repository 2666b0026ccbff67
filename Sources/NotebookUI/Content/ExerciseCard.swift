/// An exercise as the lesson pane shows it: the task, the learner's code, and the results of
/// checking it, with the hints and the solution they asked for.
public struct ExerciseCard: Sendable, Equatable {
  /// Where the learner stands, as the lesson engine last reported it.
  public struct Status: Sendable, Equatable {
    /// The learner's code: the starter until they change it.
    public var code: String
    public var failedAttempts: Int
    public var isSolved: Bool
    /// The hints revealed so far, in order.
    public var hints: [String]
    /// How many hints the exercise has.
    public var hintCount: Int
    /// The last check report, one line per check (`✓ name`, `✗ name: expected … got …`).
    public var report: [String]
    /// The reference solution, once the learner asked for it and confirmed.
    public var solution: String?

    public init(
      code: String, failedAttempts: Int = 0, isSolved: Bool = false, hints: [String] = [],
      hintCount: Int = 0, report: [String] = [], solution: String? = nil
    ) {
      self.code = code
      self.failedAttempts = failedAttempts
      self.isSolved = isSolved
      self.hints = hints
      self.hintCount = hintCount
      self.report = report
      self.solution = solution
    }
  }

  /// Failed attempts after which the solution may be shown (as in the lesson engine).
  public static let attemptsBeforeSolution = 3

  public var id: String
  public var title: String
  /// The task, maths already Unicode.
  public var task: String
  public var status: Status
  /// The code is being checked now.
  public var isChecking: Bool

  public init(id: String, title: String, task: String, status: Status) {
    self.id = id
    self.title = title
    self.task = task
    self.status = status
    self.isChecking = false
  }

  /// Whether the solution may be shown: after a pass or three failed attempts.
  public var canShowSolution: Bool {
    status.isSolved || status.failedAttempts >= Self.attemptsBeforeSolution
  }
}
