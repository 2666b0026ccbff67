/// A question with a checked answer, an explanation shown after answering, and hints for
/// specific wrong answers (okpy's misconception feedback).
public struct Quiz: Sendable, Equatable {
  /// The stable id; unique within the lesson.
  public var id: String
  /// The kind of question, with its answer.
  public var kind: Kind
  /// The question, as Markdown prose.
  public var question: String
  /// Shown once the learner has answered correctly (or given up).
  public var explanation: String
  /// Feedback for specific wrong answers of numeric, text and predict quizzes
  /// (choice quizzes attach hints to their choices).
  public var wrongAnswerHints: [WrongAnswerHint]
  /// The 1-based line of the opening fence.
  public var line: Int

  /// Creates a quiz.
  public init(
    id: String, kind: Kind, question: String, explanation: String,
    wrongAnswerHints: [WrongAnswerHint] = [], line: Int
  ) {
    self.id = id
    self.kind = kind
    self.question = question
    self.explanation = explanation
    self.wrongAnswerHints = wrongAnswerHints
    self.line = line
  }

  /// The kinds of quiz, each with its answer.
  public enum Kind: Sendable, Equatable {
    /// Exactly one choice is correct.
    case single([Choice])
    /// Any set of choices is correct; the learner must pick exactly that set.
    case multiple([Choice])
    /// A number, accepted within a tolerance.
    case numeric(answer: Double, tolerance: NumericTolerance)
    /// A short text, accepted in any of its variants (trimmed, case and inner spacing ignored).
    case text(accepted: [String])
    /// The output of the python cell with the given id, to predict before it runs.
    case predict(cell: String, expected: String)

    /// The name written after `kind:` in a quiz block.
    public var name: String {
      switch self {
      case .single: "single"
      case .multiple: "multiple"
      case .numeric: "numeric"
      case .text: "text"
      case .predict: "predict"
      }
    }
  }

  /// One choice of a choice quiz.
  public struct Choice: Sendable, Equatable {
    /// The choice as shown.
    public var text: String
    /// Whether the choice belongs to the answer (`- [x]`).
    public var isCorrect: Bool
    /// Feedback shown when the learner picks this choice wrongly.
    public var hint: String?

    /// Creates a choice.
    public init(text: String, isCorrect: Bool, hint: String? = nil) {
      self.text = text
      self.isCorrect = isCorrect
      self.hint = hint
    }
  }

  /// Feedback for one specific wrong answer (`hint for 12288: you forgot the bias`).
  public struct WrongAnswerHint: Sendable, Equatable {
    /// The wrong answer, as the learner would type it.
    public var answer: String
    /// What to tell the learner.
    public var feedback: String

    /// Creates a hint.
    public init(answer: String, feedback: String) {
      self.answer = answer
      self.feedback = feedback
    }
  }
}
