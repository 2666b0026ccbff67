import Testing

@testable import LessonKit

@Suite struct LessonParserTests {
  static let header = """
    ---
    id: tiny
    title: A tiny lesson
    course: 1
    week: 2
    prerequisites: [intro, numpy]
    format: 1
    seed: 7
    ---
    """

  @Test func readsHeader() throws {
    let lesson = try LessonParser.parse(Self.header + "\n", file: "t.md")
    #expect(
      lesson.header
        == LessonHeader(
          id: "tiny", title: "A tiny lesson", course: 1, week: 2,
          prerequisites: ["intro", "numpy"], format: 1, seed: 7))
    #expect(lesson.header.placement == "course 1 · week 2")
    #expect(lesson.blocks.isEmpty)
  }

  @Test func readsProseBlocks() throws {
    let source =
      Self.header + """

        # Title
        A *paragraph* over
        two lines with $x^2$.

        - one
        - two
          continued
        1. first
        2. second

        > quoted
        > text

        | a | b |
        |---|:-:|
        | 1 | 2 |

        $$J = \\frac{1}{m}$$

        $$
        a + b
        $$
        """
    let lesson = try LessonParser.parse(source, file: "t.md")
    #expect(
      lesson.blocks.map(\.kind) == [
        .heading(level: 1, text: "Title"),
        .paragraph("A *paragraph* over two lines with $x^2$."),
        .list(ordered: false, items: ["one", "two continued"]),
        .list(ordered: true, items: ["first", "second"]),
        .quote("quoted text"),
        .table(header: ["a", "b"], rows: [["1", "2"]]),
        .math("J = \\frac{1}{m}"),
        .math("a + b"),
      ])
    #expect(lesson.blocks.map(\.line) == [10, 11, 14, 17, 20, 23, 27, 29])
  }

  @Test func readsCellsWithRecordedOutput() throws {
    let source =
      Self.header + """

        ```python id=shapes
        print((2, 3))
        ```
        ```output
        (2, 3)
        ```
        ```text
        plain
        ```
        """
    let lesson = try LessonParser.parse(source, file: "t.md")
    #expect(
      lesson.blocks.map(\.kind) == [
        .cell(
          PythonCell(id: "shapes", source: "print((2, 3))", expectedOutput: "(2, 3)", line: 10)),
        .code(language: "text", text: "plain"),
      ])
  }

  @Test func readsEveryQuizKind() throws {
    let source =
      Self.header + """

        ```quiz
        id: q1
        kind: single
        question: Range of sigmoid?
        - [x] (0, 1)
        - [ ] (-1, 1)
          hint: That is tanh.
        explanation: Because e^-z > 0.
        ```
        ```quiz
        id: q2
        kind: multiple
        question: Which are activations?
        - [x] ReLU
        - [X] tanh
        - [ ] Adam
        ```
        ```quiz
        id: q3
        kind: numeric
        question: Parameters?
        answer: 12289
        tolerance: 1%
        hint for 12288: You forgot the bias.
        ```
        ```quiz
        id: q4
        kind: text
        question: Name of σ?
        answer: sigmoid
        accept: logistic
        accept: logistic function
        --- explanation
        It squashes.
        ```
        ```quiz
        id: q5
        kind: predict
        question: What does it print?
        cell: c1
        ```
        ```python id=c1
        print(1 + 1)
        ```
        ```output
        2
        ```
        """
    let lesson = try LessonParser.parse(source, file: "t.md")
    let quizzes = lesson.quizzes
    #expect(quizzes.map(\.id) == ["q1", "q2", "q3", "q4", "q5"])
    #expect(
      quizzes[0].kind
        == .single([
          Quiz.Choice(text: "(0, 1)", isCorrect: true),
          Quiz.Choice(text: "(-1, 1)", isCorrect: false, hint: "That is tanh."),
        ]))
    #expect(quizzes[0].explanation == "Because e^-z > 0.")
    #expect(quizzes[1].kind.name == "multiple")
    #expect(quizzes[2].kind == .numeric(answer: 12289, tolerance: .relative(0.01)))
    #expect(
      quizzes[2].wrongAnswerHints == [
        Quiz.WrongAnswerHint(answer: "12288", feedback: "You forgot the bias.")
      ])
    #expect(quizzes[3].kind == .text(accepted: ["sigmoid", "logistic", "logistic function"]))
    #expect(quizzes[3].explanation == "It squashes.")
    #expect(quizzes[4].kind == .predict(cell: "c1", expected: "2"))
    #expect(quizzes[4].line == 45)
  }

  @Test func readsAnExercise() throws {
    let source =
      Self.header + """

        ```exercise
        id: sigmoid
        title: The sigmoid
        --- task
        Write `sigmoid(z)`.
        --- setup
        import numpy as np
        --- starter
        def sigmoid(z):
            # START CODE HERE
            s = None
            # END CODE HERE
            return s
        --- solution
        def sigmoid(z):
            return 1 / (1 + np.exp(-z))
        --- hint
        Use np.exp.
        --- hint
        It works elementwise.
        --- check
        name: values
        close: sigmoid(np.array([0.0, 2.0]))
        expect: [0.5, 0.8807970779778823]
        tolerance: 1e-7
        --- check
        shape: sigmoid(np.zeros((2, 3)))
        expect: (2, 3)
        --- check
        gradient: sigmoid_grad(z)
        of: np.sum(sigmoid(z))
        wrt: z
        --- check
        loss-below: train({steps})
        threshold: 0.3
        steps: 100
        --- misconception sign
        feedback: Check the sign of the exponent.
        --- misconception factor
        factor: 4
        feedback: Divide by m once.
        ```
        """
    let exercise = try #require(try LessonParser.parse(source, file: "t.md").exercise("sigmoid"))
    #expect(exercise.title == "The sigmoid")
    #expect(exercise.setup == "import numpy as np")
    #expect(exercise.starterRegion == "    s = None")
    #expect(exercise.hints == ["Use np.exp.", "It works elementwise."])
    #expect(
      exercise.checks == [
        ExerciseCheck(
          name: "values", expression: "sigmoid(np.array([0.0, 2.0]))",
          kind: .close(
            expected: .list([.float(0.5), .float(0.8807970779778823)]), absolute: 1e-7,
            relative: 1e-5), line: 30),
        ExerciseCheck(
          name: "check 2 (shape)", expression: "sigmoid(np.zeros((2, 3)))",
          kind: .shape(expected: [2, 3]), line: 35),
        ExerciseCheck(
          name: "check 3 (gradient)", expression: "sigmoid_grad(z)",
          kind: .gradient(function: "np.sum(sigmoid(z))", variable: "z", maxRelativeError: 1e-6),
          line: 38),
        ExerciseCheck(
          name: "check 4 (loss-below)", expression: "train({steps})",
          kind: .lossBelow(threshold: 0.3, steps: 100), line: 42),
      ])
    #expect(
      exercise.misconceptions == [
        Misconception(kind: .signFlipped, feedback: "Check the sign of the exponent.", line: 46),
        Misconception(kind: .factor(4), feedback: "Divide by m once.", line: 48),
      ])
  }

  @Test func hashesContent() throws {
    let a = try LessonParser.parse(Self.header, file: "t.md")
    let b = try LessonParser.parse(Self.header + "\nMore.", file: "t.md")
    #expect(a.contentHash.count == 16)
    #expect(a.contentHash != b.contentHash)
    #expect(ContentHash.of("") == "cbf29ce484222325")
    #expect(ContentHash.of("a") == "af63dc4c8601ec8c")
  }
}

