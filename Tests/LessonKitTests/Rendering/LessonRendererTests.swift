import Testing

@testable import LessonKit

@Suite struct LessonRendererTests {
  static let source = """
    ---
    id: demo
    title: Demo
    course: 1
    week: 2
    format: 1
    ---
    # The sigmoid
    The *sigmoid* $\\sigma(z) = \\frac{1}{1+e^{-z}}$ squashes every score into a probability between zero and one.

    - first item
    1. step

    | x | $\\sigma(x)$ |
    |---|---|
    | 0 | 0.5 |

    > quoted

    $$\\frac{1}{m}$$

    ```python id=c
    print(1)
    ```
    ```output
    1
    ```

    ```quiz
    id: q
    kind: single
    question: Range?
    - [x] (0, 1)
    - [ ] (-1, 1)
    explanation: e.
    ```

    ```exercise
    id: e
    title: Sigmoid
    --- task
    Write it.
    --- starter
    # START CODE HERE
    s = 0
    # END CODE HERE
    --- solution
    s = 1
    --- hint
    One.
    --- check
    equals: s
    ```
    """

  @Test func rendersPlainText() throws {
    let lesson = try LessonParser.parse(Self.source, file: "demo.md")
    #expect(
      LessonRenderer.plainText(lesson, width: 40) == [
        "Demo", "════", "lesson demo · course 1 · week 2",
        "", "The sigmoid", "━━━━━━━━━━━",
        "", "The sigmoid σ(z) = 1/(1 + e⁻ᶻ) squashes", "every score into a probability between",
        "zero and one.",
        "", "• first item",
        "", "1. step",
        "", "x │ σ(x)", "──┼─────", "0 │ 0.5",
        "", "│ quoted",
        "", "     1", "    ───", "     m",
        "", "python (c):", "    print(1)", "output:", "    1",
        "", "Quiz (pick one): Range?", "  1) (0, 1)", "  2) (-1, 1)",
        "", "Exercise e: Sigmoid", "Write it.", "starter:", "    # START CODE HERE", "    s = 0",
        "    # END CODE HERE",
        "(1 hint, 1 check)",
      ])
  }

  @Test func rendersTheCatalogueWithProgressMarks() throws {
    let lesson = try LessonParser.parse(Self.source, file: "L/01-demo.md")
    let other = try LessonParser.parse(
      "---\nid: other\ntitle: Other lesson\npart: x\nformat: 1\n---\n", file: "L/02-other.md")
    let catalog = LessonCatalog(files: [
      ("L/01-demo.md", Self.source),
      ("L/02-other.md", "---\nid: other\ntitle: Other lesson\npart: x\nformat: 1\n---\n"),
    ])
    var progress = LessonProgress(lesson: lesson)
    progress.quizzes["q"] = LessonProgress.QuizProgress(itemHash: "x")
    progress.quizzes["q"]?.isSolved = true
    var finished = LessonProgress(lesson: other)
    finished.isFinished = true
    #expect(
      LessonRenderer.catalogue(catalog, progress: ["demo": progress, "other": finished]) == [
        "◐  demo   Demo          0/1 exercises, 1/1 quizzes  (course 1 · week 2)",
        "✓  other  Other lesson  0/0 exercises, 0/0 quizzes  (part x)",
      ])
  }
}
