/// A quiz as the lesson pane shows it: the question, its choices, how the learner stands with it,
/// and what they are doing with it now (the highlighted choice, the answer being typed).
public struct QuizCard: Sendable, Equatable {
  /// How the quiz is answered.
  public enum Kind: Sendable, Equatable {
    /// Pick one choice.
    case single
    /// Pick every right choice.
    case multiple
    /// Type a number.
    case numeric
    /// Type a few words.
    case text
    /// Type what code cell `cell` will print, before it runs (`nil`: the cell is missing).
    case predict(cell: Int?)

    /// Whether the answer is picked among choices (rather than typed).
    public var isChoice: Bool { self == .single || self == .multiple }
  }

  /// Where the learner stands, as the lesson engine last reported it.
  public struct Status: Sendable, Equatable {
    /// Answers given so far.
    public var attempts: Int
    public var isSolved: Bool
    /// The learner gave up and was shown the answer.
    public var isAnswerRevealed: Bool
    /// The last answer as the learner gave it (`2`, `1, 3`, `12288`).
    public var lastAnswer: String?
    /// `Correct.` or `Not quite.` for the last answer.
    public var verdict: String?
    /// Feedback for that specific wrong answer.
    public var hint: String?
    /// Shown once the answer is right or revealed.
    public var explanation: String?
    /// The right answer, once revealed.
    public var answer: String?

    public init(
      attempts: Int = 0, isSolved: Bool = false, isAnswerRevealed: Bool = false,
      lastAnswer: String? = nil, verdict: String? = nil, hint: String? = nil,
      explanation: String? = nil, answer: String? = nil
    ) {
      self.attempts = attempts
      self.isSolved = isSolved
      self.isAnswerRevealed = isAnswerRevealed
      self.lastAnswer = lastAnswer
      self.verdict = verdict
      self.hint = hint
      self.explanation = explanation
      self.answer = answer
    }

    /// Whether the quiz is over: answered right, or its answer shown.
    public var isSettled: Bool { isSolved || isAnswerRevealed }
  }

  public var id: String
  public var kind: Kind
  /// The question, maths already Unicode.
  public var question: String
  /// The choices of a choice quiz, in order (empty otherwise).
  public var choices: [String]
  public var status: Status
  /// The highlighted choice (arrow keys move it).
  public var cursor: Int
  /// The choices ticked so far in a multiple-choice quiz.
  public var checked: Set<Int>
  /// The answer being typed, while the answer line is open.
  public var input: TextFieldState?

  public init(
    id: String, kind: Kind, question: String, choices: [String] = [], status: Status = Status()
  ) {
    self.id = id
    self.kind = kind
    self.question = question
    self.choices = choices
    self.status = status
    self.cursor = 0
    self.checked = []
    self.input = nil
  }

  /// What the learner would type for the current pick: `2` (single), `1, 3` (multiple).
  public var pickedAnswer: String {
    if kind == .multiple {
      return checked.sorted().map { String($0 + 1) }.joined(separator: ", ")
    }
    return String(cursor + 1)
  }
}
