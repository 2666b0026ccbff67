// Fields added after a progress file was written decode to their defaults, so an older file of
// the same format version still loads instead of being moved aside.

extension LessonProgress.QuizProgress {
  enum CodingKeys: String, CodingKey {
    case itemHash, answers, isSolved, answerRevealed
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    itemHash = try container.decode(String.self, forKey: .itemHash)
    answers = try container.decodeIfPresent([QuizAnswer].self, forKey: .answers) ?? []
    isSolved = try container.decodeIfPresent(Bool.self, forKey: .isSolved) ?? false
    answerRevealed = try container.decodeIfPresent(Bool.self, forKey: .answerRevealed) ?? false
  }
}

extension LessonProgress.ExerciseProgress {
  enum CodingKeys: String, CodingKey {
    case itemHash, code, failedAttempts, hintsRevealed, isSolved, solutionRevealed, lastReport
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    itemHash = try container.decode(String.self, forKey: .itemHash)
    code = try container.decode(String.self, forKey: .code)
    failedAttempts = try container.decodeIfPresent(Int.self, forKey: .failedAttempts) ?? 0
    hintsRevealed = try container.decodeIfPresent(Int.self, forKey: .hintsRevealed) ?? 0
    isSolved = try container.decodeIfPresent(Bool.self, forKey: .isSolved) ?? false
    solutionRevealed = try container.decodeIfPresent(Bool.self, forKey: .solutionRevealed) ?? false
    lastReport = try container.decodeIfPresent([String].self, forKey: .lastReport) ?? []
  }
}
