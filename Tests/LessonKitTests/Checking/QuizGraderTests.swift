import Testing

@testable import LessonKit

@Suite struct QuizGraderTests {
  static let single = Quiz(
    id: "q",
    kind: .single([
      .init(text: "(0, 1)", isCorrect: true),
      .init(text: "(-1, 1)", isCorrect: false, hint: "That is tanh."),
      .init(text: "[0, ∞)", isCorrect: false),
    ]), question: "Range?", explanation: "e^-z > 0.", line: 1)

  static let multiple = Quiz(
    id: "m",
    kind: .multiple([
      .init(text: "ReLU", isCorrect: true),
      .init(text: "Adam", isCorrect: false, hint: "An optimizer."),
      .init(text: "tanh", isCorrect: true),
    ]), question: "Activations?", explanation: "", line: 1)

  static let numeric = Quiz(
    id: "n", kind: .numeric(answer: 12289, tolerance: .absolute(0)), question: "Parameters?",
    explanation: "12288 weights and a bias.",
    wrongAnswerHints: [.init(answer: "12288", feedback: "You forgot the bias.")], line: 1)

  @Test func readsTypedAnswers() {
    #expect(QuizGrader.read(" 2 ", for: Self.single) == .success(.choices([1])))
    #expect(QuizGrader.read("b", for: Self.single) == .success(.choices([1])))
    #expect(QuizGrader.read("1, 3", for: Self.multiple) == .success(.choices([0, 2])))
    #expect(QuizGrader.read("a c", for: Self.multiple) == .success(.choices([0, 2])))
    #expect(QuizGrader.read("1 2", for: Self.single) == .failure(.oneChoiceOnly))
    #expect(QuizGrader.read("7", for: Self.single) == .failure(.notAChoice("7", count: 3)))
    #expect(QuizGrader.read("", for: Self.single) == .failure(.empty))
    #expect(QuizGrader.read("1/4", for: Self.numeric) == .success(.number(0.25)))
    #expect(QuizGrader.read("lots", for: Self.numeric) == .failure(.notANumber("lots")))
  }

  @Test func describesInputErrors() {
    #expect(
      QuizInputError.notAChoice("7", count: 3).description
        == "'7' is not a choice (type a number from 1 to 3)")
    #expect(
      QuizInputError.notANumber("lots").description
        == "expected a number such as 0.5, -3 or 1/3, got 'lots'")
    #expect(QuizInputError.oneChoiceOnly.description == "pick one choice only")
  }

  @Test func gradesChoicesWithPerChoiceHints() {
    #expect(
      QuizGrader.grade(.choices([0]), for: Self.single)
        == QuizFeedback(isCorrect: true, message: "Correct.", hint: nil, explanation: "e^-z > 0."))
    #expect(
      QuizGrader.grade(.choices([1]), for: Self.single)
        == QuizFeedback(
          isCorrect: false, message: "Not quite.", hint: "That is tanh.", explanation: nil))
    #expect(QuizGrader.grade(.choices([0, 2]), for: Self.multiple).isCorrect)
    #expect(
      QuizGrader.grade(.choices([0]), for: Self.multiple).message
        == "Not quite: some correct choices are missing.")
    #expect(QuizGrader.grade(.choices([0, 1, 2]), for: Self.multiple).hint == "An optimizer.")
  }

  @Test func gradesNumbersWithToleranceAndHints() {
    #expect(QuizGrader.grade(.number(12289), for: Self.numeric).isCorrect)
    #expect(QuizGrader.grade(.number(12288), for: Self.numeric).hint == "You forgot the bias.")
    #expect(QuizGrader.grade(.number(5), for: Self.numeric).hint == nil)
    var relative = Self.numeric
    relative.kind = .numeric(answer: 0.5, tolerance: .relative(0.01))
    #expect(QuizGrader.grade(.number(0.504), for: relative).isCorrect)
    #expect(!QuizGrader.grade(.number(0.506), for: relative).isCorrect)
    #expect(!QuizGrader.grade(.number(.nan), for: relative).isCorrect)
  }

  @Test func gradesTextVariantsAndPredictions() {
    let text = Quiz(
      id: "t", kind: .text(accepted: ["sigmoid", "logistic function"]), question: "?",
      explanation: "",
      wrongAnswerHints: [.init(answer: "tanh", feedback: "tanh ranges over (-1, 1).")],
      line: 1)
    #expect(QuizGrader.grade(.text("  Logistic   Function "), for: text).isCorrect)
    #expect(QuizGrader.grade(.text("TANH"), for: text).hint == "tanh ranges over (-1, 1).")
    let predict = Quiz(
      id: "p", kind: .predict(cell: "c", expected: "(2, 3)\n6"), question: "?", explanation: "",
      line: 1)
    #expect(QuizGrader.grade(.text("(2,3)\n6\n"), for: predict).isCorrect)
    #expect(
      QuizGrader.grade(.text("(3, 2)\n6"), for: predict).message
        == "Not quite: run the cell to see what it prints.")
  }
}
