import Testing

@testable import LessonKit

/// Every malformed input produces this exact `file:line: error: message` text.
@Suite struct LessonFormatErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var body: String
    var message: String
    var testDescription: String { message }
  }

  static let header = "---\nid: t\ntitle: T\nformat: 1\n---\n"

  static let cases: [Case] = [
    Case(
      body: "```quiz\nid: q\nkind: single\nquestion: Q?\n- [x] a\n",
      message: "t.md:6: error: the ```quiz block opened here is never closed"),
    Case(
      body: "```quiz\nid: q\nkind: essay\nquestion: Q?\n```\n",
      message:
        "t.md:8: error: unknown quiz kind 'essay' (expected single, multiple, numeric, text or predict)"
    ),
    Case(
      body: "```quiz\nid: q\nkind: numeric\nquestion: Q?\n```\n",
      message: "t.md:6: error: quiz 'q' has no answer"),
    Case(
      body: "```quiz\nid: q\nkind: single\nquestion: Q?\n- [ ] a\n- [ ] b\n```\n",
      message: "t.md:6: error: quiz 'q' has no answer"),
    Case(
      body: "```quiz\nid: q\nkind: single\nquestion: Q?\n- [x] a\n- [x] b\n```\n",
      message: "t.md:6: error: single-choice quiz 'q' marks 2 choices correct (use kind: multiple)"),
    Case(
      body: "```quiz\nid: q\nkind: numeric\nquestion: Q?\nanswer: 1\ntolerance: -1\n```\n",
      message:
        "t.md:11: error: bad tolerance '-1' (expected a number like 0.01 or a percentage like 1%)"),
    Case(
      body: "```quiz\nid: q\nkind: numeric\nquestion: Q?\nanswer: 1\ntolerance: 1e\n```\n",
      message:
        "t.md:11: error: bad tolerance '1e' (expected a number like 0.01 or a percentage like 1%)"),
    Case(
      body: "```quiz\nid: q\nkind: numeric\nquestion: Q?\nanswer: twelve\n```\n",
      message: "t.md:10: error: 'answer' must be a number, got 'twelve'"),
    Case(
      body: "```quiz\nid: q\nkind: text\nquestion: Q?\nanswer: a\n```\n"
        + "```quiz\nid: q\nkind: text\nquestion: Q?\nanswer: b\n```\n",
      message: "t.md:12: error: duplicate id 'q' (first used on line 6)"),
    Case(
      body:
        "```python id=q\nx = 1\n```\n```quiz\nid: q\nkind: text\nquestion: Q?\nanswer: b\n```\n",
      message: "t.md:9: error: duplicate id 'q' (first used on line 6)"),
    Case(
      body: "```quiz\nid: q\nkind: text\nquestion: Q?\nanswr: a\n```\n",
      message: "t.md:10: error: unknown field 'answr' in a quiz"),
    Case(
      body: "```quiz\nid: q\nkind: text\nanswer: a\n```\n",
      message: "t.md:6: error: quiz 'q' has no 'question'"),
    Case(
      body: "```quiz\nid: q\nkind: text\nquestion: Q?\nthis is prose\n```\n",
      message:
        "t.md:10: error: expected 'key: value', a choice '- [ ] …' or a '--- section' line, got 'this is prose'"
    ),
    Case(
      body: "```quiz\nid: q\nkind: predict\nquestion: Q?\ncell: nowhere\n```\n",
      message: "t.md:6: error: the predict quiz names cell 'nowhere', which does not exist"),
    Case(
      body:
        "```python id=c\nx = 1\n```\n```quiz\nid: q\nkind: predict\nquestion: Q?\ncell: c\n```\n",
      message:
        "t.md:9: error: cell 'c' has no recorded ```output block to predict, and the quiz has no 'answer'"
    ),
    Case(
      body: "$$\nJ = 1\n",
      message: "t.md:6: error: the '$$' formula opened here is never closed"),
    Case(
      body: exercise(starter: "x = 1"),
      message:
        "t.md:10: error: the starter of exercise 'e' has no '# START CODE HERE' … '# END CODE HERE' region"
    ),
    Case(
      body: exercise(check: "close: f()\nshape: f()"),
      message: "t.md:18: error: a check needs exactly one kind, found 'close' and 'shape'"),
    Case(
      body: exercise(check: "expect: 1"),
      message:
        "t.md:18: error: a check needs one kind: equals, close, shape, dtype, gradient or loss-below"
    ),
    Case(
      body: exercise(check: "close: f()\nexpect: [1, 2"),
      message:
        "t.md:20: error: cannot read '[1, 2' as a value (expected a Python literal such as 3, 0.5, [1, 2] or (4, 3))"
    ),
    Case(
      body: exercise(check: "close: f()\ntolerance: lots"),
      message:
        "t.md:20: error: bad tolerance 'lots' (expected a number like 0.01 or a percentage like 1%)"
    ),
    Case(
      body: exercise(check: "loss-below: f()"),
      message: "t.md:18: error: the check has no 'threshold'"),
    Case(
      body: exercise(check: "gradient: f()\nof: g(x)"),
      message: "t.md:18: error: the gradient check has no 'wrt'"),
    Case(
      body: exercise(check: "close: f()\n--- misconception upside-down\nfeedback: no"),
      message:
        "t.md:20: error: unknown misconception 'upside-down' (expected transposed, factor, sign, broadcast, softmax-overflow, log-of-zero)"
    ),
    Case(
      body: exercise(check: "close: f()\n--- solutions\nx"),
      message: "t.md:20: error: unknown section '--- solutions' in an exercise"),
    Case(
      body: "```exercise\nid: e\n--- task\nDo it.\n```\n",
      message: "t.md:6: error: exercise 'e' has no '--- starter'"),
  ]

  static func exercise(
    starter: String = "# START CODE HERE\nx = 1\n# END CODE HERE", check: String = "close: x"
  ) -> String {
    "```exercise\nid: e\n--- task\nDo it.\n--- starter\n\(starter)\n--- solution\nx = 2\n"
      + "--- hint\nTwo.\n--- check\n\(check)\n```\n"
  }

  @Test(arguments: cases)
  func reportsMistakeWithLocation(_ testCase: Case) {
    #expect(throws: (any Error).self) {
      try LessonParser.parse(Self.header + testCase.body, file: "t.md")
    }
    do {
      _ = try LessonParser.parse(Self.header + testCase.body, file: "t.md")
    } catch {
      #expect(error.description == testCase.message)
    }
  }

  @Test func reportsHeaderMistakes() {
    let cases: [(String, String)] = [
      ("# No header\n", "t.md:1: error: a lesson must start with a header between two '---' lines"),
      ("---\nid: t\n", "t.md:1: error: the header opened here is never closed with '---'"),
      ("---\nid: t\nformat: 1\n---\n", "t.md:1: error: the header has no 'title'"),
      (
        "---\nid: t\ntitle: T\nformat: 2\n---\n",
        "t.md:4: error: format 2 is not supported (this version reads format 1)"
      ),
      (
        "---\nid: t\ntitle: T\nformat: 1\nauthor: me\n---\n",
        "t.md:5: error: unknown field 'author' in the header"
      ),
      (
        "---\nid: t\ntitle: T\nformat: 1\nweek: two\n---\n",
        "t.md:5: error: 'week' must be a number, got 'two'"
      ),
    ]
    for (source, message) in cases {
      do {
        _ = try LessonParser.parse(source, file: "t.md")
        Issue.record("no error for \(source)")
      } catch {
        #expect(error.description == message)
      }
    }
  }
}