@Suite struct LessonParserEdgeCaseTests {
  @Test func acceptsWindowsLineEndingsAndTildeFences() throws {
    let source = "---\r\nid: w\r\ntitle: W\r\nformat: 1\r\n---\r\nText.\r\n~~~python\r\nx = 1\r\n~~~\r\n"
    let lesson = try LessonParser.parse(source, file: "w.md")
    #expect(lesson.blocks.map(\.kind) == [.paragraph("Text."), .cell(PythonCell(source: "x = 1", line: 7))])
  }

  @Test func longerFencesNestShorterOnes() throws {
    let source = "---\nid: n\ntitle: N\nformat: 1\n---\n````markdown\n```python\nx = 1\n```\n````\n"
    let lesson = try LessonParser.parse(source, file: "n.md")
    #expect(lesson.blocks.map(\.kind) == [.code(language: "markdown", text: "```python\nx = 1\n```")])
  }

  @Test func keepsSectionTextVerbatim() throws {
    let source = """
      ---
      id: v
      title: V
      format: 1
      ---
      ```exercise
      id: e
      --- task
      Line one.

      Line two.
      --- starter
      def f():
          # START CODE HERE
          return 0

          # END CODE HERE
      --- solution
      def f():
          return 1
      --- hint
      h
      --- check
      equals: f()
      ```
      """
    let exercise = try #require(try LessonParser.parse(source, file: "v.md").exercise("e"))
    #expect(exercise.task == "Line one.\n\nLine two.")
    #expect(exercise.starterRegion == "    return 0\n")
  }
}
