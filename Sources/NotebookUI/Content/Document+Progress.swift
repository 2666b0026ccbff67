extension Document {
  /// How far the learner is through the lesson's quizzes and exercises, as the lesson pane's
  /// header says it: "2/6 quizzes answered · 0/2 exercises passed".
  ///
  /// A quiz counts once it is settled (answered right, or its answer shown); an exercise once
  /// its checks pass. A lesson with neither has no progress to show (`nil`).
  public var progressSummary: String? {
    var quizzes = 0
    var answered = 0
    var exercises = 0
    var passed = 0
    for block in blocks {
      switch block {
      case .quiz(let quiz):
        quizzes += 1
        if quiz.status.isSettled { answered += 1 }
      case .exercise(let exercise):
        exercises += 1
        if exercise.status.isSolved { passed += 1 }
      default: break
      }
    }
    var parts: [String] = []
    if quizzes > 0 { parts.append("\(answered)/\(quizzes) \(quizzes == 1 ? "quiz" : "quizzes") answered") }
    if exercises > 0 {
      parts.append("\(passed)/\(exercises) \(exercises == 1 ? "exercise" : "exercises") passed")
    }
    return parts.isEmpty ? nil : parts.joined(separator: " · ")
  }
}
