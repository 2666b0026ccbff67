/// The seam between LessonKit and the Python interpreter: fresh, seeded sessions that run code
/// and evaluate expressions to values.
///
/// Everything in LessonKit except executing Python depends only on this protocol; tests use a
/// fake, the app uses `MiniPythonRuntime`.
public protocol LessonRuntime: Sendable {
  /// Starts a fresh namespace whose random state is seeded with `seed`.
  func makeSession(seed: UInt64) -> any LessonSession
}

/// One Python namespace. Running code and evaluating expressions mutate it.
public protocol LessonSession {
  /// Runs statements (a cell, setup code, or the learner's code) in this namespace.
  mutating func run(_ source: String) -> CellResult
  /// Evaluates an expression in this namespace.
  ///
  /// - Returns: the value, or the Python-style error message.
  mutating func evaluate(_ expression: String) -> Result<CheckValue, EvaluationError>
  /// Binds `name` to `value` in this namespace (numerical gradients perturb a variable).
  mutating func assign(_ name: String, _ value: CheckValue) -> Result<Void, EvaluationError>
}

/// An error raised while evaluating a check expression, as the interpreter words it.
public struct EvaluationError: Error, Sendable, Equatable {
  /// The Python-style message, e.g. `NameError: name 'sigmoid' is not defined`.
  public var message: String

  /// Creates an error.
  public init(_ message: String) {
    self.message = message
  }
}
