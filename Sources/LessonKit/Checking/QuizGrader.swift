/// Grades a learner's answer to a quiz, with feedback aimed at the specific wrong answer.
public enum QuizGrader {
  /// Reads the learner's typed answer: choice numbers or letters for choice quizzes
  /// (`2`, `1, 3`, `b d`), a number for numeric quizzes, any text otherwise.
  ///
  /// - Returns: the answer, or the reason it cannot be read (which costs no attempt).
  public static func read(_ input: String, for quiz: Quiz) -> Result<QuizAnswer, QuizInputError> {
    let text = input.trimmed
    switch quiz.kind {
    case .single(let choices), .multiple(let choices):
      let words = text.split(whereSeparator: { $0 == "," || $0 == " " })
      var picked: [Int] = []
      for word in words {
        if let number = Int(word), (1...choices.count).contains(number) {
          picked.append(number - 1)
        } else if word.count == 1, let scalar = word.lowercased().unicodeScalars.first,
          scalar.value >= 97, Int(scalar.value) - 97 < choices.count
        {
          picked.append(Int(scalar.value) - 97)
        } else {
          return .failure(.notAChoice(String(word), count: choices.count))
        }
      }
      guard !picked.isEmpty else { return .failure(.empty) }
      if case .single = quiz.kind, picked.count > 1 { return .failure(.oneChoiceOnly) }
      return .success(.choices(Set(picked).sorted()))
    case .numeric:
      guard !text.isEmpty else { return .failure(.empty) }
      guard let number = number(text) else { return .failure(.notANumber(text)) }
      return .success(.number(number))
    case .text, .predict:
      guard !text.isEmpty else { return .failure(.empty) }
      return .success(.text(input))
    }
  }

  /// Grades an answer.
  public static func grade(_ answer: QuizAnswer, for quiz: Quiz) -> QuizFeedback {
    switch (quiz.kind, answer) {
    case (.single(let choices), .choices(let indices)),
      (.multiple(let choices), .choices(let indices)):
      let picked = Set(indices.filter { choices.indices.contains($0) })
      let correct = Set(choices.indices.filter { choices[$0].isCorrect })
      if picked == correct { return .correct(quiz) }
      let wrongPick = picked.sorted().first { !choices[$0].isCorrect }
      let hint = wrongPick.flatMap { choices[$0].hint }
      if wrongPick == nil, case .multiple = quiz.kind {
        return .wrong("Not quite: some correct choices are missing.", hint: hint)
      }
      return .wrong("Not quite.", hint: hint)
    case (.numeric(let expected, let tolerance), .number(let got)):
      if tolerance.accepts(got, for: expected) { return .correct(quiz) }
      let hint = quiz.wrongAnswerHints.first {
        number($0.answer).map { tolerance.accepts(got, for: $0) } ?? false
      }
      return .wrong("Not quite.", hint: hint?.feedback)
    case (.text(let accepted), .text(let got)):
      let typed = normalized(got)
      if accepted.contains(where: { normalized($0) == typed }) { return .correct(quiz) }
      let hint = quiz.wrongAnswerHints.first { normalized($0.answer) == typed }
      return .wrong("Not quite.", hint: hint?.feedback)
    case (.predict(_, let expected), .text(let got)):
      if sameOutput(got, expected) { return .correct(quiz) }
      let hint = quiz.wrongAnswerHints.first { sameOutput(got, $0.answer) }
      return .wrong("Not quite: run the cell to see what it prints.", hint: hint?.feedback)
    default:
      return .wrong("That kind of answer does not fit this question.", hint: nil)
    }
  }

  /// `0.5`, `-3`, `1e-3`, or a fraction `1/3`.
  static func number(_ text: String) -> Double? {
    let trimmed = text.trimmed
    if let value = Double(trimmed) { return value }
    let parts = trimmed.split(separator: "/")
    if parts.count == 2, let a = Double(parts[0].trimmingSpaces),
      let b = Double(parts[1].trimmingSpaces), b != 0
    {
      return a / b
    }
    return nil
  }

  /// Lower case, trimmed, inner runs of spaces collapsed.
  static func normalized(_ text: String) -> String {
    text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
      .joined(separator: " ")
  }

  /// Outputs agree line by line ignoring trailing spaces, or agree once all spaces are removed
  /// (so `(2,3)` counts for `(2, 3)`).
  static func sameOutput(_ a: String, _ b: String) -> Bool {
    func lines(_ text: String) -> [String] {
      text.trimmed.split(separator: "\n", omittingEmptySubsequences: false).map {
        String($0.trimmingSpaces)
      }
    }
    if lines(a) == lines(b) { return true }
    return a.filter { !$0.isWhitespace } == b.filter { !$0.isWhitespace }
  }
}

/// A learner's answer to a quiz.
public enum QuizAnswer: Sendable, Equatable, Codable {
  /// The 0-based indices of the picked choices, ascending.
  case choices([Int])
  /// A number.
  case number(Double)
  /// Text, or a predicted output.
  case text(String)
}

/// Why a typed answer could not be read; the learner is asked again without losing an attempt.
public enum QuizInputError: Error, Sendable, Equatable, CustomStringConvertible {
  case empty
  case notANumber(String)
  case notAChoice(String, count: Int)
  case oneChoiceOnly

  public var description: String {
    switch self {
    case .empty: "type an answer first"
    case .notANumber(let text): "expected a number such as 0.5, -3 or 1/3, got '\(text)'"
    case .notAChoice(let text, let count):
      "'\(text)' is not a choice (type a number from 1 to \(count))"
    case .oneChoiceOnly: "pick one choice only"
    }
  }
}

/// The verdict on a quiz answer.
public struct QuizFeedback: Sendable, Equatable {
  /// Whether the answer is right.
  public var isCorrect: Bool
  /// `Correct.` or `Not quite.`
  public var message: String
  /// Feedback for this specific wrong answer, if the quiz has one.
  public var hint: String?
  /// The quiz's explanation, given with a correct answer.
  public var explanation: String?

  static func correct(_ quiz: Quiz) -> QuizFeedback {
    QuizFeedback(
      isCorrect: true, message: "Correct.", hint: nil,
      explanation: quiz.explanation.isEmpty ? nil : quiz.explanation)
  }

  static func wrong(_ message: String, hint: String?) -> QuizFeedback {
    QuizFeedback(isCorrect: false, message: message, hint: hint, explanation: nil)
  }
}
