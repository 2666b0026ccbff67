import LessonKit
import NotebookUI
import Testing

@Suite struct DocumentLessonTests {
  static let catalog = LessonCatalog(files: [
    (
      "01-sigmoid.md",
      """
      ---
      id: sigmoid
      title: The sigmoid
      course: 1
      format: 1
      ---
      # Squashing

      The sigmoid is $\\sigma(z) = \\frac{1}{1+e^{-z}}$.

      - one
      - two

      ```python
      print(1 + 1)
      ```
      """
    ),
    ("02-extra.md", "---\nid: extra\ntitle: Extra\nformat: 1\n---\nText.\n"),
    ("03-deep.md", "---\nid: deep\ntitle: Deep\ncourse: 1\nformat: 1\n---\nText.\n"),
  ])

  @Test func convertsProseCellsAndOtherBlocks() throws {
    let lesson = try #require(Self.catalog.lesson("sigmoid"))
    let document = Document(lesson, outputs: [0: "2\n"])
    #expect(document.title == "The sigmoid")
    #expect(
      document.blocks == [
        .heading("Squashing"),
        .paragraph("The sigmoid is σ(z) = 1/(1 + e⁻ᶻ)."),
        .preformatted(["• one", "• two"]),
        .code("print(1 + 1)"),
        .output([.text("2\n")]),
      ])
  }

  @Test func sectionsNameTheCoursesInFileOrder() {
    let catalog = LessonCatalog(files: [
      ("00-tour.md", "---\nid: tour\ntitle: Tour\npart: tour\nformat: 1\n---\n"),
      ("01-knn.md", "---\nid: knn\ntitle: kNN\npart: cs231n-1\nformat: 1\n---\n"),
      ("05-lr.md", "---\nid: lr\ntitle: LR\ncourse: 1\nweek: 2\nformat: 1\n---\n"),
      ("09-reg.md", "---\nid: reg\ntitle: Reg\ncourse: 2\nweek: 1\nformat: 1\n---\n"),
    ])
    #expect(
      TreeItem.rows(for: catalog, progress: [:]).filter { $0.id == nil }.map(\.title) == [
        "Start here", "cs231n · Visual recognition", "Course 1 · Neural networks and deep learning",
        "Course 2 · Improving deep neural networks",
      ])
  }

  @Test func catalogueRowsGroupByCourseWithMarks() {
    let rows = TreeItem.rows(for: Self.catalog, progress: [:])
    #expect(
      rows == [
        TreeItem(id: nil, title: "Course 1 · Neural networks and deep learning"),
        TreeItem(
          id: "sigmoid", title: "The sigmoid", depth: 1,
          searchText: "Squashing The sigmoid is σ(z) = 1/(1 + e⁻ᶻ)."),
        TreeItem(id: "deep", title: "Deep", depth: 1, searchText: "Text."),
        TreeItem(id: nil, title: "More lessons"),
        TreeItem(id: "extra", title: "Extra", depth: 1, searchText: "Text."),
      ])
  }
}

@Suite struct DocumentLessonCardTests {
  static let lesson = """
    ---
    id: cards
    title: Cards
    format: 1
    ---
    ```python id=sum
    print(1 + 1)
    ```
    ```output
    2
    ```

    ```quiz
    id: predict
    kind: predict
    question: What does cell `sum` print?
    cell: sum
    explanation: One and one.
    ```

    ```quiz
    id: range
    kind: multiple
    question: Which are in $[0, 1]$?
    - [x] $\\sigma(0)$
    - [ ] $-1$
    explanation: Only the first.
    ```

    ```exercise
    id: double
    title: Double *it*
    --- task
    Return $2x$.

    Use `*`.
    --- starter
    def double(x):
        # START CODE HERE
        return x
        # END CODE HERE
    --- solution
    def double(x):
        return 2 * x
    --- hint
    Multiply.
    --- check
    name: doubles
    close: double(2.0)
    expect: 4.0
    ```
    """

  @Test func quizzesAndExercisesBecomeCardsWithUnicodeMaths() throws {
    let catalog = LessonCatalog(files: [("01-cards.md", Self.lesson)])
    let lesson = try #require(catalog.lesson("cards"))
    let document = Document(lesson)
    #expect(
      Array(document.blocks.dropFirst()) == [
        .quiz(
          QuizCard(id: "predict", kind: .predict(cell: 0), question: "What does cell sum print?")),
        .quiz(
          QuizCard(
            id: "range", kind: .multiple, question: "Which are in [0, 1]?",
            choices: ["σ(0)", "−1"])),
        .exercise(
          ExerciseCard(
            id: "double", title: "Double it", task: "Return 2x.\n\nUse *.",
            status: ExerciseCard.Status(
              code: "def double(x):\n    # START CODE HERE\n    return x\n    # END CODE HERE",
              hintCount: 1))),
      ])
    #expect(
      document.items.map(\.item) == [
        .cell(0), .quiz("predict"), .quiz("range"), .exercise("double"),
      ])
  }

  @Test func aReloadKeepsTheLearnersPlaceInUnchangedCards() {
    var old = LessonFixtures.document
    var quiz = QuizCard(id: "count", kind: .numeric, question: "How many parameters?")
    quiz.status = QuizCard.Status(attempts: 1, lastAnswer: "3", verdict: "Not quite.")
    quiz.input = TextFieldState("4")
    old.blocks[2] = .quiz(quiz)
    let reloaded = LessonFixtures.document.carryingOutputs(from: old)
    #expect(reloaded.blocks[2] == .quiz(quiz))
    #expect(reloaded.blocks[1] == LessonFixtures.document.blocks[1])
  }
}

extension DocumentLessonTests {
  @Test func aFirstHeadingThatRepeatsTheTitleIsLeftOut() throws {
    let catalog = LessonCatalog(files: [
      (
        "01-same.md",
        "---\nid: same\ntitle: The sigmoid\nformat: 1\n---\n# The sigmoid\n\nText.\n\n# The sigmoid\n"
      ),
      ("02-longer.md", "---\nid: longer\ntitle: Tuning\nformat: 1\n---\n# Tuning and batch norm\n"),
    ])
    let same = Document(try #require(catalog.lesson("same")))
    #expect(same.blocks == [.paragraph("Text."), .heading("The sigmoid")])
    let longer = Document(try #require(catalog.lesson("longer")))
    #expect(longer.blocks == [.heading("Tuning and batch norm")])
  }
}
