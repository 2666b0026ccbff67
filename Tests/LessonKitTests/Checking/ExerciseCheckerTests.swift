import Testing

@testable import LessonKit

@Suite struct ExerciseCheckerTests {
  static let runtime = FakeRuntime(functions: [
    "sumsq": { variables in
      guard let x = variables["x"]?.numeric else {
        return .failure(EvaluationError("NameError: x"))
      }
      return .success(.float(x.scalars.map { $0 * $0 }.reduce(0, +)))
    },
    "train(100)": { variables in
      .success(variables["rate"] == .float(0.1) ? .float(0.2) : .float(0.65))
    },
  ])

  static func exercise(_ checks: [ExerciseCheck], misconceptions: [Misconception] = []) -> Exercise
  {
    Exercise(
      id: "e", title: "E", task: "Do it.", setup: "import numpy as np",
      starter: "# START CODE HERE\na = None\n# END CODE HERE",
      solution: "a = [[1, 2], [3, 4]]\nrate = 0.1",
      hints: ["Think."], checks: checks, misconceptions: misconceptions, line: 1)
  }

  func check(_ code: String, _ checks: [ExerciseCheck], misconceptions: [Misconception] = [])
    -> ExerciseReport
  {
    ExerciseChecker(runtime: Self.runtime, seed: 0).check(
      code, for: Self.exercise(checks, misconceptions: misconceptions))
  }

  static let close = ExerciseCheck(
    name: "a", expression: "a", kind: .close(expected: nil, absolute: 1e-8, relative: 1e-5), line: 1
  )

  @Test func passesAgainstTheReferenceSolution() {
    let report = check("a = [[1, 2], [3, 4.000000001]]", [Self.close])
    #expect(report.passed)
    #expect(report.lines == ["✓ a", "All checks passed."])
  }

  @Test func namesTheFailedCheckAndTheFirstDifferingIndex() {
    let report = check("a = [[1, 2], [3, 5]]", [Self.close])
    #expect(!report.passed)
    #expect(
      report.firstFailure
        == CheckOutcome(name: "a", passed: false, message: "at index [1, 1]: expected 4.0, got 5.0")
    )
    #expect(
      report.lines == ["✗ a: at index [1, 1]: expected 4.0, got 5.0", "0 of 1 checks passed."])
  }

  @Test func recognisesMisconceptions() {
    let transposed = Misconception(kind: .transposed, feedback: "Did you swap W and X?", line: 1)
    let report = check("a = [[1, 3], [2, 4]]", [Self.close], misconceptions: [transposed])
    #expect(
      report.lines == [
        "✗ a: at index [0, 1]: expected 2.0, got 3.0", "  hint: Did you swap W and X?",
        "0 of 1 checks passed.",
      ])
    let shape = ExerciseCheck(
      name: "shape", expression: "a", kind: .shape(expected: [3, 2]), line: 1)
    let shapeReport = check("a = [[1, 2, 3], [4, 5, 6]]", [shape], misconceptions: [transposed])
    #expect(shapeReport.firstFailure?.message == "expected shape (3, 2), got (2, 3)")
    #expect(shapeReport.firstFailure?.misconception == "Did you swap W and X?")
  }

  @Test func reportsCodeErrorsWithoutRunningChecks() {
    let report = check("raise ValueError: shapes (4,3) and (4,400) not aligned", [Self.close])
    #expect(report.outcomes.isEmpty)
    #expect(
      report.codeError
        == "Traceback (most recent call last):\n  line 1\nValueError: shapes (4,3) and (4,400) not aligned"
    )
    #expect(report.lines.first == "✗ your code raised an error:")
  }

  @Test func reportsEvaluationErrorsByNameOnly() {
    let report = check("b = 1", [Self.close])
    #expect(report.firstFailure?.message == "raised NameError: name 'a' is not defined")
  }

  @Test func checksLiteralValuesAndDtypes() {
    let equals = ExerciseCheck(
      name: "n", expression: "n", kind: .equals(expected: .int(3)), line: 1)
    let dtype = ExerciseCheck(
      name: "d", expression: "d", kind: .dtype(expected: "float64"), line: 1)
    let report = check("n = 3\nd = 3", [equals, dtype])
    #expect(report.outcomes.map(\.passed) == [true, false])
    #expect(report.outcomes[1].message == "expected dtype float64, got int")
  }

  @Test func checksGradientsNumerically() {
    let gradient = ExerciseCheck(
      name: "gradient", expression: "grad",
      kind: .gradient(function: "sumsq", variable: "x", maxRelativeError: 1e-7),
      line: 1)
    #expect(check("x = [1.0, -2.0]\ngrad = [2.0, -4.0]", [gradient]).passed)
    let wrong = check("x = [1.0, -2.0]\ngrad = [2.0, -2.0]", [gradient])
    // python3: h = 1e-5; f = lambda x: sum(v * v for v in x)
    //          n = (f([1.0, -2.0 + h]) - f([1.0, -2.0 - h])) / (2 * h); abs(-2 - n) / max(2, abs(n))
    #expect(
      wrong.firstFailure?.message
        == "relative error 0.5000000000032756 at index [1] exceeds 1e-07 (analytic -2.0, numerical -4.000000000026205)"
    )
  }

  @Test func checksLossAfterSteps() {
    let loss = ExerciseCheck(
      name: "loss", expression: "train({steps})", kind: .lossBelow(threshold: 0.3, steps: 100),
      line: 1)
    #expect(check("rate = 0.1", [loss]).passed)
    #expect(
      check("rate = 0.01", [loss]).firstFailure?.message
        == "the loss after 100 steps is 0.65, expected below 0.3")
  }
}
