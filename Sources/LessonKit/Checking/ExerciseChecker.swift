/// Runs an exercise's checks on a learner's code.
///
/// The learner's code runs in a fresh session seeded with the lesson's seed, after the
/// exercise's hidden `setup`; each check's expression is evaluated there. A check without a
/// literal `expect:` compares with the same expression evaluated after the reference solution
/// in its own fresh session, so authors need not paste numbers.
public struct ExerciseChecker: Sendable {
  /// The interpreter seam.
  public var runtime: any LessonRuntime
  /// The seed of every session.
  public var seed: UInt64

  /// Creates a checker.
  public init(runtime: any LessonRuntime, seed: UInt64) {
    self.runtime = runtime
    self.seed = seed
  }

  /// Checks `code` (the learner's whole edited starter) against `exercise`.
  public func check(_ code: String, for exercise: Exercise) -> ExerciseReport {
    var learner = runtime.makeSession(seed: seed)
    let setup = learner.run(exercise.setup)
    if let error = setup.error {
      return ExerciseReport(
        outcomes: [], codeError: "the exercise's setup failed: " + lastLine(error))
    }
    let run = learner.run(code)
    if let error = run.error {
      return ExerciseReport(outcomes: [], codeError: error, outputs: run.outputs)
    }
    var reference: (any LessonSession)? = nil
    var outcomes: [CheckOutcome] = []
    for check in exercise.checks {
      outcomes.append(evaluate(check, exercise, learner: &learner, reference: &reference))
    }
    return ExerciseReport(outcomes: outcomes, outputs: run.outputs)
  }

  /// The reference session, made on first use.
  func referenceValue(
    _ expression: String, _ exercise: Exercise, _ reference: inout (any LessonSession)?
  ) -> Result<CheckValue, EvaluationError> {
    if reference == nil {
      var session = runtime.makeSession(seed: seed)
      _ = session.run(exercise.setup)
      if let error = session.run(exercise.solution).error {
        return .failure(EvaluationError("the reference solution raised " + lastLine(error)))
      }
      reference = session
    }
    return reference!.evaluate(expression)  // set just above
  }

  func evaluate(
    _ check: ExerciseCheck, _ exercise: Exercise, learner: inout any LessonSession,
    reference: inout (any LessonSession)?
  ) -> CheckOutcome {
    func fail(_ message: String, _ misconception: String? = nil) -> CheckOutcome {
      CheckOutcome(name: check.name, passed: false, message: message, misconception: misconception)
    }
    let pass = CheckOutcome(name: check.name, passed: true)
    var expression = check.expression
    if case .lossBelow(_, let steps) = check.kind {
      expression = expression.replacing("{steps}", with: String(steps))
    }
    let got: CheckValue
    switch learner.evaluate(expression) {
    case .success(let value): got = value
    case .failure(let error): return fail("raised " + lastLine(error.message))
    }
    func expected(_ literal: CheckValue?) -> Result<CheckValue, EvaluationError> {
      if let literal { return .success(literal) }
      return referenceValue(check.expression, exercise, &reference)
    }
    switch check.kind {
    case .equals(let literal), .close(let literal, _, _):
      let want: CheckValue
      switch expected(literal) {
      case .success(let value): want = value
      case .failure(let error):
        return fail("could not compute the expected value: " + error.message)
      }
      var tolerance: (absolute: Double, relative: Double)? = nil
      if case .close(_, let absolute, let relative) = check.kind {
        tolerance = (absolute, relative)
      }
      guard let mismatch = ValueComparison.mismatch(got, want, tolerance: tolerance) else {
        return pass
      }
      let misconception = MisconceptionDetector.detect(
        exercise.misconceptions, got: got, expected: want, tolerance: tolerance ?? (0, 0))
      return fail(mismatch.message, misconception?.feedback)
    case .shape(let literal):
      guard let shape = got.numeric?.shape else {
        return fail("expected an array, got \(ValueText.describe(got))")
      }
      let want: [Int]
      if let literal {
        want = literal
      } else {
        switch expected(nil) {
        case .success(let value): want = value.numeric?.shape ?? []
        case .failure(let error):
          return fail("could not compute the expected shape: " + error.message)
        }
      }
      if shape == want { return pass }
      let misconception = exercise.misconceptions.first {
        ($0.kind == .transposed && shape.count == 2 && shape.reversed() == want)
          || ($0.kind == .wrongBroadcast && MisconceptionDetector.broadcastCompatible(shape, want))
      }
      return fail(
        "expected shape \(ValueText.shape(want)), got \(ValueText.shape(shape))",
        misconception?.feedback)
    case .dtype(let literal):
      let dtype = CheckValue.dtype(of: got)
      let want: String
      if let literal {
        want = literal
      } else {
        switch expected(nil) {
        case .success(let value): want = CheckValue.dtype(of: value)
        case .failure(let error):
          return fail("could not compute the expected dtype: " + error.message)
        }
      }
      return dtype == want ? pass : fail("expected dtype \(want), got \(dtype)")
    case .gradient(let function, let variable, let maxRelativeError):
      return GradientCheck(function: function, variable: variable, limit: maxRelativeError)
        .run(analytic: got, in: &learner, name: check.name)
    case .lossBelow(let threshold, let steps):
      guard let loss = got.numeric, loss.scalars.count == 1 else {
        return fail("expected a number (the loss), got \(ValueText.describe(got))")
      }
      let value = loss.scalars[0]
      if value < threshold { return pass }
      let after = steps > 0 ? " after \(steps) steps" : ""
      return fail(
        "the loss\(after) is \(ValueText.number(value)), expected below \(ValueText.number(threshold))"
      )
    }
  }

  /// The last line of a Python error (`ValueError: …`), without the traceback.
  func lastLine(_ message: String) -> String {
    String(message.split(separator: "\n").last { !$0.trimmingSpaces.isEmpty } ?? Substring(message))
  }
}

extension CheckValue {
  /// numpy's dtype name for arrays; `float`, `int`, `bool`… for Python scalars.
  static func dtype(of value: CheckValue) -> String {
    if case .array(_, _, let dtype) = value { return dtype }
    return value.typeName
  }
}
