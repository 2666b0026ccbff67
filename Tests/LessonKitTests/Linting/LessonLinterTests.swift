import Testing

@testable import LessonKit

@Suite struct LessonLinterTests {
  static let header = "---\nid: t\ntitle: T\nformat: 1\n---\n"

  func lint(_ body: String, runtime: (any LessonRuntime)? = FakeRuntime()) -> [String] {
    LessonLinter.lint(source: Self.header + body, file: "t.md", runtime: runtime).map(\.description)
  }

  @Test func passesTheShippedTourWithoutRunningPython() throws {
    let tour = try #require(LessonCatalog.embedded.lesson("tour"))
    #expect(LessonLinter.lint(tour, runtime: nil).map(\.description) == [])
  }

  @Test func reportsFormatErrorsAsDiagnostics() {
    #expect(
      lint("```quiz\nid: q\n") == ["t.md:6: error: the ```quiz block opened here is never closed"])
  }

  @Test func reportsUnknownLaTeXCommandsWithHelp() {
    #expect(
      lint("Text with $\\sigmaa(z)$.\n\n$$\n\\frak{1}{2}\n$$\n") == [
        "t.md:6: error: unknown LaTeX command \\sigmaa\nhelp: did you mean \\sigma?",
        "t.md:8: error: unknown LaTeX command \\frak\nhelp: did you mean \\frac?",
      ])
  }

  @Test func runsCellsAndComparesRecordedOutput() {
    #expect(
      lint(
        "```python\nraise ValueError: bad shape\n```\n```python\nprint(2)\n```\n```output\n3\n```\n"
      ) == [
        "t.md:6: error: the python cell raised ValueError: bad shape",
        "t.md:9: error: the cell's output differs from its recorded output\nhelp: output line 1: recorded '3', got '2'",
      ])
  }

  @Test func requiresExplanationsAndTwoChoices() {
    #expect(
      lint("```quiz\nid: q\nkind: single\nquestion: Q?\n- [x] a\n```\n") == [
        "t.md:6: error: quiz 'q' has no explanation",
        "t.md:6: error: quiz 'q' needs at least two choices",
      ])
  }

  @Test func rejectsHintsThatAreNeverShown() {
    #expect(
      lint(
        "```quiz\nid: q\nkind: single\nquestion: Q?\n- [x] a\n  hint: Yes.\n- [ ] b\nexplanation: E.\n```\n"
      ) == [
        "t.md:6: error: choice 1 of quiz 'q' is correct, so its hint is never shown\nhelp: a choice's hint is feedback for picking it wrongly"
      ])
    #expect(
      lint(
        "```quiz\nid: n\nkind: numeric\nquestion: Q?\nanswer: 6\ntolerance: 0.5\nhint for 6.1: Close.\nhint for six: Digits.\nhint for 5: Too small.\nexplanation: E.\n```\n"
      ) == [
        "t.md:6: error: the hint for '6.1' of quiz 'n' is never shown: that answer is right\nhelp: a hint is feedback for one wrong answer",
        "t.md:6: error: the hint for 'six' of quiz 'n' is never shown: expected a number such as 0.5, -3 or 1/3, got 'six'",
      ])
  }

  static func exercise(
    starter: String = "a = 0", solution: String = "a = 2", hints: String = "--- hint\nTwo.\n",
    check: String = "--- check\nequals: a\nexpect: 2\n"
  ) -> String {
    "```exercise\nid: e\n--- task\nSet a.\n--- starter\n# START CODE HERE\n\(starter)\n# END CODE HERE\n--- solution\n\(solution)\n\(hints)\(check)```\n"
  }

  @Test func requiresFailingStarterAndPassingSolution() {
    #expect(lint(Self.exercise()) == [])
    #expect(
      lint(Self.exercise(starter: "a = 2", solution: "a = 3")) == [
        "t.md:6: error: the starter of exercise 'e' already passes its checks\nhelp: a check should fail until the learner fills in the marked region",
        "t.md:6: error: the reference solution of exercise 'e' fails its checks (check 1 (equals): expected 2, got 3)",
      ])
    #expect(
      lint(Self.exercise(solution: "raise ZeroDivisionError: division by zero")) == [
        "t.md:6: error: the reference solution of exercise 'e' fails its checks (it raised ZeroDivisionError: division by zero)"
      ])
  }

  @Test func requiresHintsAndChecks() {
    #expect(
      lint(Self.exercise(hints: "--- hint\n\n", check: "")) == [
        "t.md:6: error: hint 1 of exercise 'e' is empty",
        "t.md:6: error: exercise 'e' has no checks",
      ])
    #expect(lint(Self.exercise(hints: "")) == ["t.md:6: error: exercise 'e' has no hints"])
  }
}
