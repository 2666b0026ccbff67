/// One check of an exercise: an expression evaluated after the learner's code, and what its
/// value must satisfy.
///
/// When a check has no literal `expect:` value, the expected value is the same expression
/// evaluated after the reference solution (gradethis' `pass_if_equal` against the solution).
public struct ExerciseCheck: Sendable, Equatable {
  /// A name for feedback (`name:`), or a default built from the kind and expression.
  public var name: String
  /// The Python expression whose value is checked.
  public var expression: String
  /// What the value must satisfy.
  public var kind: Kind
  /// The 1-based line of the check's section.
  public var line: Int

  /// Creates a check.
  public init(name: String, expression: String, kind: Kind, line: Int) {
    self.name = name
    self.expression = expression
    self.kind = kind
    self.line = line
  }

  /// The kinds of check.
  public enum Kind: Sendable, Equatable {
    /// Exactly equal (`equals:`); arrays compare shape and every element.
    case equals(expected: CheckValue?)
    /// Equal within `|got - expected| <= absolute + relative·|expected|` element-wise (`close:`).
    case close(expected: CheckValue?, absolute: Double, relative: Double)
    /// The value's shape (`shape:`), e.g. `expect: (4, 3)`.
    case shape(expected: [Int]?)
    /// The value's dtype (`dtype:`), e.g. `expect: float64`.
    case dtype(expected: String?)
    /// The expression is an analytic gradient; it must match the centred-difference gradient
    /// of the scalar expression `function` with respect to the variable `variable`
    /// (`gradient:`, `of:`, `wrt:`, `max-relative-error:`), with cs231n's relative error
    /// `max |a - n| / max(|a|, |n|)` and step `h = 1e-5`.
    case gradient(function: String, variable: String, maxRelativeError: Double)
    /// The expression is a loss reached after `steps` training steps (`{steps}` in the
    /// expression is replaced by the number); it must be below `threshold` (`loss-below:`).
    case lossBelow(threshold: Double, steps: Int)

    /// The key that introduces this kind in a check section.
    public var keyword: String {
      switch self {
      case .equals: "equals"
      case .close: "close"
      case .shape: "shape"
      case .dtype: "dtype"
      case .gradient: "gradient"
      case .lossBelow: "loss-below"
      }
    }
  }
}
