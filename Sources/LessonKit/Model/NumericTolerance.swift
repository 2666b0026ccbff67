/// How far a number may be from the expected one and still count as right.
///
/// Written `tolerance: 0.01` (absolute) or `tolerance: 1%` (relative to the expected value).
/// Tolerance is not transitive; never use it to implement `Equatable`.
public enum NumericTolerance: Sendable, Equatable, Codable {
  /// `|got - expected| <= bound`.
  case absolute(Double)
  /// `|got - expected| <= fraction * |expected|`.
  case relative(Double)

  /// Whether `got` is accepted for `expected`. NaN is never accepted.
  public func accepts(_ got: Double, for expected: Double) -> Bool {
    guard !got.isNaN, !expected.isNaN else { return false }
    if got == expected { return true }
    switch self {
    case .absolute(let bound): return abs(got - expected) <= bound
    case .relative(let fraction): return abs(got - expected) <= fraction * abs(expected)
    }
  }
}

// MARK: - Conformance

extension NumericTolerance: CustomStringConvertible {
  /// `0.01` or `1%`, the way a lesson writes it.
  public var description: String {
    switch self {
    case .absolute(let bound): return NumberText.short(bound)
    case .relative(let fraction): return NumberText.short(fraction * 100) + "%"
    }
  }
}
